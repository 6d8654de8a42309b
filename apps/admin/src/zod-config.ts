// The server's CSP allows no eval. zod 4 probes `Function("")` once, when the first object schema
// is built (the domain's schemas are built as they are imported), and the browser reports the
// probe as a CSP violation even though zod catches it. `jitless` skips the probe; forms do not
// need the compiled fast path. main.tsx imports this module first, before anything that builds a
// schema.
//
// zod keeps its configuration on `globalThis.__zod_globalConfig` (zod/v4/core `config()` assigns into
// that object, creating it when missing): setting it here, without importing zod, keeps zod (~25 KB
// gzip) out of the first screen's JavaScript; it loads with the first page that has a form.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = Object.assign(zodGlobal.__zod_globalConfig ?? {}, { jitless: true });

export {};
