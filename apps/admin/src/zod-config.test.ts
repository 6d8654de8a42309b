import { describe, expect, it } from 'vitest';
import './zod-config';
import { z } from 'zod';

describe('zod configuration (set before zod loads)', () => {
  it('is jitless: no eval probe under the CSP', () => {
    // zod reads its configuration from globalThis.__zod_globalConfig, which zod-config.ts sets
    expect(z.config().jitless).toBe(true);
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
  });
});
