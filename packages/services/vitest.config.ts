import { defineConfig } from "vitest/config";

// Operations called directly, as a script or report generator would, against PGlite and (when
// TEST_DATABASE_URL is set) the real server; each file starts from a copy of the seeded template.
const common = {
  include: ["test/**/*.test.ts"],
  globalSetup: ["@cchc/db/testing"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};
const projects = [
  { test: { ...common, name: "pglite", env: { CCHC_TEST_DB: "pglite" } } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ test: { ...common, name: "postgres", env: { CCHC_TEST_DB: "postgres" } } }]
    : []),
];

export default defineConfig({ test: { projects, fileParallelism: false, isolate: false } });
