// One page of a year's ranking (YearResults.page) over the real API: pages that add up to the whole
// ranking, sorts (rank, index, Vietnamese name), filters (unit type, tier, a search without tone
// marks), ties marked over the whole ranking, bad paging refused with a clear message, and the
// statements of a page the same whatever the page, the sort or the filter (a page is cut from the rows
// the ranking already holds).
import { compareVietnamese } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const PAGE = `query($year: Int!, $offset: Int!, $limit: Int!, $sort: ResultPageSort, $descending: Boolean,
                 $unitTypeId: ID, $tierCode: String, $search: String) {
  year(year: $year) {
    results {
      __typename
      ... on YearResults { total anyPoints unitTypes { id code } tiers { code minPercent } }
    }
    resultsPage(offset: $offset, limit: $limit, sort: $sort, descending: $descending, unitTypeId: $unitTypeId,
                tierCode: $tierCode, search: $search) {
      __typename
      ... on ResultRowPage {
        total
        offset
        rows { tied unit { id code } unitName unitType { id code } index rank tier { code } }
      }
    }
  }
}`;

interface PageRow {
  tied: boolean;
  unit: { id: string; code: string };
  unitName: string;
  unitType: { id: string; code: string };
  index: number;
  rank: number;
  tier: { code: string };
}
interface PageAnswer {
  total: number;
  anyPoints: boolean;
  unitTypes: { id: string; code: string }[];
  tiers: { code: string; minPercent: number }[];
  page: { total: number; offset: number; rows: PageRow[] };
}

let h: Harness;
let office: string;

async function page(variables: Record<string, unknown>) {
  const res = await h.gql<{
    year: {
      results: Omit<PageAnswer, "page"> & { __typename: string };
      resultsPage: PageAnswer["page"] & { __typename: string };
    };
  }>(PAGE, { year: 2021, offset: 0, limit: 200, ...variables }, office);
  return res;
}

async function rows(variables: Record<string, unknown>): Promise<PageAnswer> {
  const res = await page(variables);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const { results, resultsPage } = res.body.data!.year;
  expect(results.__typename).toBe("YearResults");
  expect(resultsPage.__typename).toBe("ResultRowPage");
  const { __typename: _page, ...rowsPage } = resultsPage;
  return { ...results, page: rowsPage };
}

beforeAll(async () => {
  h = await startHarness({ now: new Date("2022-03-01T03:00:00Z") });
  office = await h.login("noivu@cchc.demo");
});

afterAll(async () => {
  await h?.close();
});

describe("YearResults.page", () => {
  it("gives every unit once over pages of 5, in the ranking's order", async () => {
    const all = await rows({});
    // the test seed has the sample's units without points yet: every unit ties within its type
    expect(all.anyPoints).toBe(all.page.rows.some((r) => r.index !== 0));
    expect(all.page.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(10);
    const seen: string[] = [];
    for (let offset = 0; offset < all.total; offset += 5) {
      const p = await rows({ offset, limit: 5 });
      expect(p.page.offset).toBe(offset);
      expect(p.page.rows.length).toBe(Math.min(5, all.total - offset));
      seen.push(...p.page.rows.map((r) => r.unit.id));
    }
    expect(seen).toEqual(all.page.rows.map((r) => r.unit.id));
    // rank order: unit types in the ranking's order, ranks ascending within each
    const types = all.unitTypes.map((t) => t.id);
    const keys = all.page.rows.map((r) => [types.indexOf(r.unitType.id), r.rank] as const);
    expect([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(keys);
    // past the end: nothing, and the offset says where the rows end
    const past = await rows({ offset: all.total + 50, limit: 5 });
    expect(past.page).toEqual({ total: all.total, offset: all.total, rows: [] });
  });

  it("sorts by index and by Vietnamese name, either way", async () => {
    const byIndex = (await rows({ sort: "INDEX", descending: true })).page.rows.map((r) => r.index);
    expect(byIndex).toEqual([...byIndex].sort((a, b) => b - a));
    const byName = (await rows({ sort: "NAME" })).page.rows.map((r) => r.unitName);
    expect(byName).toEqual([...byName].sort(compareVietnamese));
    const backwards = (await rows({ sort: "NAME", descending: true })).page.rows.map((r) => r.unitName);
    expect(backwards).toEqual([...byName].reverse());
  });

  it("filters by unit type, tier and a search without tone marks; ties stay marked", async () => {
    const all = await rows({});
    const wards = all.unitTypes.find((t) => t.code === "xa")!;
    const onlyWards = await rows({ unitTypeId: wards.id });
    expect(onlyWards.page.total).toBe(all.page.rows.filter((r) => r.unitType.code === "xa").length);
    expect(onlyWards.page.rows.every((r) => r.unitType.code === "xa")).toBe(true);

    const tier = all.tiers[0]!;
    expect(all.tiers.map((t) => t.minPercent)).toEqual([...all.tiers.map((t) => t.minPercent)].sort((a, b) => b - a));
    const inTier = await rows({ tierCode: tier.code });
    expect(inTier.page.total).toBe(all.page.rows.filter((r) => r.tier.code === tier.code).length);

    const found = await rows({ search: "long phuoc" });
    expect(found.page.rows.map((r) => r.unitName)).toEqual(["UBND phường Long Phước"]);
    expect((await rows({ search: "không có đơn vị này" })).page).toEqual({ total: 0, offset: 0, rows: [] });

    // a tie is the ranking's: the same whether the page shows one tied unit or all of them
    for (const r of all.page.rows) {
      const alone = await rows({ search: r.unit.code, unitTypeId: r.unitType.id });
      const same = alone.page.rows.find((x) => x.unit.id === r.unit.id);
      if (same) expect(same.tied).toBe(r.tied);
    }
    const tiedCount = all.page.rows.filter(
      (r) => all.page.rows.filter((x) => x.unitType.id === r.unitType.id && x.rank === r.rank).length > 1,
    ).length;
    expect(all.page.rows.filter((r) => r.tied).length).toBe(tiedCount);
  });

  it("refuses a page of more than 200 rows, a negative offset and a long search, saying why", async () => {
    for (const [variables, message] of [
      [{ limit: 201 }, "Mỗi trang có từ 1 đến 200 dòng."],
      [{ limit: 0 }, "Mỗi trang có từ 1 đến 200 dòng."],
      [{ offset: -1 }, "Vị trí bắt đầu phải là số nguyên không âm."],
      [{ search: "a".repeat(201) }, "Từ khóa tìm kiếm tối đa 200 ký tự."],
    ] as const) {
      const res = await page(variables);
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]).toMatchObject({ message, extensions: { code: "VALIDATION_FAILED" } });
      expect(JSON.stringify(res.body.errors)).not.toMatch(/stack|at \//);
    }
  });

  it("costs the same statements whatever the page, sort or filter", async () => {
    h.freshAnswers = true; // count what the resolvers run, not a kept answer
    await rows({}); // warm: the session, the ranking
    const counts: number[] = [];
    for (const variables of [
      { offset: 0, limit: 5 },
      { offset: 10, limit: 5 },
      { offset: 0, limit: 200, sort: "NAME", descending: true },
      { offset: 3, limit: 2, sort: "INDEX", search: "phuong" },
    ]) {
      h.db.statements.length = 0;
      await rows(variables);
      counts.push(h.db.statements.length);
    }
    expect(new Set(counts).size).toBe(1);
    h.freshAnswers = false;
  });
});
