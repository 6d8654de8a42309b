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
    type Page = { units: { totalCount: number; edges: Array<{ node: { name: string; type: { code: string } } }> } };
    const res = await h.gql<Page>(
      `query($t: String) { units(typeCode: $t) { totalCount edges { node { name type { code } } } } }`,
      { t: "nganh_doc" },
      cookie,
    );
    expect(res.body.data!.units.edges.map((e) => e.node.name)).toEqual([
      "Bảo hiểm xã hội thị xã",
      "Bưu điện thị xã",
      "Chi cục thuế thị xã",
      "Công an thị xã",
      "Kho bạc nhà nước thị xã",
    ]);
    const all = await h.gql<{ units: { totalCount: number; edges: unknown[] } }>(
      `{ units { totalCount edges { node { id } } } }`,
      {},
      cookie,
    );
    expect(all.body.data!.units.totalCount).toBe(19);
    expect(all.body.data!.units.edges).toHaveLength(19);
  });

  it("pages units in order with cursors: offices, wards and communes, vertical agencies, each alphabetical", async () => {
    type Page = {
      units: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { name: string } }>;
      };
    };
    const PAGE = `query($after: String) { units(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: { body: { data?: Page | null } } = await h.gql<Page>(PAGE, { after }, cookie);
      const page: Page["units"] = res.body.data!.units;
      names.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toHaveLength(19);
    expect(new Set(names).size).toBe(19);
    const all = await h.gql<Page>(
      `{ units(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
      {},
      cookie,
    );
    expect(all.body.data!.units.edges.map((e) => e.node.name)).toEqual(names);
    expect(names.slice(-5)).toEqual([
      "Bảo hiểm xã hội thị xã",
      "Bưu điện thị xã",
      "Chi cục thuế thị xã",
      "Công an thị xã",
      "Kho bạc nhà nước thị xã",
    ]);
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
      year: {
        framework: {
          name: string;
          maxPoints: number;
          phong: number;
          xa: number;
          problems: string[];
          nodes: Array<{
            code: string;
            depth: number;
            isLeaf: boolean;
            maxPoints: number;
            method: string | null;
            methodConfig: unknown;
            parentId: string | null;
            id: string;
          }>;
        };
      };
    }>(
      `{ year(year: 2021) { framework { name maxPoints phong: applicableMax(unitTypeCode: "phong") xa: applicableMax(unitTypeCode: "xa")
          problems nodes { id code parentId depth isLeaf maxPoints method methodConfig } } } }`,
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
    // the scoring rule a form needs (e.g. a checklist's items); none on a group
    const checklist = fw.nodes.find((n) => n.code === "1.1.2")!;
    expect(checklist.methodConfig).toMatchObject({ kind: "checklist", items: expect.arrayContaining(["sản phẩm"]) });
    expect(byId.get(leaf.parentId!)!.methodConfig).toBeNull();
    expect(fw.problems).toEqual([]);
  });
});

describe("a year belongs to its authority", () => {
  it("asks for the authority when two authorities evaluate the same year, and finds each by code or id", async () => {
    const other = await h.db.prisma.authority.create({
      data: { code: "xa-thu", name: "UBND xã Thử", headerName: "UBND XÃ THỬ", place: "Thử", level: "commune" },
    });
    const year = await h.db.prisma.evaluationYear.create({
      data: {
        authorityId: other.id,
        year: 2021,
        title: "Năm thử",
        unitPlanDeadline: new Date("2021-02-19"),
        unitPlanDeadlineText: "trước ngày 20/02/2021",
        reportRule: { monthOfQuarter: "middle", day: 25, comparison: "before", textVi: "x" },
      },
    });
    try {
      const ambiguous = await h.gql(`{ year(year: 2021) { id } }`, {}, cookie);
      expect(ambiguous.body.errors?.[0]).toMatchObject({ extensions: { code: "AUTHORITY_REQUIRED" } });
      const byCode = await h.gql<{ year: { title: string } }>(
        `{ year(year: 2021, authorityCode: "xa-thu") { title } }`,
        {},
        cookie,
      );
      expect(byCode.body.data!.year.title).toBe("Năm thử");
      const byId = await h.gql<{ evaluationYear: { authority: { code: string } } }>(
        `query($id: ID!) { evaluationYear(id: $id) { authority { code } } }`,
        { id: year.id },
        cookie,
      );
      expect(byId.body.data!.evaluationYear.authority.code).toBe("xa-thu");
    } finally {
      await h.db.prisma.evaluationYear.delete({ where: { id: year.id } });
      await h.db.prisma.authority.delete({ where: { id: other.id } });
    }
    const sample = await h.gql<{ year: { title: string } }>(`{ year(year: 2021) { title } }`, {}, cookie);
    expect(sample.body.data!.year.title).toContain("Cải cách hành chính năm 2021");
  });
});

describe("lists that grow are pages", () => {
  it("loads a page of units with their types in the same number of statements for 5 as for 19", async () => {
    const PAGE = `query($first: Int) { units(first: $first) { edges { node { name type { code nameVi } } } } }`;
    h.db.statements.length = 0;
    const few = await h.gql<{ units: { edges: unknown[] } }>(PAGE, { first: 5 }, cookie);
    const fewCount = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    h.db.statements.length = 0;
    const all = await h.gql<{ units: { edges: unknown[] } }>(PAGE, { first: 19 }, cookie);
    const allCount = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    expect(few.body.data!.units.edges).toHaveLength(5);
    expect(all.body.data!.units.edges).toHaveLength(19);
    expect(allCount).toBe(fewCount);
    expect(allCount).toBeLessThanOrEqual(4);
  });

  it("shows the audit trail, newest first with its actor, to those who may read it", async () => {
    const PAGE = `{ auditEntries(first: 2) { edges { node { action entity actor { email } at } } pageInfo { hasNextPage } } }`;
    type Page = {
      auditEntries: {
        edges: Array<{ node: { action: string; actor: { email: string } | null } }>;
        pageInfo: { hasNextPage: boolean };
      };
    };
    const office = await h.login("noivu@cchc.demo");
    const res = await h.gql<Page>(PAGE, {}, office);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.body.data!.auditEntries.edges).toHaveLength(2);
    expect(res.body.data!.auditEntries.edges[0]!.node).toMatchObject({
      action: "auth.login",
      actor: { email: "noivu@cchc.demo" },
    });
    expect(res.body.data!.auditEntries.pageInfo.hasNextPage).toBe(true);
    // The unit officer of this file may not.
    const refused = await h.gql(PAGE, {}, cookie);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the evaluation calendar", () => {
  const CAL = `{ year(year: 2021) { asOf currentStage { stage } nextDeadline { stage closesOn } stages { stage opensOn closesOn state } } }`;
  type Cal = {
    year: {
      asOf: string;
      currentStage: { stage: string } | null;
      nextDeadline: { stage: string; closesOn: string } | null;
      stages: Array<{ stage: string; opensOn: string; closesOn: string; state: string }>;
    };
  };

  it("gives the sample year's stages with their state on the server's day", async () => {
    const res = await h.gql<Cal>(CAL, {}, cookie);
    const y = res.body.data!.year;
    expect(y.asOf).toBe("2021-06-15");
    expect(y.currentStage).toBeNull();
    expect(y.nextDeadline).toEqual({ stage: "SELF_ASSESSMENT", closesOn: "2021-11-30" });
    expect(y.stages.map((s) => [s.stage, s.opensOn, s.closesOn, s.state])).toEqual([
      ["SELF_ASSESSMENT", "2021-11-01", "2021-11-30", "UPCOMING"],
      ["ROUND1", "2021-12-01", "2021-12-15", "UPCOMING"],
      ["EXPLANATION", "2021-12-16", "2021-12-20", "UPCOMING"],
      ["ROUND2", "2021-12-21", "2022-01-10", "UPCOMING"],
      ["APPROVAL", "2022-01-11", "2022-01-20", "UPCOMING"],
      ["PUBLICATION", "2022-01-21", "2022-01-31", "UPCOMING"],
    ]);
  });

  it("says which stage is open on another day", async () => {
    const later = await startHarness({ now: new Date("2021-12-16T03:00:00Z") });
    try {
      const res = await later.gql<Cal>(CAL, {}, await later.login("noivu@cchc.demo"));
      const y = res.body.data!.year;
      expect(y.currentStage).toEqual({ stage: "EXPLANATION" });
      expect(y.stages.map((s) => s.state)).toEqual(["CLOSED", "CLOSED", "OPEN", "UPCOMING", "UPCOMING", "UPCOMING"]);
    } finally {
      await later.close();
    }
  });
});
