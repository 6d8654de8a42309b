import { describe, expect, it } from 'vitest';
import { inputProblems } from '../text/input-problems';
import { overrideColumns, overrideTaskStatusInputSchema } from './task-override';

describe('overrideTaskStatusInputSchema', () => {
  it('requires a visible reason, for setting and for clearing', () => {
    for (const status of ['CANCELLED', null]) {
      const r = overrideTaskStatusInputSchema.safeParse({ taskId: 't', version: 1, status, reason: '\u200b ' });
      expect(r.success).toBe(false);
      if (!r.success)
        expect(inputProblems(r.error)).toContainEqual(expect.objectContaining({ field: 'reason', code: 'REQUIRED' }));
    }
  });
  it('accepts CANCELLED with a reason', () => {
    expect(
      overrideTaskStatusInputSchema.parse({ taskId: 't', version: 2, status: 'CANCELLED', reason: 'Tỉnh dừng' }),
    ).toMatchObject({
      status: 'CANCELLED',
      reason: 'Tỉnh dừng',
    });
  });
});

describe('overrideColumns', () => {
  const now = new Date('2021-06-01T03:00:00Z');
  const earlier = new Date('2021-05-01T03:00:00Z');
  it.each([
    [
      'set DONE over an IN_PROGRESS roll-up',
      'DONE',
      'IN_PROGRESS',
      null,
      { status: 'DONE', statusOverride: 'DONE', statusOverrideReason: 'lý do', completedAt: now },
    ],
    [
      'set CANCELLED',
      'CANCELLED',
      'DONE',
      earlier,
      { status: 'CANCELLED', statusOverride: 'CANCELLED', completedAt: null },
    ],
    [
      'clear: back to the roll-up, keeping when it was completed',
      null,
      'DONE',
      earlier,
      { status: 'DONE', statusOverride: null, statusOverrideReason: null, completedAt: earlier },
    ],
    [
      'clear to a not-started roll-up',
      null,
      'NOT_STARTED',
      earlier,
      { status: 'NOT_STARTED', statusOverride: null, completedAt: null },
    ],
  ] as const)('%s', (_n, override, rollup, prev, expected) => {
    expect(overrideColumns(override, rollup, 'lý do', prev, now)).toMatchObject(expected);
  });
});
