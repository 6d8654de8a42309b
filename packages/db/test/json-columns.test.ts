import { NATIONAL_REPORT_RULE, SEED_REPORT_RULE } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonColumns, JsonColumnError } from "../src/json-columns.js";
import { openTestDatabase, type TestDatabase } from "../src/testing.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await db?.dispose();
});

describe("JSON columns through their codecs", () => {
  it("reads every seeded JSON value back in the domain's shape", async () => {
    const p = db.prisma;
    for (const t of await p.planTask.findMany({ select: { occurrences: true } }))
      jsonColumns.occurrences.parse(t.occurrences);
    for (const y of await p.evaluationYear.findMany({ select: { reportRule: true } })) {
      expect(jsonColumns.reportRule.parse(y.reportRule)).toEqual(SEED_REPORT_RULE);
    }
    for (const f of await p.framework.findMany({ select: { tiers: true } }))
      expect(jsonColumns.tiers.parse(f.tiers).length).toBeGreaterThan(0);
    const methods = await p.frameworkNode.findMany({
      where: { methodConfig: { not: undefined } },
      select: { methodConfig: true },
    });
    const leaves = methods.filter((m) => m.methodConfig !== null);
    expect(leaves.length).toBe(49);
    for (const m of leaves) jsonColumns.methodConfig.parse(m.methodConfig);
  });

  it("checks a leaf's raw method inputs", () => {
    expect(jsonColumns.scoreInputs.parse({ kind: "checklist", met: [true, false] })).toEqual({
      kind: "checklist",
      met: [true, false],
    });
    expect(() => jsonColumns.scoreInputs.parse({ kind: "ratio", numerator: -1, denominator: 2 })).toThrow(
      /ScoreEntry\.inputs/,
    );
    expect(() => jsonColumns.scoreInputs.toJson({ kind: "deadline", status: "soon" } as never)).toThrow(
      JsonColumnError,
    );
  });

  it("names the column when a stored value has the wrong shape", () => {
    expect(() => jsonColumns.occurrences.parse([{ label: "Q1", start: "2021-01-01" }])).toThrow(JsonColumnError);
    expect(() => jsonColumns.tiers.parse({})).toThrow(/Framework\.tiers/);
    expect(() => jsonColumns.methodConfig.parse({ kind: "magic" })).toThrow(/FrameworkNode\.methodConfig/);
  });

  it("checks a value before it is written, and drops absent optional keys", () => {
    expect(jsonColumns.reportRule.toJson(NATIONAL_REPORT_RULE)).toEqual({ ...NATIONAL_REPORT_RULE });
    expect(
      jsonColumns.methodConfig.toJson({ kind: "binary", yesPoints: 1, noPoints: 0, condition: undefined }),
    ).toEqual({
      kind: "binary",
      yesPoints: 1,
      noPoints: 0,
    });
    expect(() => jsonColumns.reportRule.toJson({ ...SEED_REPORT_RULE, day: 40 })).toThrow(JsonColumnError);
  });
});
