// A year's results revision (migrations 20261128150000_results_revision and
// 20261207090000_results_revision_at_commit): a committed transaction adds exactly 1 to each year it
// changed something of, however many statements it ran; a rolled-back one adds nothing; and (on
// PostgreSQL) two writers of the same year do not wait for each other's open transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, sampleYear, type TestDatabase, testDatabaseTarget } from "../src/testing.js";
import { whileAnotherIsOpen } from "./open-transaction.js";

const onPostgres = testDatabaseTarget().kind === "postgres";

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await db?.dispose();
});

/** Every year's revision now. */
async function revisions(): Promise<Map<string, bigint>> {
  const rows = await db.prisma.resultsRevision.findMany();
  return new Map(rows.map((r) => [r.yearId, r.revision]));
}

/** How much each year's revision moved while `run` ran (years that did not move left out). */
async function moved(run: () => Promise<unknown>): Promise<Map<string, bigint>> {
  const before = await revisions();
  await run();
  const out = new Map<string, bigint>();
  for (const [yearId, revision] of await revisions()) {
    const step = revision - (before.get(yearId) ?? 0n);
    if (step !== 0n) out.set(yearId, step);
  }
  return out;
}

describe("a year's results revision", () => {
  it("adds exactly 1 to each year a committed transaction changed, however many statements it ran", async () => {
    const { year, unitIds } = await sampleYear(db.prisma);
    const years = await db.prisma.yearUnit.findMany({
      where: { unitId: unitIds.get("tu-phap")! },
      select: { yearId: true },
    });
    expect(years.map((y) => y.yearId)).toContain(year.id);
    const step = await moved(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { shortName: "Tư pháp (1)" } });
        await tx.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { shortName: "Tư pháp (2)" } });
        await tx.evaluationYear.update({ where: { id: year.id }, data: { title: `${year.title} ` } });
      }),
    );
    // before 20261207090000: 3 for the year (one per statement)
    expect(step).toEqual(new Map(years.map((y) => [y.yearId, 1n])));
    expect(await db.prisma.resultsRevisionPending.count()).toBe(0);
  });

  it("adds nothing for a rolled-back transaction, or for a write of something no ranking reads", async () => {
    const { unitIds } = await sampleYear(db.prisma);
    const step = await moved(async () => {
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { shortName: "bỏ đi" } });
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      await db.prisma.auditLog.create({ data: { action: "test.audit", entity: "Test" } });
    });
    expect(step).toEqual(new Map());
    expect(await db.prisma.resultsRevisionPending.count()).toBe(0);
  });

  it.skipIf(!onPostgres)(
    "does not make a writer of a year wait for another writer's open transaction in the same year (PostgreSQL only)",
    async () => {
      const { year, unitIds } = await sampleYear(db.prisma);
      const before = (await revisions()).get(year.id) ?? 0n;
      // B changes another unit of the same year and commits while A is open: with the year's counter
      // locked from A's first write (as before this migration), B would wait until A ends.
      const outcome = await whileAnotherIsOpen(
        db.prisma,
        (tx) => tx.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { shortName: "Tư pháp (A)" } }),
        () => db.prisma.unit.update({ where: { id: unitIds.get("noi-vu")! }, data: { shortName: "Nội vụ (B)" } }),
      );
      expect(outcome).toBe("committed");
      expect(((await revisions()).get(year.id) ?? 0n) - before).toBe(2n);
    },
  );
});
