import { defineConfig } from "vitest/config";

// The same tests against embedded PGlite and, when TEST_DATABASE_URL is set, the real server. Each
// project's global setup builds its migrated and seeded template database once per run; every test
// file starts from a copy of it (see src/testing.ts).
const common = {
  include: ["test/**/*.test.ts"],
  globalSetup: ["./src/testing.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};
const projects = [
  { test: { ...common, name: "pglite", env: { CCHC_TEST_DB: "pglite" } } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ test: { ...common, name: "postgres", env: { CCHC_TEST_DB: "postgres" } } }]
    : []),
];

// One worker runs the files one after another and keeps loaded modules between them.
export default defineConfig({ test: { projects, fileParallelism: false, isolate: false } });
