// The units list (Query.units) at scale: filtered on the server by type, state and a search on name or
// code, sorted by type, name or code either way, paged by cursor; the statements of a page the same
// whatever the page or the filter; a search too long refused with a clear message.
import { compareVietnamese } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const UNITS = `query($first: Int!, $after: String, $typeCode: String, $active: Boolean, $search: String,
                   $sort: UnitSort, $descending: Boolean) {
  units(first: $first, after: $after, typeCode: $typeCode, active: $active, search: $search, sort: $sort,
        descending: $descending) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id code name active type { code } } }
  }
}`;

interface UnitNode {
  id: string;
  code: string;
  name: string;
  active: boolean;
  type: { code: string };
}

let h: Harness;
let office: string;

async function units(variables: Record<string, unknown>) {
  const res = await h.gql<{
    units: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: UnitNode }[];
    };
  }>(UNITS, { first: 200, ...variables }, office);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.units;
}

beforeAll(async () => {
  h = await startHarness();
  office = await h.login("noivu@cchc.demo");
});

afterAll(async () => {
  await h?.close();
});

describe("Query.units: filters, sorts and pages on the server", () => {
  it("filters by type, state and a search on name or code (case ignored)", async () => {
    const all = await units({});
    expect(all.totalCount).toBe(all.edges.length);
    const wards = await units({ typeCode: "xa" });
    expect(wards.edges.every((e) => e.node.type.code === "xa")).toBe(true);
    expect(wards.totalCount).toBe(all.edges.filter((e) => e.node.type.code === "xa").length);

    const active = await units({ active: true });
    expect(active.edges.every((e) => e.node.active)).toBe(true);
    const inactive = await units({ active: false });
    expect(active.totalCount + inactive.totalCount).toBe(all.totalCount);

    const found = await units({ search: "long phước" });
    expect(found.edges.map((e) => e.node.name)).toContain("UBND phường Long Phước");
    expect(found.edges.every((e) => /long phước/i.test(e.node.name) || /long phước/i.test(e.node.code))).toBe(true);
    const someCode = all.edges[0]!.node.code;
    expect((await units({ search: someCode.toUpperCase() })).edges.map((e) => e.node.code)).toContain(someCode);
    expect((await units({ search: "không có đơn vị này" })).totalCount).toBe(0);
  });

  it("sorts by name in Vietnamese order, by code, either way", async () => {
    const byName = (await units({ sort: "NAME" })).edges.map((e) => e.node.name);
    expect(byName).toEqual([...byName].sort(compareVietnamese));
    const backwards = (await units({ sort: "NAME", descending: true })).edges.map((e) => e.node.name);
    expect(backwards).toEqual([...byName].reverse());
    const byCode = (await units({ sort: "CODE" })).edges.map((e) => e.node.code);
    expect(byCode).toEqual([...byCode].sort());
  });

  it("pages by cursor with a filter and a sort: every unit once, the same statements per page", async () => {
    const whole = await units({ sort: "NAME", active: true });
    const seen: string[] = [];
    const counts: number[] = [];
    let after: string | null = null;
    do {
      h.db.statements.length = 0;
      const page = await units({ first: 4, after, sort: "NAME", active: true });
      counts.push(h.db.statements.length);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
    expect(counts.length).toBeGreaterThan(2);
    expect(new Set(counts.slice(1)).size).toBe(1);
  });

  it("refuses a search over 200 characters, saying why", async () => {
    const res = await h.gql(UNITS, { first: 5, search: "a".repeat(201) }, office);
    expect(res.body.errors?.[0]).toMatchObject({
      message: "Từ khóa tìm kiếm tối đa 200 ký tự.",
      extensions: { code: "VALIDATION_FAILED" },
    });
  });
});
