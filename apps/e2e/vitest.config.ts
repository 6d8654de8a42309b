import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: { CCHC_TEST_DB: "pglite" },
    // Builds the migrated and seeded template database once; the journey starts from a copy.
    globalSetup: ["@cchc/db/testing"],
  },
});
