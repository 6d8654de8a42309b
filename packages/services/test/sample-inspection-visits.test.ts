// The sample's inspection planning after the sample cycle: plans linked to task VII.1 in both years,
// 2021's visits in its plan, and in the live year a notified and a planned visit with scope, the demo
// inspector's visit in progress today, and a cancelled one with a reason, all labelled sample data.
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSampleCycle } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let liveYearId = "";
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  const result = await seedSampleCycle(prisma, { now });
  if (!result.created) throw new Error(`sample cycle not created: ${result.reason}`);
  liveYearId = result.liveYearId;
}, 180_000);
afterAll(async () => {
  await db?.dispose();
});

describe("sample inspection planning", () => {
  it("gives each sample year an inspection plan linked to task VII.1; 2021's visits belong to it", async () => {
    const plans = await prisma.inspectionPlan.findMany({ include: { planTask: true, year: true, visits: true } });
    expect(plans.map((p) => p.year.year).sort()).toEqual([2021, 2026]);
    for (const p of plans) {
      expect(p.planTask?.code).toBe("VII.1");
      expect(p.title).toContain("(dữ liệu mẫu)");
    }
    const y2021 = plans.find((p) => p.year.year === 2021)!;
    const visits2021 = await prisma.inspectionVisit.count({ where: { yearId: y2021.yearId } });
    expect(visits2021).toBeGreaterThan(0);
    expect(y2021.visits).toHaveLength(visits2021);
  });

  it("has in the live year a notified visit, a planned one, the inspector's visit in progress today and a cancelled one", async () => {
    const visits = await prisma.inspectionVisit.findMany({
      where: { yearId: liveYearId },
      include: { unit: true, team: { include: { user: true } }, scopeNodes: true },
      orderBy: { startsAt: "asc" },
    });
    const by = (status: string) => visits.filter((v) => v.status === status);
    expect(by("NOTIFIED").map((v) => v.unit.code)).toEqual(["son-giang", "tu-phap"]);
    expect(by("PLANNED").map((v) => v.unit.code)).toEqual(["giao-duc"]);
    const onSpot = by("IN_PROGRESS");
    expect(onSpot).toHaveLength(1);
    expect(onSpot[0]!.scheduledDate.toISOString().slice(0, 10)).toBe("2026-11-28");
    expect(onSpot[0]!.team.find((m) => m.isLead)?.user?.email).toBe("kiemtra@cchc.demo");
    expect(onSpot[0]!.startedAt).not.toBeNull();
    const cancelled = by("CANCELLED");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.cancelReason).toContain("(dữ liệu mẫu)");
    for (const v of [...by("NOTIFIED"), ...by("PLANNED"), ...onSpot]) {
      expect(v.scopeNodes.length).toBeGreaterThan(0);
      expect(v.scope).toContain("(dữ liệu mẫu)");
    }
    const audited = await prisma.auditLog.count({ where: { action: { startsWith: "inspection_visit." } } });
    expect(audited).toBeGreaterThanOrEqual(9);
  });
});
