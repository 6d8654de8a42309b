// Bonus and penalty points called directly: Home Affairs only, during the rounds, not once locked,
// points > 0, totals within the framework's caps, versions, evidence of the unit, audit.
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import type { Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConflictError,
  deleteUnitAdjustment,
  readAudit,
  saveUnitAdjustment,
  StageClosedError,
  ValidationError,
} from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let yearId: string;
let unitId: string;
let office: Viewer;
let justice: Viewer;
let leadership: Viewer;
const ROUND1 = new Date("2021-12-05T03:00:00Z");

const save = (viewer: Viewer, input: Record<string, unknown>, now = ROUND1) =>
  saveUnitAdjustment({ prisma, viewer, now }, {
    yearId,
    unitId,
    kind: "BONUS",
    points: 1,
    reason: "Mô hình một cửa điện tử",
    ...input,
  } as Parameters<typeof saveUnitAdjustment>[1]);

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  const { year, unitIds } = await sampleYear(prisma);
  yearId = year.id;
  unitId = unitIds.get("tu-phap")!;
  await prisma.resultSnapshot.deleteMany({ where: { yearId } });
  await prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "APPRAISAL" } });
  await prisma.unitAdjustment.deleteMany({ where: { yearId, unitId } });
  await prisma.framework.update({ where: { yearId }, data: { bonusCap: 3, penaltyCap: 2 } });
  const asViewer = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { userId: u.id, roles: u.roles, unitId: u.unitId };
  };
  office = await asViewer("noivu@cchc.demo");
  justice = await asViewer("tuphap@cchc.demo");
  leadership = await asViewer("lanhdao@cchc.demo");
});
afterAll(async () => {
  await db?.dispose();
});

describe("saveUnitAdjustment / deleteUnitAdjustment", () => {
  let bonusId: string;

  it("gives a bonus in round 1 and audits it", async () => {
    ({ adjustmentId: bonusId } = await save(office, { points: 2 }));
    const row = await prisma.unitAdjustment.findUniqueOrThrow({ where: { id: bonusId } });
    expect(row).toMatchObject({ kind: "BONUS", version: 1, createdById: office.userId });
    expect(Number(row.points)).toBe(2);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "adjustment.save", entityId: bonusId } });
    expect(audit.before).toBeNull();
    expect(readAudit(audit)).toMatchObject({ after: { points: 2, kind: "BONUS" } });
  });

  it("refuses a total bonus over the cap, naming it; a penalty counts against its own cap", async () => {
    const error = (await save(office, { points: 1.5 }).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems).toEqual([
      { field: "points", code: "OVER_BONUS_CAP", message: expect.stringContaining("3 điểm") },
    ]);
    await expect(save(office, { kind: "PENALTY", points: 2 })).resolves.toBeTruthy();
    await expect(save(office, { kind: "PENALTY", points: 0.5 })).rejects.toMatchObject({
      problems: [{ code: "OVER_PENALTY_CAP" }],
    });
  });

  it("edits with the version seen (its own old points do not count twice); a stale version conflicts", async () => {
    await expect(save(office, { id: bonusId, version: 1, points: 3 })).resolves.toEqual({ adjustmentId: bonusId });
    const stale = await save(office, { id: bonusId, version: 1, points: 2.5 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({ currentVersion: 2 });
    expect(Number((await prisma.unitAdjustment.findUniqueOrThrow({ where: { id: bonusId } })).points)).toBe(3);
  });

  it("refuses zero points, other roles, and outside the rounds", async () => {
    await expect(save(office, { points: 0 })).rejects.toMatchObject({
      problems: [{ field: "points", code: "NOT_POSITIVE" }],
    });
    await expect(save(justice, {})).rejects.toMatchObject({ reason: "ROLE" });
    await expect(save(leadership, {})).rejects.toMatchObject({ reason: "ROLE" });
    await expect(save(office, {}, new Date("2021-11-15T03:00:00Z"))).rejects.toBeInstanceOf(StageClosedError);
  });

  it("refuses everything once the results are locked", async () => {
    await prisma.resultSnapshot.create({ data: { yearId, lockedAt: ROUND1 } });
    try {
      await expect(save(office, { points: 0.1, kind: "PENALTY" })).rejects.toMatchObject({ code: "RESULTS_LOCKED" });
      await expect(
        deleteUnitAdjustment({ prisma, viewer: office, now: ROUND1 }, { id: bonusId, version: 2 }),
      ).rejects.toMatchObject({ code: "RESULTS_LOCKED" });
    } finally {
      await prisma.resultSnapshot.deleteMany({ where: { yearId } });
    }
  });

  it("deletes with the version seen, audited", async () => {
    await expect(
      deleteUnitAdjustment({ prisma, viewer: office, now: ROUND1 }, { id: bonusId, version: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await deleteUnitAdjustment({ prisma, viewer: office, now: ROUND1 }, { id: bonusId, version: 2 });
    expect(await prisma.unitAdjustment.findUnique({ where: { id: bonusId } })).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "adjustment.delete", entityId: bonusId } });
    expect(readAudit(audit)).toMatchObject({ before: { points: 3, version: 2 } });
    // The cap has room again.
    await expect(save(office, { points: 3 })).resolves.toBeTruthy();
  });
});
