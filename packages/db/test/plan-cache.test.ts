// The compiled-plan cache (src/plan-cache.ts): the same request reuses its plan, a different value is
// compiled anew, answers always come from the database as it is now, and Prisma runs the frozen
// plans as it ran fresh ones (a write between two identical reads shows in the second).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planCacheStats } from "../src/plan-cache.js";
import { openTestDatabase, sampleYear, type TestDatabase } from "../src/testing.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await db?.dispose();
});

/** Hits and misses while `run` runs. */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; hits: number; misses: number }> {
  const before = planCacheStats();
  const result = await run();
  const after = planCacheStats();
  return { result, hits: after.hits - before.hits, misses: after.misses - before.misses };
}

describe("the compiled-plan cache", () => {
  it("compiles a request once and reuses the plan for the same request", async () => {
    const { year } = await sampleYear(db.prisma);
    const read = () =>
      db.prisma.planTask.findMany({
        where: { yearId: year.id, number: { lte: 3 } },
        select: { code: true, area: { select: { code: true } }, units: { select: { role: true } } },
        orderBy: { number: "asc" },
      });
    const first = await counted(read);
    const second = await counted(read);
    expect(first.result.length).toBeGreaterThan(0);
    expect(second.result).toEqual(first.result);
    expect(second).toMatchObject({ hits: 1, misses: 0 });
  });

  it("compiles anew when a value differs, and answers with that value", async () => {
    const { unitIds } = await sampleYear(db.prisma);
    const byCode = (code: string) => db.prisma.unit.findUniqueOrThrow({ where: { id: unitIds.get(code)! } });
    await byCode("tu-phap");
    const other = await counted(() => byCode("noi-vu"));
    expect(other.result.code).toBe("noi-vu");
    expect(other.misses).toBe(1);
    const again = await counted(() => byCode("tu-phap"));
    expect(again.result.code).toBe("tu-phap");
    expect(again).toMatchObject({ hits: 1, misses: 0 });
  });

  it("a cached plan reads the data as it is now: a write between two identical reads shows in the second", async () => {
    const { unitIds } = await sampleYear(db.prisma);
    const id = unitIds.get("tu-phap")!;
    const read = () => db.prisma.unit.findUniqueOrThrow({ where: { id }, select: { shortName: true } });
    const before = await read();
    await db.prisma.unit.update({ where: { id }, data: { shortName: "Tư pháp (đổi)" } });
    const after = await counted(read);
    expect(after.hits).toBe(1);
    expect(after.result.shortName).toBe("Tư pháp (đổi)");
    expect(after.result.shortName).not.toBe(before.shortName);
  });
});
