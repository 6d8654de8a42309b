// Vitest global setup (`globalSetup: ["@cchc/db/testing"]` in a project's test config): builds the
// test database templates for the project's target (its `env.CCHC_TEST_DB`) once per run and hands
// their location to the test files; removes them at the end.
import type { TestProject } from "vitest/node";
import { buildTestTemplates, type TestTemplates, testDatabaseTarget } from "./templates.js";

declare module "vitest" {
  export interface ProvidedContext {
    cchcTestTemplates: TestTemplates;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const target = testDatabaseTarget(project.config.env?.CCHC_TEST_DB ?? process.env.CCHC_TEST_DB);
  const { templates, teardown } = await buildTestTemplates(target);
  project.provide("cchcTestTemplates", templates);
  if (process.env.CCHC_TEST_VERBOSE) {
    console.log(
      `[${project.name}] ${target.kind} test templates built in ${Math.round(performance.now() - started)} ms`,
    );
  }
  return teardown;
}
