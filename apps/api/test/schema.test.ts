import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, printedSchema } from "../src/printed-schema.js";

describe("schema.graphql", () => {
  it("is the committed print of the Pothos schema (run `npm run print-schema -w @cchc/api` when this fails)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printedSchema());
  });
});
