// updatePlanTask called directly (as a script would): the same rules as through the API.
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import type { Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, readAudit, updatePlanTask, ValidationError } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let office: Viewer;
let justice: Viewer;
const now = new Date("2021-06-15T03:00:00Z");

async function task(code: string) {
  return prisma.planTask.findFirstOrThrow({ where: { code }, select: { id: true, version: true, status: true } });
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  const { unitIds } = await sampleYear(prisma);
  const noivu = await prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
  office = { userId: noivu.id, roles: noivu.roles, unitId: noivu.unitId };
  const tuphap = await prisma.user.findUniqueOrThrow({ where: { email: "tuphap@cchc.demo" } });
  justice = { userId: tuphap.id, roles: tuphap.roles, unitId: unitIds.get("tu-phap")! };
});
afterAll(async () => {
  await db?.dispose();
});

describe("updatePlanTask (the operation)", () => {
  it("writes the change, bumps the version and appends a catalogued audit event in the same transaction", async () => {
    const before = await task("I.2");
    await updatePlanTask({ prisma, viewer: justice, now }, { id: before.id, version: before.version, status: "DONE" });
    const after = await prisma.planTask.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ status: "DONE", version: before.version + 1, completedAt: now });
    const rows = await prisma.auditLog.findMany({ where: { entityId: before.id } });
    expect(rows).toHaveLength(1);
    const event = readAudit(rows[0]!);
    expect(event).toMatchObject({
      action: "plan_task.update",
      before: { status: "NOT_STARTED", version: before.version },
      after: { status: "DONE", version: before.version + 1 },
    });
    expect(rows[0]!.actorId).toBe(justice.userId);
  });

  it("refuses a stale version with ConflictError and writes nothing", async () => {
    const t = await task("I.3");
    await updatePlanTask({ prisma, viewer: office, now }, { id: t.id, version: t.version, status: "IN_PROGRESS" });
    const audits = await prisma.auditLog.count();
    const error = await updatePlanTask(
      { prisma, viewer: office, now },
      { id: t.id, version: t.version, status: "CANCELLED" },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: "CONFLICT", currentId: t.id, currentVersion: t.version + 1 });
    expect(await task("I.3")).toMatchObject({ status: "IN_PROGRESS", version: t.version + 1 });
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("checks access on the task itself: an officer of the lead unit may not set its dates", async () => {
    const t = await task("VI.3");
    const error = await updatePlanTask(
      { prisma, viewer: justice, now },
      { id: t.id, version: t.version, timing: { start: "2021-01-01", end: "2021-03-31" }, reason: "thử" },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ reason: "ROLE" });
    expect(await task("VI.3")).toEqual(t);
  });

  it("refuses nobody (no viewer) like an anonymous caller", async () => {
    const t = await task("II.1");
    await expect(
      updatePlanTask({ prisma, viewer: null, now }, { id: t.id, version: t.version, status: "DONE" }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("lists every input problem under its field with a stable code, before touching the database", async () => {
    const error = await updatePlanTask(
      { prisma, viewer: office, now },
      { id: "", version: 0, timing: { start: "2021-02-30", end: "2021-03-31" }, resetTiming: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => [p.field, p.code])).toEqual([
      ["id", "REQUIRED"],
      ["version", "INVALID"],
      ["timing.start", "INVALID_DATE"],
      ["resetTiming", "EXCLUSIVE"],
      ["reason", "REQUIRED"],
    ]);
  });
});
