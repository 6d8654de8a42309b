import { defineConfig } from "vitest/config";

// The same tests against embedded PGlite and, when TEST_DATABASE_URL is set, the real server.
const projects = [
  { test: { name: "pglite", include: ["test/**/*.test.ts"], env: { CCHC_TEST_DB: "pglite" }, testTimeout: 60_000, hookTimeout: 120_000 } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ test: { name: "postgres", include: ["test/**/*.test.ts"], env: { CCHC_TEST_DB: "postgres" }, testTimeout: 60_000, hookTimeout: 120_000 } }]
    : []),
];

export default defineConfig({ test: { projects, fileParallelism: false } });
