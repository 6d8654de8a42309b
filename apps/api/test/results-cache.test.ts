// The live ranking is computed once and served from the cache until something it is computed from
// changes (the year's results revision, bumped by database triggers) or the day moves: a score saved
// through the API, a score entry, a bonus, a framework node, a plan task, a unit's name or code written
// straight to the database all show in the next read; a read with nothing changed computes nothing.
// On the sample calendar's round 1 (01/12–15/12/2021).
import { Prisma } from "@cchc/db";
import { sampleYear } from "@cchc/db/testing";
import { yearResultsComputations, yearResultsKey } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const RESULTS = `query {
  year(year: 2021) {
    results {
      __typename
      ... on YearResults { source rows { unit { code } unitName points maxPoints index rank } }
    }
  }
}`;

const SAVE = `mutation($input: SaveScoreEntryInput!) {
  saveScoreEntry(input: $input) { __typename ... on Error { code message } }
}`;

type Row = { unit: { code: string }; unitName: string; points: number; maxPoints: number; index: number; rank: number };

let h: Harness;
let office: string;
let yearId: string;
let unitIds: Map<string, string>;
let leaf: { id: string; code: string; max: number; appliesTo: string[] };

async function ranking(): Promise<Map<string, Row>> {
  const res = await h.gql<{ year: { results: { __typename: string; source: string; rows: Row[] } } }>(
    RESULTS,
    {},
    office,
  );
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const results = res.body.data!.year.results;
  expect(results).toMatchObject({ __typename: "YearResults", source: "LIVE" });
  return new Map(results.rows.map((r) => [r.unit.code, r]));
}

/** The ranking, and how many computations the read caused. */
async function read(): Promise<{ rows: Map<string, Row>; computed: number }> {
  const before = yearResultsComputations();
  const rows = await ranking();
  return { rows, computed: yearResultsComputations() - before };
}

beforeAll(async () => {
  h = await startHarness({ now: new Date("2021-12-05T03:00:00Z") });
  office = await h.login("noivu@cchc.demo");
  const sample = await sampleYear(h.db.prisma);
  yearId = sample.year.id;
  unitIds = sample.unitIds;
  const node = await h.db.prisma.frameworkNode.findFirstOrThrow({
    where: {
      framework: { yearId },
      children: { none: {} },
      scoreSource: "APPRAISED_ONLY",
      appliesTo: { has: "phong" },
    },
    orderBy: { position: "asc" },
  });
  leaf = { id: node.id, code: node.code, max: Number(node.maxPoints), appliesTo: node.appliesTo };
});

afterAll(async () => {
  await h?.close();
});

describe("the ranking cache", () => {
  it("computes once, then serves the same ranking while nothing changes", async () => {
    const first = await read();
    const second = await read();
    expect(second.computed).toBe(0);
    expect([...second.rows.values()]).toEqual([...first.rows.values()]);
  });

  it("shows a score saved through the API in the next read", async () => {
    const before = await read();
    const res = await h.gql<{ saveScoreEntry: { __typename: string } }>(
      SAVE,
      {
        input: {
          yearId,
          unitId: unitIds.get("tu-phap"),
          leafCode: leaf.code,
          source: "ROUND1",
          version: null,
          points: leaf.max,
          comment: "Đạt",
        },
      },
      office,
    );
    expect(res.body.data?.saveScoreEntry, JSON.stringify(res.body)).toMatchObject({
      __typename: "SaveScoreEntrySuccess",
    });
    const after = await read();
    expect(after.computed).toBe(1);
    expect(after.rows.get("tu-phap")!.points).toBeCloseTo(before.rows.get("tu-phap")!.points + leaf.max, 4);
    expect((await read()).computed).toBe(0);
  });

  it("shows changes written straight to the database (entries, bonuses, framework, units)", async () => {
    const author = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    const base = (await read()).rows;

    // a score entry of another unit
    const entry = await h.db.prisma.scoreEntry.create({
      data: {
        yearId,
        unitId: unitIds.get("tai-chinh")!,
        nodeId: leaf.id,
        source: "ROUND1",
        points: new Prisma.Decimal(leaf.max / 2),
        authorId: author.id,
      },
    });
    let now = await read();
    expect(now.computed).toBe(1);
    expect(now.rows.get("tai-chinh")!.points).toBeCloseTo(base.get("tai-chinh")!.points + leaf.max / 2, 4);

    // the same entry changed, then deleted
    await h.db.prisma.scoreEntry.update({ where: { id: entry.id }, data: { points: new Prisma.Decimal(0) } });
    now = await read();
    expect(now.computed).toBe(1);
    expect(now.rows.get("tai-chinh")!.points).toBeCloseTo(base.get("tai-chinh")!.points, 4);
    await h.db.prisma.scoreEntry.delete({ where: { id: entry.id } });
    expect((await read()).computed).toBe(1);

    // a bonus
    const bonus = await h.db.prisma.unitAdjustment.create({
      data: {
        yearId,
        unitId: unitIds.get("van-hoa")!,
        kind: "BONUS",
        points: new Prisma.Decimal(1),
        reason: "Mô hình hay",
      },
    });
    now = await read();
    expect(now.rows.get("van-hoa")!.points).toBeCloseTo(base.get("van-hoa")!.points + 1, 4);
    await h.db.prisma.unitAdjustment.delete({ where: { id: bonus.id } });
    now = await read();
    expect(now.rows.get("van-hoa")!.points).toBeCloseTo(base.get("van-hoa")!.points, 4);

    // the framework: the leaf no longer applies to offices, so their maximum drops by its points
    await h.db.prisma.frameworkNode.update({
      where: { id: leaf.id },
      data: { appliesTo: leaf.appliesTo.filter((t) => t !== "phong") },
    });
    now = await read();
    expect(now.computed).toBe(1);
    expect(now.rows.get("tu-phap")!.maxPoints).toBeCloseTo(base.get("tu-phap")!.maxPoints - leaf.max, 4);
    await h.db.prisma.frameworkNode.update({ where: { id: leaf.id }, data: { appliesTo: leaf.appliesTo } });
    expect((await read()).rows.get("tu-phap")!.maxPoints).toBeCloseTo(base.get("tu-phap")!.maxPoints, 4);

    // the unit's name in the year
    await h.db.prisma.yearUnit.update({
      where: { yearId_unitId: { yearId, unitId: unitIds.get("tu-phap")! } },
      data: { nameInYear: "Phòng Tư pháp (đổi tên)" },
    });
    now = await read();
    expect(now.computed).toBe(1);
    expect(now.rows.get("tu-phap")!.unitName).toBe("Phòng Tư pháp (đổi tên)");

    // the unit record itself (the rows' `unit`, kept with the cached ranking)
    await h.db.prisma.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { code: "tu-phap-moi" } });
    now = await read();
    expect(now.computed).toBe(1);
    expect(now.rows.has("tu-phap")).toBe(false);
    expect(now.rows.get("tu-phap-moi")!.unitName).toBe("Phòng Tư pháp (đổi tên)");
    await h.db.prisma.unit.update({ where: { id: unitIds.get("tu-phap")! }, data: { code: "tu-phap" } });
    expect((await read()).rows.has("tu-phap")).toBe(true);
  });

  it("recomputes for a plan task's change (automatic leaves read the plan)", async () => {
    await read();
    const task = await h.db.prisma.planTask.findFirstOrThrow({ where: { yearId }, orderBy: { position: "asc" } });
    await h.db.prisma.planTask.update({ where: { id: task.id }, data: { status: task.status } });
    expect((await read()).computed).toBe(1);
    expect((await read()).computed).toBe(0);
  });

  it("keys the ranking by the revision and the automatic leaves' day, which stops at the year's end", async () => {
    const day = (iso: string) => yearResultsKey(h.db.prisma, yearId, 2021, new Date(iso));
    expect(await day("2021-12-05T03:00:00Z")).not.toBe(await day("2021-12-06T03:00:00Z"));
    expect(await day("2022-03-01T03:00:00Z")).toBe(await day("2023-01-01T03:00:00Z"));
    const before = await day("2021-12-05T03:00:00Z");
    await h.db.prisma.unitAdjustment.create({
      data: { yearId, unitId: unitIds.get("tu-phap")!, kind: "PENALTY", points: new Prisma.Decimal(1), reason: "Chậm" },
    });
    expect(await day("2021-12-05T03:00:00Z")).not.toBe(before);
  });
});
