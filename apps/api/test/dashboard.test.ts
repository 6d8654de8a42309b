// The evaluation dashboard over the real API, on the sample cycle (2021 played through and published,
// a live year "Năm mẫu 2026"): every chart's aggregate for the published 2021, the as-of day, the
// filters, a unit's profile and trend, who may read it, and the statements a full read costs (a
// fixed number, whatever the number of units).
import { seedSampleCycle } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const now = new Date("2026-11-28T03:00:00Z");

const DASHBOARD = `query($year: Int!, $unitTypeId: ID, $areaCode: String, $asOf: Date, $unitId: ID!) {
  year(year: $year) {
    viewerCanReadDashboard
    dashboard(unitTypeId: $unitTypeId, areaCode: $areaCode, asOf: $asOf) {
      __typename
      ... on Error { code message }
      ... on ForbiddenError { reason }
      ... on EvaluationDashboard {
        asOf unitTypeId areaCode published
        tiers { code nameVi order }
        areas { code name }
        ranking { unitTypeId unitTypeNameVi average bars { unitId unitName value tierCode tierOrder rank tied } }
        unitProfile(unitId: $unitId) { unitName index rank rankOf areas { areaCode unitIndex typeAverage } trend { year index viaLineage unitNames } }
        compliance { periods { id code nameVi } rows { unitId unitName cells { periodId status symbol } } totals { onTime late missing pending } }
        satisfaction { title periodCode targetPercent overallRate aspects { aspect nameVi rate meetsTarget } }
        actions { found findingsWithAction actions fixSubmitted verified overdue }
        plan { areas { code name total done overdue percentDone } leadUnits { unitId unitName total done } total { total done percentDone } }
        tiles { units averageIndex reportsOnTimePercent actionsOverdue satisfactionPercent }
      }
    }
  }
}`;

type Dashboard = {
  __typename: string;
  code?: string;
  reason?: string;
  asOf: string;
  areaCode: string | null;
  published: boolean;
  tiers: Array<{ code: string; order: number }>;
  areas: Array<{ code: string; name: string }>;
  ranking: Array<{
    unitTypeId: string;
    average: number | null;
    bars: Array<{ unitId: string; unitName: string; value: number; tierCode: string; rank: number; tied: boolean }>;
  }>;
  unitProfile: {
    unitName: string;
    index: number;
    areas: Array<{ areaCode: string; unitIndex: number | null; typeAverage: number | null }>;
    trend: Array<{ year: number; index: number; viaLineage: boolean }>;
  } | null;
  compliance: {
    periods: Array<{ id: string }>;
    rows: Array<{ unitId: string; cells: Array<{ status: string }> }>;
    totals: { onTime: number; late: number; missing: number; pending: number };
  };
  satisfaction: {
    targetPercent: number;
    overallRate: number | null;
    aspects: Array<{ aspect: string; rate: number | null }>;
  } | null;
  actions: {
    found: number;
    findingsWithAction: number;
    actions: number;
    fixSubmitted: number;
    verified: number;
    overdue: number;
  };
  plan: {
    areas: Array<{ code: string; total: number; done: number; overdue: number }>;
    leadUnits: Array<{ unitId: string; total: number }>;
    total: { total: number; done: number };
  };
  tiles: {
    units: number;
    averageIndex: number | null;
    reportsOnTimePercent: number | null;
    actionsOverdue: number;
    satisfactionPercent: number | null;
  };
};

let h: Harness;
const cookies: Record<string, string> = {};
let someUnitId: string;

async function dashboard(
  cookie: string | null,
  vars: { year?: number; unitTypeId?: string; areaCode?: string; asOf?: string; unitId?: string } = {},
) {
  const res = await h.gql<{ year: { viewerCanReadDashboard: boolean; dashboard: Dashboard } }>(
    DASHBOARD,
    { year: 2021, unitId: someUnitId, ...vars },
    cookie,
  );
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.year;
}

beforeAll(async () => {
  h = await startHarness({ now });
  const seeded = await seedSampleCycle(h.db.prisma, { now });
  if (!seeded.created) throw new Error(`sample cycle not seeded: ${seeded.reason}`);
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.homeAffairs = await h.login("noivu@cchc.demo");
  cookies.admin = await h.login("admin@cchc.demo");
  cookies.officer = await h.login("longphuoc@cchc.demo");
  cookies.inspector = await h.login("kiemtra@cchc.demo");
  const unit = await h.db.prisma.unit.findFirstOrThrow({ where: { code: { contains: "long" }, type: { code: "xa" } } });
  someUnitId = unit.id;
}, 240_000);
afterAll(async () => {
  await h?.close();
});

describe("EvaluationYear.dashboard (2021, published)", () => {
  let d: Dashboard;
  beforeAll(async () => {
    const y = await dashboard(cookies.leadership!);
    expect(y.viewerCanReadDashboard).toBe(true);
    d = y.dashboard;
  });

  it("reads the published ranking per unit type, bars ranked with ties marked and tiers ordered", () => {
    expect(d.__typename).toBe("EvaluationDashboard");
    expect(d.published).toBe(true);
    expect(d.asOf).toBe("2021-12-31");
    expect(d.tiers.map((t) => t.order)).toEqual(d.tiers.map((_, i) => i));
    expect(d.ranking.length).toBeGreaterThanOrEqual(2);
    for (const g of d.ranking) {
      expect(g.bars.length).toBeGreaterThan(0);
      const values = g.bars.map((b) => b.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(g.bars[0]!.rank).toBe(1);
      for (const b of g.bars) {
        const same = g.bars.filter((o) => o.rank === b.rank).length;
        expect(b.tied).toBe(same > 1);
      }
    }
    expect(d.tiles.units).toBe(d.ranking.reduce((n, g) => n + g.bars.length, 0));
    expect(d.tiles.averageIndex).toBeGreaterThan(0);
  });

  it("matches the published ranking of the results query", async () => {
    const res = await h.gql<{
      year: { results: { rows: Array<{ unit: { id: string }; index: number; rank: number }> } };
    }>(
      `query { year(year: 2021) { results { ... on YearResults { rows { unit { id } index rank } } } } }`,
      {},
      cookies.leadership,
    );
    const rows = res.body.data!.year.results.rows;
    const bars = d.ranking.flatMap((g) => g.bars);
    expect(bars.length).toBe(rows.length);
    for (const r of rows)
      expect(bars.find((b) => b.unitId === r.unit.id)).toMatchObject({ value: r.index, rank: r.rank });
  });

  it("shows compliance, satisfaction against 85 %, the findings funnel and the plan", () => {
    expect(d.compliance.periods.length).toBeGreaterThan(0);
    expect(d.compliance.rows.length).toBeGreaterThan(10);
    for (const r of d.compliance.rows) expect(r.cells.length).toBe(d.compliance.periods.length);
    // on 31/12/2021 every period of 2021 was due: nothing is still pending... except the year-end report
    expect(d.compliance.totals.onTime).toBeGreaterThan(0);
    expect(d.satisfaction?.targetPercent).toBe(85);
    expect(d.satisfaction?.aspects.map((a) => a.aspect)).toEqual([
      "ACCESS",
      "PROCEDURE",
      "OFFICIAL",
      "RESULT",
      "FEEDBACK",
    ]);
    expect(d.tiles.satisfactionPercent).toBe(d.satisfaction?.overallRate);
    expect(d.actions.found).toBeGreaterThan(0);
    expect(d.actions.actions).toBeGreaterThanOrEqual(d.actions.fixSubmitted);
    expect(d.actions.fixSubmitted).toBeGreaterThanOrEqual(d.actions.verified);
    expect(d.tiles.actionsOverdue).toBe(d.actions.overdue);
    expect(d.plan.areas.length).toBe(7);
    expect(d.plan.total.total).toBe(d.plan.areas.reduce((n, a) => n + a.total, 0));
    expect(d.plan.total.done).toBeGreaterThan(0);
    expect(d.plan.leadUnits.length).toBeGreaterThan(0);
  });

  it("gives a unit's area profile against its type and its trend", () => {
    expect(d.unitProfile).not.toBeNull();
    expect(d.unitProfile!.areas.map((a) => a.areaCode)).toEqual(d.areas.map((a) => a.code));
    expect(d.unitProfile!.trend).toEqual([
      { year: 2021, index: d.unitProfile!.index, viaLineage: false, unitNames: [d.unitProfile!.unitName] },
    ]);
  });
});

describe("filters and the as-of day", () => {
  it("judges the funnel and the plan on an earlier day", async () => {
    const early = (await dashboard(cookies.homeAffairs!, { asOf: "2021-02-01" })).dashboard;
    expect(early.asOf).toBe("2021-02-01");
    expect(early.actions).toEqual({
      found: 0,
      findingsWithAction: 0,
      actions: 0,
      fixSubmitted: 0,
      verified: 0,
      overdue: 0,
    });
    const late = (await dashboard(cookies.homeAffairs!)).dashboard;
    expect(early.plan.total.done).toBeLessThan(late.plan.total.done);
    expect(early.compliance.totals.pending).toBeGreaterThan(late.compliance.totals.pending);
  });

  it("filters one unit type and ranks on an area's sub-index", async () => {
    const all = (await dashboard(cookies.leadership!)).dashboard;
    const type = all.ranking[0]!;
    const one = (await dashboard(cookies.leadership!, { unitTypeId: type.unitTypeId })).dashboard;
    expect(one.ranking.map((g) => g.unitTypeId)).toEqual([type.unitTypeId]);
    expect(one.compliance.rows.length).toBeLessThan(all.compliance.rows.length);
    const area = all.areas[0]!.code;
    const byArea = (await dashboard(cookies.leadership!, { areaCode: area })).dashboard;
    expect(byArea.areaCode).toBe(area);
    const values = byArea.ranking[0]!.bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("refuses a malformed as-of day with a clear error", async () => {
    const res = await h.gql(DASHBOARD, { year: 2021, unitId: someUnitId, asOf: "31/12/2021" }, cookies.leadership);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.body)).not.toContain("stack");
  });

  it("follows the live year's unit back to its 2021 result in the trend", async () => {
    const live = (await dashboard(cookies.leadership!, { year: 2026 })).dashboard;
    expect(live.published).toBe(false);
    expect(live.unitProfile?.trend.map((p) => p.year)).toEqual([2021, 2026]);
  });
});

describe("who may read it", () => {
  it.each([
    ["leadership", "EvaluationDashboard"],
    ["homeAffairs", "EvaluationDashboard"],
    ["admin", "EvaluationDashboard"],
    ["officer", "ForbiddenError"],
    ["inspector", "ForbiddenError"],
  ])("%s → %s", async (who, typename) => {
    const y = await dashboard(cookies[who]!);
    expect(y.dashboard.__typename).toBe(typename);
    expect(y.viewerCanReadDashboard).toBe(typename === "EvaluationDashboard");
  });
});

describe("statements", () => {
  it("reads the whole dashboard in a fixed number of statements, whatever the number of units", async () => {
    h.freshAnswers = true; // count what the resolvers run, not a kept answer
    // the session's own lookups are left out: the API caches a session for a few seconds, so whether
    // a request reads it depends on the clock, not on the dashboard
    const selects = () => h.db.statements.filter((s) => /^\s*SELECT/i.test(s) && !/"(Session|User)"/.test(s)).length;
    h.db.statements.length = 0;
    await dashboard(cookies.leadership!);
    const all = selects();
    // year (2) + scope (1) + framework with areas (2) + year's framework (1) + results state
    // and snapshot (2) + lineage, years (2) + compliance (year with units, periods, extensions,
    // submissions) + surveys with counts (2) + findings with actions (2) + tasks with areas and lead units
    expect(all).toBeLessThanOrEqual(30);
    const xa = await h.db.prisma.unitType.findFirstOrThrow({ where: { code: "phong" } });
    h.db.statements.length = 0;
    await dashboard(cookies.leadership!, { unitTypeId: xa.id });
    expect(selects()).toBe(all);
    h.freshAnswers = false;
  });
});
