import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// Each project's global setup builds its migrated and seeded template database once per run; every
// test file starts from a copy of it (see @cchc/db/testing).
const common = {
  include: ["test/**/*.test.ts"],
  globalSetup: ["@cchc/db/testing"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

// The same tests against embedded PGlite and, when TEST_DATABASE_URL is set, the real server.
const projects = [
  { extends: true, test: { ...common, name: "pglite", env: { CCHC_TEST_DB: "pglite" } } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ extends: true, test: { ...common, name: "postgres", env: { CCHC_TEST_DB: "postgres" } } }]
    : []),
];

export default defineConfig({
  // Node loads graphql's CommonJS entry for Pothos and Apollo; make our own imports use the same
  // module, or graphql refuses types "from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  // One worker runs the files one after another and keeps loaded modules (PGlite's WebAssembly,
  // Prisma, the schema) between them: about 2 s less per file. The tests keep no module state.
  test: { projects, fileParallelism: false, isolate: false },
});
