// The data revision (src/data-revision.ts, migration 20261207080000_data_revision): every table but
// the exempt ones carries the trigger; a committed writing transaction adds exactly 1 however many
// statements and rows it wrote; a rolled-back one, a read and a session add nothing; and (on
// PostgreSQL, where transactions run side by side) the counter does not make one writer wait for
// another's open transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_REVISION_EXEMPT_TABLES, readDataRevision } from "../src/data-revision.js";
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

/** How much the revision moved while `run` ran. */
async function moved(run: () => Promise<unknown>): Promise<bigint> {
  const before = await readDataRevision(db.prisma);
  await run();
  return (await readDataRevision(db.prisma)) - before;
}

describe("the data revision", () => {
  it("is carried by every table but the exempt ones, for inserts, updates, deletes and truncates", async () => {
    const rows = await db.prisma.$queryRawUnsafe<Array<{ table: string; events: number | null }>>(
      `SELECT c.relname::text AS "table",
              (SELECT t.tgtype::int FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_data_revision'
                  AND p.proname = 'data_revision_mark') AS events
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        ORDER BY 1`,
    );
    const tables = rows.map((r) => r.table);
    expect(tables).toContain("PlanTask");
    expect(tables).toContain("AnnualReport");
    const missing = rows.filter((r) => !DATA_REVISION_EXEMPT_TABLES.includes(r.table) && r.events === null);
    expect(missing.map((r) => r.table)).toEqual([]);
    // tgtype bits: 1 row-level, 4 insert, 8 delete, 16 update, 32 truncate
    const wrong = rows.filter((r) => r.events !== null && (r.events & 0b111101) !== 0b111100);
    expect(wrong.map((r) => r.table)).toEqual([]);
    const exemptCarrying = rows.filter((r) => DATA_REVISION_EXEMPT_TABLES.includes(r.table) && r.events !== null);
    expect(exemptCarrying.map((r) => r.table)).toEqual([]);
  });

  it("adds exactly 1 for a committed transaction, however many statements, tables and rows it wrote", async () => {
    const { year, unitIds } = await sampleYear(db.prisma);
    const step = await moved(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { shortName: "Tư pháp (1)" } });
        await tx.unit.update({ where: { id: unitIds.get("noi-vu")! }, data: { shortName: "Nội vụ (1)" } });
        await tx.auditLog.createMany({
          data: Array.from({ length: 50 }, (_, i) => ({ action: "test.bulk", entity: "Test", entityId: String(i) })),
        });
        await tx.evaluationYear.update({ where: { id: year.id }, data: { title: `${year.title} ` } });
      }),
    );
    expect(step).toBe(1n);
    // each statement outside a transaction is its own transaction
    expect(
      await moved(async () => {
        await db.prisma.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { shortName: "Tư pháp (2)" } });
        await db.prisma.$executeRawUnsafe(`UPDATE "Unit" SET "shortName" = "shortName" WHERE false`);
      }),
    ).toBe(2n);
  });

  it("adds nothing for a rolled-back transaction, a read, or a session", async () => {
    const { unitIds } = await sampleYear(db.prisma);
    const id = unitIds.get("tu-phap")!;
    expect(
      await moved(async () => {
        await expect(
          db.prisma.$transaction(async (tx) => {
            await tx.unit.update({ where: { id }, data: { shortName: "bỏ đi" } });
            throw new Error("roll back");
          }),
        ).rejects.toThrow("roll back");
        await db.prisma.unit.findMany({ take: 5 });
        const user = await db.prisma.user.findFirstOrThrow();
        await db.prisma.session.create({
          data: { id: "data-revision-test", userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
        });
        await db.prisma.session.delete({ where: { id: "data-revision-test" } });
      }),
    ).toBe(0n);
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { id } })).shortName).not.toBe("bỏ đi");
    expect(await db.prisma.dataRevisionPending.count()).toBe(0);
  });

  it.skipIf(!onPostgres)(
    "does not make a writer wait for another writer's open transaction (PostgreSQL only: PGlite has one connection)",
    async () => {
      const { year } = await sampleYear(db.prisma);
      const areas = await db.prisma.planArea.findMany({ where: { yearId: year.id }, orderBy: { position: "asc" } });
      const before = await readDataRevision(db.prisma);
      // B writes another row of the table and another table, and commits, while A is still open:
      // with the counter's row locked from A's first write, B would wait until A ends.
      const outcome = await whileAnotherIsOpen(
        db.prisma,
        (tx) => tx.planArea.update({ where: { id: areas[0]!.id }, data: { name: `${areas[0]!.name} (A)` } }),
        () =>
          db.prisma.planArea
            .update({ where: { id: areas[1]!.id }, data: { name: `${areas[1]!.name} (B)` } })
            .then(() => db.prisma.auditLog.create({ data: { action: "test.b", entity: "Test" } })),
      );
      expect(outcome).toBe("committed");
      expect((await readDataRevision(db.prisma)) - before).toBe(3n);
    },
  );
});
