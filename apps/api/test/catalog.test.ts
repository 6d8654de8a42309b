import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let cookie: string;
beforeAll(async () => {
  h = await startHarness();
  cookie = await h.login("tuphap@cchc.demo");
});
afterAll(async () => {
  await h?.close();
});

describe("units and years", () => {
  it("lists units filtered by type", async () => {
    const res = await h.gql<{ units: Array<{ name: string; type: { code: string } }> }>(
      `query($t: String) { units(typeCode: $t) { name type { code } } }`,
      { t: "nganh_doc" },
      cookie,
    );
    expect(res.body.data!.units.map((u) => u.name)).toEqual([
      "Bảo hiểm xã hội thị xã",
      "Bưu điện thị xã",
      "Chi cục thuế thị xã",
      "Công an thị xã",
      "Kho bạc nhà nước thị xã",
    ]);
    const all = await h.gql<{ units: unknown[] }>(`{ units { id } }`, {}, cookie);
    expect(all.body.data!.units).toHaveLength(19);
  });

  it("gives the year with its calendar", async () => {
    const res = await h.gql(
      `{ years { year title status unitPlanDeadline satisfactionTargetPercent authority { name place }
         reportPeriods { code nameVi dueDate } planAreas { code name tasks { code } } } }`,
      {},
      cookie,
    );
    expect(res.body.errors).toBeUndefined();
    const [year] = (res.body.data as { years: Array<Record<string, unknown>> }).years;
    expect(year).toMatchObject({
      year: 2021,
      status: "OPEN",
      satisfactionTargetPercent: 85,
      authority: { name: "UBND thị xã Phước Long", place: "Phước Long" },
    });
    expect((year!.reportPeriods as Array<{ dueDate: string }>).map((p) => p.dueDate)).toEqual([
      "2021-02-24",
      "2021-05-24",
      "2021-08-24",
      "2021-11-24",
    ]);
    expect((year!.planAreas as unknown[]).length).toBe(7);
  });

  it("returns null for a year that does not exist", async () => {
    const res = await h.gql(`{ year(year: 2030) { id } }`, {}, cookie);
    expect(res.body).toEqual({ data: { year: null } });
  });
});

describe("framework", () => {
  it("serves the sample framework tree with totals per unit type", async () => {
    const res = await h.gql<{
      year: { framework: { name: string; maxPoints: number; phong: number; xa: number; problems: string[]; nodes: Array<{ code: string; depth: number; isLeaf: boolean; maxPoints: number; method: string | null; parentId: string | null; id: string }> } };
    }>(
      `{ year(year: 2021) { framework { name maxPoints phong: applicableMax(unitTypeCode: "phong") xa: applicableMax(unitTypeCode: "xa")
          problems nodes { id code parentId depth isLeaf maxPoints method } } } }`,
      {},
      cookie,
    );
    expect(res.body.errors).toBeUndefined();
    const fw = res.body.data!.year.framework;
    expect(fw.maxPoints).toBe(100);
    expect(fw.phong).toBe(97);
    expect(fw.xa).toBe(98);
    expect(fw.nodes.filter((n) => n.isLeaf)).toHaveLength(49);
    expect(fw.nodes.filter((n) => n.depth === 0).map((n) => n.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    const byId = new Map(fw.nodes.map((n) => [n.id, n]));
    const leaf = fw.nodes.find((n) => n.code === "1.1.1")!;
    expect(leaf).toMatchObject({ maxPoints: 1, method: "DEADLINE", depth: 2 });
    expect(byId.get(leaf.parentId!)!.code).toBe("1.1");
    expect(fw.problems).toEqual([]);
  });
});
