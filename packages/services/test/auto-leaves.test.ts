// Automatic leaves computed at read time from the system's own data: the scorecard shows their
// inputs and says where missing data will come from; the ranking and the scorecard agree.
import { isoToDbDate, type PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { AUTO_NO_DATA, type Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeYearResults, unitScorecard, updatePlanTask } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let office: Viewer;
let yearId: string;
let unitIds: Map<string, string>;
const afterYear = new Date("2022-01-05T03:00:00Z");

async function leaf(unitCode: string, code: string) {
  const card = await unitScorecard(
    { prisma, viewer: office, now: afterYear },
    { yearId, unitId: unitIds.get(unitCode)! },
  );
  return { card, leaf: card.leaves.find((l) => l.code === code)! };
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  const sample = await sampleYear(prisma);
  yearId = sample.year.id;
  unitIds = sample.unitIds;
  const noivu = await prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
  office = { userId: noivu.id, roles: noivu.roles, unitId: noivu.unitId };
});
afterAll(async () => {
  await db?.dispose();
});

describe("automatic leaves at read time", () => {
  it("plan completion (1.2) follows the plan: every due task of the unit's counted, done on time or not", async () => {
    const before = await leaf("tu-phap", "1.2");
    expect(before.leaf).toMatchObject({ source: "auto", points: 0, missing: false });
    expect(before.leaf.notes[0]).toMatch(/^Tự động từ kế hoạch: 0\/\d+ nhiệm vụ chủ trì hoàn thành đúng hạn/);
    const led = await prisma.planTask.findMany({
      where: { yearId, units: { some: { unitId: unitIds.get("tu-phap")!, role: "LEAD" } } },
      select: { id: true, version: true, dueDate: true, windowEnd: true },
    });
    expect(led.length).toBeGreaterThan(0);
    for (const t of led) {
      const due = t.dueDate ?? t.windowEnd ?? isoToDbDate("2021-12-31");
      await updatePlanTask(
        { prisma, viewer: office, now: new Date(due.getTime() - 5 * 86_400_000) },
        { id: t.id, version: t.version, status: "DONE" },
      );
    }
    const after = await leaf("tu-phap", "1.2");
    expect(after.leaf).toMatchObject({
      source: "auto",
      points: 3,
      inputs: { numerator: led.length, denominator: led.length },
    });
    const row = (await computeYearResults(prisma, yearId, afterYear)).find((r) => r.unitCode === "tu-phap")!;
    expect(row.points).toBeCloseTo(after.card.score.earned, 4);
  });

  it("report leaves say where their data will come from until any report is recorded, then classify each unit", async () => {
    const none = await leaf("tu-phap", "1.3.1");
    expect(none.leaf).toMatchObject({ points: 0, missing: true, source: null });
    expect(none.leaf.notes).toContain(AUTO_NO_DATA.report);
    const q1 = await prisma.reportPeriod.findFirstOrThrow({ where: { yearId, code: "Q1" } });
    await prisma.reportSubmission.create({
      data: {
        periodId: q1.id,
        unitId: unitIds.get("tu-phap")!,
        submittedAt: new Date(q1.dueDate.getTime() - 86_400_000),
      },
    });
    expect((await leaf("tu-phap", "1.3.1")).leaf).toMatchObject({ source: "auto", points: 0.75 });
    const other = await leaf("tai-chinh", "1.3.1");
    expect(other.leaf).toMatchObject({ source: "auto", points: 0, missing: false });
    expect(other.leaf.notes[0]).toMatch(/không gửi/);
  });

  it("corrective actions and surveys say where their data will come from", async () => {
    const { card } = await leaf("long-phuoc", "1.4");
    expect(card.leaves.find((l) => l.code === "1.4")!.notes).toContain(AUTO_NO_DATA.corrective_actions);
    expect(card.leaves.find((l) => l.code === "8.1.1")!.notes).toContain(AUTO_NO_DATA.survey);
  });
});
