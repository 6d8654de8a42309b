// The sample cycle on a copy of the base seed: 2021 played through to publication with the real
// operations, and a live sample year where every demo role finds work today.
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { toLocalIsoDate } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSnapshotResults, readAudit, type SampleCycleResult, seedSampleCycle } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let result: SampleCycleResult;
let yearId: string;
let unitIds: Map<string, string>;
const now = new Date("2026-11-28T03:00:00Z");
const today = toLocalIsoDate(now);

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  ({
    year: { id: yearId },
    unitIds,
  } = await sampleYear(prisma));
  result = await seedSampleCycle(prisma, { now });
}, 240_000);
afterAll(async () => {
  await db?.dispose();
});

describe("seedSampleCycle: the finished 2021 cycle", () => {
  it("runs once and records itself in the audit log", async () => {
    expect(result).toMatchObject({ created: true, liveYear: 2026, units: 14 });
    if (!result.created) return;
    console.log(`sample cycle: ${result.ms} ms, ${result.entries} entries, ${result.tasksDone} tasks done`);
    // its time is a figure to read (npm start prints it too), not a bound: the machine is shared
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "seed.sample_cycle" } });
    expect(readAudit(audit)).toMatchObject({
      entityId: result.liveYearId,
      after: { publishedYear: 2021, liveYear: 2026 },
    });
  });

  it("published 2021 with a snapshot ranking every scored unit", async () => {
    const year = await prisma.evaluationYear.findUniqueOrThrow({
      where: { id: yearId },
      include: { resultSnapshot: true },
    });
    expect(year.status).toBe("PUBLISHED");
    const snap = year.resultSnapshot!;
    expect(snap.lockedAt && snap.approvedAt && snap.publishedAt).toBeTruthy();
    const scored = await prisma.yearUnit.findMany({ where: { yearId, scored: true }, select: { unitId: true } });
    const rows = parseSnapshotResults(snap.results).rows;
    expect(new Set(rows.map((r) => r.unitId))).toEqual(new Set(scored.map((u) => u.unitId)));
    // a realistic spread: several tiers, nobody at 0, nobody at 100
    expect(new Set(rows.map((r) => r.tier.code)).size).toBeGreaterThan(1);
    expect(rows.every((r) => r.index > 50 && r.index < 100)).toBe(true);
    expect(rows.every((r) => r.rank >= 1 && r.rank <= r.rankOf)).toBe(true);
  });

  it("gives every scored unit self-assessment claims and round-1 appraisals, some differing with reasons", async () => {
    const scored = await prisma.yearUnit.findMany({ where: { yearId, scored: true }, select: { unitId: true } });
    for (const { unitId } of scored) {
      const sources = await prisma.scoreEntry.groupBy({ by: ["source"], where: { yearId, unitId }, _count: true });
      const count = new Map(sources.map((s) => [s.source, s._count]));
      expect(count.get("SELF") ?? 0, unitId).toBeGreaterThan(20);
      expect(count.get("ROUND1") ?? 0, unitId).toBeGreaterThan(20);
    }
    const differing = await prisma.scoreEntry.findMany({
      where: { yearId, source: "ROUND1", reasonCode: { not: null } },
    });
    expect(differing.length).toBeGreaterThan(5);
    expect(differing.every((e) => e.comment?.startsWith("Dữ liệu mẫu"))).toBe(true);
    expect(await prisma.scoreEntry.count({ where: { yearId, source: "EXPLANATION" } })).toBeGreaterThan(0);
    expect(await prisma.scoreEntry.count({ where: { yearId, source: "ROUND2" } })).toBeGreaterThan(0);
    const notApplicable = await prisma.scoreEntry.findMany({ where: { yearId, source: "NOT_APPLICABLE" } });
    expect(notApplicable.length).toBeGreaterThan(0);
    expect(notApplicable.every((e) => e.comment)).toBe(true);
    expect(await prisma.unitStageSubmission.count({ where: { yearId, stage: "SELF_ASSESSMENT" } })).toBe(scored.length);
  });

  it("has bonus and penalty for a few units, the plan's tasks done and the automatic leaves fed", async () => {
    const adjustments = await prisma.unitAdjustment.findMany({ where: { yearId } });
    expect(new Set(adjustments.map((a) => a.kind))).toEqual(new Set(["BONUS", "PENALTY"]));
    const tasks = await prisma.planTask.findMany({ where: { yearId }, select: { status: true, completedAt: true } });
    expect(tasks.filter((t) => t.status === "DONE").length).toBeGreaterThanOrEqual(18);
    expect(tasks.every((t) => t.status !== "DONE" || t.completedAt!.getUTCFullYear() <= 2022)).toBe(true);
    expect(await prisma.reportSubmission.count({ where: { period: { yearId } } })).toBeGreaterThan(50);
    // surveys (sample-surveys.ts): two citizen rounds (five aspects) and the leaders' (four questions), 14 scored units
    expect(await prisma.surveyResult.count({ where: { survey: { yearId } } })).toBe(14 * (5 + 5 + 4));
  });
});

describe("seedSampleCycle: the live sample year", () => {
  it("has its framework copied from 2021 with previousNodeId links, the plan copied, and round 1 open today", async () => {
    const live = await prisma.evaluationYear.findFirstOrThrow({
      where: { year: 2026 },
      include: {
        framework: { include: { nodes: { include: { previous: { select: { code: true, frameworkId: true } } } } } },
        stages: true,
      },
    });
    expect(live.title).toMatch(/dữ liệu mẫu/);
    const source = await prisma.framework.findUniqueOrThrow({ where: { yearId } });
    expect(live.framework!.copiedFromId).toBe(source.id);
    const leaves = live.framework!.nodes.filter((n) => n.method !== null);
    expect(leaves).toHaveLength(49);
    expect(leaves.every((n) => n.previous?.code === n.code && n.previous.frameworkId === source.id)).toBe(true);
    const stage = (s: string) => live.stages.find((x) => x.stage === s)!;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(iso(stage("ROUND1").opensOn) <= today && today <= iso(stage("ROUND1").closesOn)).toBe(true);
    expect(iso(stage("SELF_ASSESSMENT").closesOn) < today).toBe(true);
    const tasks = await prisma.planTask.findMany({ where: { yearId: live.id } });
    expect(tasks).toHaveLength(20);
    expect(tasks.some((t) => t.timePhrase.includes("2026"))).toBe(true);
    expect(tasks.some((t) => t.timePhrase.includes("2021"))).toBe(false);
  });

  it("has most units' claims submitted and the demo officer's unit reopened until today + 10 with a reason", async () => {
    const live = await prisma.evaluationYear.findFirstOrThrow({ where: { year: 2026 } });
    const submitted = await prisma.unitStageSubmission.count({ where: { yearId: live.id, stage: "SELF_ASSESSMENT" } });
    expect(submitted).toBeGreaterThanOrEqual(10);
    const officer = await prisma.user.findUniqueOrThrow({ where: { email: "tuphap@cchc.demo" } });
    const reopening = await prisma.unitStageReopening.findFirstOrThrow({
      where: { yearId: live.id, unitId: officer.unitId!, stage: "SELF_ASSESSMENT" },
    });
    expect(reopening.untilOn.toISOString().slice(0, 10) > today).toBe(true);
    expect(reopening.reason).toMatch(/Dữ liệu mẫu/);
    // Home Affairs has round-1 work waiting: submitted units without an appraisal
    const appraised = await prisma.scoreEntry.groupBy({ by: ["unitId"], where: { yearId: live.id, source: "ROUND1" } });
    expect(appraised.length).toBeGreaterThan(0);
    expect(appraised.length).toBeLessThan(submitted);
    expect(unitIds.size).toBe(19);
  });

  it("has periodic reports: 2021 with late, missing, an extension with a reason and a resubmission; the live year's report open for the demo officers", async () => {
    const in2021 = { period: { yearId } };
    const periods = await prisma.reportPeriod.findMany({ where: { yearId } });
    const submissions = await prisma.reportSubmission.findMany({ where: in2021, include: { period: true } });
    const lateCount = submissions.filter(
      (s) => toLocalIsoDate(s.submittedAt) > s.period.dueDate.toISOString().slice(0, 10),
    ).length;
    expect(lateCount).toBeGreaterThan(0);
    const units = await prisma.yearUnit.count({ where: { yearId } });
    expect(submissions.length).toBeLessThan(units * periods.length);
    const ext = await prisma.reportExtension.findMany({ where: in2021 });
    expect(ext).toHaveLength(1);
    expect(ext[0]!.reason).toContain("(dữ liệu mẫu)");
    expect(await prisma.reportSubmissionRevision.count({ where: { submission: in2021 } })).toBe(1);
    const live = await prisma.evaluationYear.findFirstOrThrow({ where: { year: 2026 } });
    const year = await prisma.reportPeriod.findFirstOrThrow({ where: { yearId: live.id, code: "YEAR" } });
    const liveExt = await prisma.reportExtension.findFirstOrThrow({ where: { periodId: year.id, unitId: null } });
    expect(liveExt.untilDate.toISOString().slice(0, 10) > today).toBe(true);
    for (const code of ["tu-phap", "long-phuoc"]) {
      expect(await prisma.reportSubmission.count({ where: { periodId: year.id, unitId: unitIds.get(code)! } })).toBe(0);
    }
  });

  it("has progress on every 2021 task by its lead units (VI.3: one part per unit), and the demo officers' live tasks waiting", async () => {
    const tasks = await prisma.planTask.findMany({
      where: { yearId },
      select: { code: true, status: true, units: { select: { unitId: true, role: true } }, progress: true },
    });
    for (const t of tasks) {
      const leads = t.units
        .filter((u) => u.role === "LEAD")
        .map((u) => u.unitId)
        .sort();
      const parts = t.progress.filter((p) => p.role === "LEAD");
      expect(parts.map((p) => p.unitId).sort(), t.code).toEqual(leads);
      // the task's status is the roll-up of its parts: done exactly when every lead unit is done
      expect(t.status === "DONE", t.code).toBe(parts.every((p) => p.status === "DONE" && p.percent === 100));
      for (const p of t.progress) expect(p.comment, t.code).toMatch(/\(dữ liệu mẫu\)$/);
    }
    expect(tasks.find((t) => t.code === "VI.3")!.progress.filter((p) => p.role === "LEAD").length).toBeGreaterThan(5);
    expect(tasks.some((t) => t.progress.some((p) => p.role === "COORDINATING"))).toBe(true);
    if (!result.created) return;
    for (const code of ["tu-phap", "long-phuoc"]) {
      const waiting = await prisma.planTaskUnit.count({
        where: {
          unitId: unitIds.get(code)!,
          task: { yearId: result.liveYearId, status: { not: "DONE" } },
        },
      });
      expect(waiting, code).toBeGreaterThan(0);
    }
  });

  it("wrote only catalogued audit events", async () => {
    for (const row of await prisma.auditLog.findMany()) expect(() => readAudit(row), row.action).not.toThrow();
  });

  it("running it again is a no-op", async () => {
    const count = async () =>
      Promise.all([
        prisma.scoreEntry.count(),
        prisma.auditLog.count(),
        prisma.evaluationYear.count(),
        prisma.user.count(),
      ]);
    const before = await count();
    expect(await seedSampleCycle(prisma, { now })).toEqual({ created: false, reason: "already done" });
    expect(await count()).toEqual(before);
  });
});

describe("seedSampleCycle: units' own plans and registrations", () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  it("2021: most own plans on time before 20/02/2021, a few late; registrations accepted, one returned then accepted", async () => {
    const plans = await prisma.unitPlanDocument.findMany({ where: { yearId } });
    const late = plans.filter((p) => toLocalIsoDate(p.submittedAt) > "2021-02-19");
    expect(plans.length).toBeGreaterThan(10);
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(late.length).toBeLessThan(plans.length / 3);
    expect(plans.every((p) => p.documentNumber.includes("(dữ liệu mẫu)") && p.fileId)).toBe(true);
    const regs = await prisma.unitRegistration.findMany({
      where: { yearId },
      include: { events: { orderBy: { at: "asc" } }, items: true },
    });
    expect(regs.length).toBeGreaterThan(5);
    expect(regs.every((r) => r.status === "ACCEPTED")).toBe(true);
    for (const r of regs) expect(r.totalBudgetVnd).toBe(r.items.reduce((s, i) => s + i.budgetVnd, 0n));
    const ward = regs.find((r) => r.unitId === unitIds.get("long-phuoc"))!;
    expect(ward.events.map((e) => e.action)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"]);
    expect(ward.events[1]!.comment).toContain("(dữ liệu mẫu)");
    expect(regs.every((r) => r.items.every((i) => iso(i.startDate).startsWith("2021")))).toBe(true);
  });

  it("the live year: Phòng Tư pháp has a DRAFT to finish, phường Long Phước a RETURNED one, Home Affairs submitted ones to review", async () => {
    const live = await prisma.evaluationYear.findFirstOrThrow({ where: { year: 2026 } });
    const regs = await prisma.unitRegistration.findMany({ where: { yearId: live.id } });
    const of = (code: string) => regs.find((r) => r.unitId === unitIds.get(code));
    expect(of("tu-phap")?.status).toBe("DRAFT");
    expect(of("long-phuoc")?.status).toBe("RETURNED");
    expect(regs.filter((r) => r.status === "SUBMITTED").length).toBeGreaterThanOrEqual(3);
    const plans = await prisma.unitPlanDocument.findMany({ where: { yearId: live.id } });
    const wardPlan = plans.find((p) => p.unitId === unitIds.get("long-phuoc"))!;
    expect(toLocalIsoDate(wardPlan.submittedAt) > iso(live.unitPlanDeadline)).toBe(true);
    const units = await prisma.yearUnit.count({ where: { yearId: live.id } });
    expect(plans.length).toBeLessThan(units);
  });
});

describe("seedSampleCycle: surveys", () => {
  it("2021: two citizen rounds (the one-stop units' files imported, the offices' totals) and the leaders' survey", async () => {
    const surveys = await prisma.survey.findMany({
      where: { yearId },
      include: { imports: true, _count: { select: { respondents: true } } },
      orderBy: [{ periodCode: "asc" }, { kind: "asc" }],
    });
    expect(surveys.map((s) => [s.kind, s.periodCode, s.imports.length])).toEqual([
      ["CITIZEN", "H1", 1],
      ["CITIZEN", "YEAR", 1],
      ["LEADER", "YEAR", 0],
    ]);
    expect(surveys.every((s) => s.title.includes("(dữ liệu mẫu)"))).toBe(true);
    expect(surveys[0]!._count.respondents).toBeGreaterThan(20);
    // every count row feeds a survey leaf of the framework (8.1.x, 8.2.x)
    expect(await prisma.surveyResult.count({ where: { survey: { yearId }, frameworkNodeId: null } })).toBe(0);
  });

  it("the live year: the six-month round with the wards' file imported, the year-end round opened and empty", async () => {
    const live = await prisma.evaluationYear.findFirstOrThrow({ where: { year: 2026 }, select: { id: true } });
    const rounds = await prisma.survey.findMany({
      where: { yearId: live.id },
      include: { imports: true, _count: { select: { results: true } } },
      orderBy: { periodCode: "asc" },
    });
    expect(rounds.map((r) => [r.periodCode, r.imports.length, r._count.results > 0])).toEqual([
      ["H1", 1, true],
      ["YEAR", 0, false],
    ]);
  });
});
