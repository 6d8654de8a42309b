// Every scored unit's state at a glance (EvaluationYear.unitCycles) over the real API, on the live
// sample year (seedSampleCycle on 28/11/2026: self-assessment closed, round 1 open, most units
// submitted, Phòng Tư pháp's self-assessment reopened for 10 days and half claimed, Phước Tín missed
// it, two units appraised): who sees which rows, the values against the stored entries, and the
// statements not growing with the number of units.
import { addDays, toLocalIsoDate } from "@cchc/domain";
import { seedSampleCycle } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const now = new Date("2026-11-28T03:00:00Z");
const today = toLocalIsoDate(now);

const UNIT_CYCLES = `query($id: ID!) { evaluationYear(id: $id) { unitCycles {
  unitId unitName unitTypeId unitTypeCode claimed selfScored round roundOpen appraised total awaitingAppraisal
  currentStage { stage }
  stages { stage state reopenedUntil submittedAt submittedByName viewerCanSubmit }
} } }`;

interface Stage {
  stage: string;
  state: string;
  reopenedUntil: string | null;
  submittedAt: string | null;
  submittedByName: string | null;
  viewerCanSubmit: boolean;
}
interface Row {
  unitId: string;
  unitName: string;
  unitTypeId: string;
  unitTypeCode: string;
  claimed: number;
  selfScored: number;
  round: string | null;
  roundOpen: boolean;
  appraised: number;
  total: number;
  awaitingAppraisal: boolean;
  currentStage: { stage: string } | null;
  stages: Stage[];
}

let h: Harness;
let yearId: string;
const unitIds = new Map<string, string>();
const cookies: Record<string, string> = {};

async function unitCycles(cookie: string | null): Promise<Row[]> {
  const res = await h.gql<{ evaluationYear: { unitCycles: Row[] } }>(UNIT_CYCLES, { id: yearId }, cookie);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.evaluationYear.unitCycles;
}

const stageOf = (row: Row, stage: string) => row.stages.find((s) => s.stage === stage)!;

beforeAll(async () => {
  h = await startHarness({ now });
  const seeded = await seedSampleCycle(h.db.prisma, { now });
  if (!seeded.created) throw new Error(`sample cycle not seeded: ${seeded.reason}`);
  yearId = seeded.liveYearId;
  for (const u of await h.db.prisma.unit.findMany({ select: { id: true, code: true } })) unitIds.set(u.code, u.id);
  cookies.homeAffairs = await h.login("noivu@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.admin = await h.login("admin@cchc.demo");
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.inspector = await h.login("kiemtra@cchc.demo");
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe("EvaluationYear.unitCycles", () => {
  it("lists every scored unit of the year for Home Affairs, leadership and the administrator, by name", async () => {
    const scored = await h.db.prisma.yearUnit.findMany({ where: { yearId, scored: true }, select: { unitId: true } });
    const rows = await unitCycles(cookies.homeAffairs!);
    expect(rows.map((r) => r.unitId).sort()).toEqual(scored.map((u) => u.unitId).sort());
    expect(rows.length).toBeGreaterThan(10);
    const names = rows.map((r) => r.unitName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    expect(await unitCycles(cookies.leadership!)).toEqual(rows);
    expect(await unitCycles(cookies.admin!)).toEqual(rows);
  });

  it("gives a unit officer only their own unit, and an inspector nothing", async () => {
    const own = await unitCycles(cookies.justice!);
    expect(own.map((r) => r.unitId)).toEqual([unitIds.get("tu-phap")]);
    // the officer may submit the reopened self-assessment; Home Affairs may not
    expect(stageOf(own[0]!, "SELF_ASSESSMENT").viewerCanSubmit).toBe(true);
    const seenByHomeAffairs = (await unitCycles(cookies.homeAffairs!)).find(
      (r) => r.unitId === unitIds.get("tu-phap"),
    )!;
    expect(stageOf(seenByHomeAffairs, "SELF_ASSESSMENT").viewerCanSubmit).toBe(false);
    expect(await unitCycles(cookies.inspector!)).toEqual([]);
    const anonymous = await h.gql(UNIT_CYCLES, { id: yearId }, null);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("says each unit's stage states, reopening and submission on the server's day", async () => {
    const rows = await unitCycles(cookies.homeAffairs!);
    const byCode = (code: string) => rows.find((r) => r.unitId === unitIds.get(code))!;
    const justice = byCode("tu-phap");
    expect(stageOf(justice, "SELF_ASSESSMENT")).toMatchObject({
      state: "OPEN",
      reopenedUntil: addDays(today, 10),
      submittedAt: null,
    });
    expect(justice.awaitingAppraisal).toBe(false); // still working on its reopened self-assessment
    const missed = byCode("phuoc-tin");
    expect(stageOf(missed, "SELF_ASSESSMENT")).toMatchObject({
      state: "CLOSED",
      reopenedUntil: null,
      submittedAt: null,
    });
    expect(missed).toMatchObject({ claimed: 0, round: "ROUND1", roundOpen: true, awaitingAppraisal: true });
    const ward = byCode("long-phuoc");
    const submitted = stageOf(ward, "SELF_ASSESSMENT");
    expect(submitted.state).toBe("CLOSED");
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.submittedByName).toBeTruthy();
    expect(ward).toMatchObject({ currentStage: { stage: "ROUND1" }, round: "ROUND1", roundOpen: true });
    // every unit but the reopened one is in round 1 today
    for (const row of rows) expect(row.round).toBe("ROUND1");
    expect(rows.filter((r) => r.awaitingAppraisal).length).toBeGreaterThan(5);
  });

  it("counts claims and round-1 appraisals as the stored entries say", async () => {
    const rows = await unitCycles(cookies.homeAffairs!);
    const nodes = await h.db.prisma.frameworkNode.findMany({
      where: { framework: { yearId } },
      select: { id: true, parentId: true, scoreSource: true, appliesTo: true },
    });
    const parents = new Set(nodes.map((n) => n.parentId));
    const leaves = nodes.filter((n) => !parents.has(n.id));
    const entries = await h.db.prisma.scoreEntry.findMany({
      where: { yearId },
      select: { unitId: true, nodeId: true, source: true },
    });
    const has = (unitId: string, nodeId: string, source: string) =>
      entries.some((e) => e.unitId === unitId && e.nodeId === nodeId && e.source === source);
    let appraisedSomewhere = 0;
    for (const row of rows) {
      const applicable = leaves.filter(
        (l) =>
          (l.appliesTo.length === 0 || l.appliesTo.includes(row.unitTypeCode)) &&
          !has(row.unitId, l.id, "NOT_APPLICABLE"),
      );
      const self = applicable.filter((l) => (l.scoreSource ?? "SELF_THEN_APPRAISED") === "SELF_THEN_APPRAISED");
      expect(row, row.unitName).toMatchObject({
        total: applicable.length,
        selfScored: self.length,
        claimed: self.filter((l) => has(row.unitId, l.id, "SELF")).length,
        appraised: applicable.filter((l) => has(row.unitId, l.id, "ROUND1")).length,
      });
      expect(row.total).toBeGreaterThan(row.selfScored);
      if (row.appraised > 0) appraisedSomewhere += 1;
    }
    // the sample appraised two units in round 1; the reopened unit claimed about half
    expect(appraisedSomewhere).toBe(2);
    const justice = rows.find((r) => r.unitId === unitIds.get("tu-phap"))!;
    expect(justice.claimed).toBeGreaterThan(0);
    expect(justice.claimed).toBeLessThan(justice.selfScored);
    const full = rows.find((r) => r.unitId === unitIds.get("long-phuoc"))!;
    expect(full.claimed).toBe(full.selfScored);
  });

  it("reads the list in the same number of statements for fewer units (no N+1)", async () => {
    h.freshAnswers = true; // count what the resolvers run, not a kept answer
    h.db.statements.length = 0;
    const many = await unitCycles(cookies.homeAffairs!);
    const statements = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    // session (2) + the year (1) + its snapshot, stages, units with types, reopenings, submissions with
    // their authors (7) + the framework's nodes (1) + the entries (1)
    expect(statements).toBeLessThanOrEqual(13);
    const wards = await h.db.prisma.yearUnit.updateMany({
      where: { yearId, unit: { type: { code: "xa" } } },
      data: { scored: false },
    });
    try {
      h.db.statements.length = 0;
      const fewer = await unitCycles(cookies.homeAffairs!);
      expect(wards.count).toBeGreaterThan(0);
      expect(fewer.length).toBe(many.length - wards.count);
      expect(h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length).toBe(statements);
    } finally {
      await h.db.prisma.yearUnit.updateMany({
        where: { yearId, unit: { type: { code: "xa" } } },
        data: { scored: true },
      });
    }
    h.freshAnswers = false;
  });
});
