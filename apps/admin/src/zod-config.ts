// The server's CSP allows no eval. zod 4 probes `Function("")` once, when the first object schema
// is built (the domain's schemas are built as they are imported), and the browser reports the
// probe as a CSP violation even though zod catches it. `jitless` skips the probe; forms do not
// need the compiled fast path. main.tsx imports this module first, before anything that builds a
// schema.
import { z } from 'zod';

z.config({ jitless: true });
