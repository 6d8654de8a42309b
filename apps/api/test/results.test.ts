// A year's results over the real API: ranking from score entries inserted here, ties sharing a rank,
// who may read a scorecard before publication, what-if writing nothing, lock → approve → publish in
// order and by the right people, the public ranking without login (published years only), and the
// statements of the ranking query not growing with the number of units.
import { Prisma } from "@cchc/db";
import { sampleYear } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
let yearId: string;
let unitIds: Map<string, string>;
const cookies: Record<string, string> = {};
let leafA: { id: string; code: string; max: number };
let leafB: { id: string; code: string; max: number };

const RESULTS = `query($year: Int!, $type: String) {
  year(year: $year) {
    results(unitTypeCode: $type) {
      __typename
      ... on Error { code }
      ... on YearResults {
        source
        rows { unit { id code } unitName unitType { code } points maxPoints index tier { code nameVi nameEn } rank rankOf
               areaIndices { areaCode index } }
      }
    }
  }
}`;

const SCORECARD = `query($yearId: ID!, $unitId: ID!) {
  unitScorecard(yearId: $yearId, unitId: $unitId) {
    __typename
    ... on ForbiddenError { code reason }
    ... on UnitScorecard {
      unit { code } points index tier { code } bonus penalty
      leaves { code points source rule inputsJson superseded { source points } entries { source points comment authorName version } }
      adjustments { kind points reason }
    }
  }
}`;

const WHAT_IF = `query($yearId: ID!, $unitId: ID!, $changes: [WhatIfChangeInput!]!) {
  whatIf(yearId: $yearId, unitId: $unitId, changes: $changes) {
    __typename
    ... on Error { code }
    ... on WhatIfOutcome { before { index rank tier { code } } after { index rank rankOf tier { code } } indexDelta }
  }
}`;

const PUBLIC = `query($authority: String!, $year: Int!) {
  publicResults(authorityCode: $authority, year: $year) {
    authorityName year
    groups { unitTypeCode rows { rank unitName points index tier { code nameVi } } }
  }
}`;

const snapshotMutation = (name: string) => `mutation($input: ResultSnapshotInput!) {
  ${name}(input: $input) { __typename ... on Error { code message } ... on ForbiddenError { reason } }
}`;

type Row = {
  unit: { id: string; code: string };
  unitType: { code: string };
  points: number;
  maxPoints: number;
  index: number;
  tier: { code: string };
  rank: number;
  rankOf: number;
};
type ResultsData = { year: { results: { __typename: string; code?: string; source?: string; rows?: Row[] } } };

async function results(cookie: string | null, type?: string) {
  const res = await h.gql<ResultsData>(RESULTS, { year: 2021, type }, cookie);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.year.results;
}

async function snapshotVersion() {
  return (await h.db.prisma.resultSnapshot.findUnique({ where: { yearId } }))?.version ?? 0;
}

async function runSnapshot(name: string, cookie: string) {
  const res = await h.gql<Record<string, { __typename: string; code?: string; reason?: string }>>(
    snapshotMutation(name),
    { input: { yearId, version: await snapshotVersion() } },
    cookie,
  );
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![name]!;
}

async function entry(
  unitCode: string,
  leaf: { id: string },
  source: "SELF" | "ROUND1",
  points: number,
  comment: string,
) {
  const author = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
  await h.db.prisma.scoreEntry.create({
    data: {
      yearId,
      unitId: unitIds.get(unitCode)!,
      nodeId: leaf.id,
      source,
      points: new Prisma.Decimal(points),
      comment,
      authorId: author.id,
    },
  });
}

async function databaseDigest() {
  const [entries, snapshot, year, audit] = await Promise.all([
    h.db.prisma.scoreEntry.findMany({ orderBy: { id: "asc" } }),
    h.db.prisma.resultSnapshot.findMany(),
    h.db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId } }),
    h.db.prisma.auditLog.count(),
  ]);
  return JSON.stringify({ entries, snapshot, year, audit });
}

beforeAll(async () => {
  h = await startHarness();
  const sample = await sampleYear(h.db.prisma);
  yearId = sample.year.id;
  unitIds = sample.unitIds;
  const leaves = (
    await h.db.prisma.frameworkNode.findMany({
      where: { framework: { yearId }, children: { none: {} } },
      orderBy: { position: "asc" },
    })
  )
    .filter((l) => (l.appliesTo.length === 0 || l.appliesTo.includes("phong")) && l.scoreSource !== "SURVEY")
    .slice(0, 2);
  [leafA, leafB] = leaves.map((l) => ({ id: l.id, code: l.code, max: Number(l.maxPoints) })) as [
    typeof leafA,
    typeof leafB,
  ];
  // Tư pháp and Tài chính-Kế hoạch: the same points (a tie); Văn hóa: less; the others: nothing.
  await entry("tu-phap", leafA, "SELF", leafA.max, "Tự chấm đủ điểm");
  await entry("tu-phap", leafA, "ROUND1", leafA.max / 2, "Thiếu tài liệu kiểm chứng");
  await entry("tu-phap", leafB, "ROUND1", leafB.max, "Đạt");
  await entry("tai-chinh", leafA, "ROUND1", leafA.max / 2, "Đạt một phần");
  await entry("tai-chinh", leafB, "ROUND1", leafB.max, "Đạt");
  await entry("van-hoa", leafB, "ROUND1", leafB.max, "Đạt");
  await h.db.prisma.unitAdjustment.create({
    data: {
      yearId,
      unitId: unitIds.get("van-hoa")!,
      kind: "BONUS",
      points: new Prisma.Decimal(0.5),
      reason: "Mô hình hay",
    },
  });
  await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "APPRAISAL" } });
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.admin = await h.login("admin@cchc.demo");
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.ward = await h.login("longphuoc@cchc.demo");
});
afterAll(async () => {
  await h?.close();
});

describe("results before publication", () => {
  it("ranks the scored units per unit type from their entries; equal indices share a rank", async () => {
    const r = await results(cookies.office!, "phong");
    expect(r.__typename).toBe("YearResults");
    expect(r.source).toBe("LIVE");
    const rows = r.rows!;
    expect(rows.every((row) => row.unitType.code === "phong")).toBe(true);
    const byCode = new Map(rows.map((row) => [row.unit.code, row]));
    const tuPhap = byCode.get("tu-phap")!;
    const taiChinh = byCode.get("tai-chinh")!;
    const vanHoa = byCode.get("van-hoa")!;
    expect(tuPhap.points).toBeCloseTo(leafA.max / 2 + leafB.max, 4);
    expect(tuPhap.index).toBeCloseTo(Math.round((10_000 * tuPhap.points) / tuPhap.maxPoints) / 100, 2);
    expect([tuPhap.rank, taiChinh.rank]).toEqual([1, 1]);
    expect(tuPhap.index).toBe(taiChinh.index);
    // Văn hóa: leaf B plus a 0.5 bonus, below the tie unless leaf A's half is ≤ 0.5
    expect(vanHoa.points).toBeCloseTo(leafB.max + 0.5, 4);
    expect(vanHoa.rank).toBe(leafA.max / 2 > 0.5 ? 3 : 1);
    const zero = rows.filter((row) => row.points === 0);
    expect(zero.length).toBeGreaterThan(0);
    expect(new Set(zero.map((row) => row.rank))).toEqual(new Set([rows.length - zero.length + 1]));
    expect(rows.every((row) => row.rankOf === rows.length)).toBe(true);
    // the vertical agencies are not scored in the sample year
    const all = await results(cookies.leadership!);
    expect(all.rows!.some((row) => row.unitType.code === "nganh_doc")).toBe(false);
    expect(all.rows!.some((row) => row.unitType.code === "xa")).toBe(true);
  });

  it("is refused to unit officers and inspectors before publication", async () => {
    expect(await results(cookies.justice!)).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    expect((await results(cookies.admin!)).__typename).toBe("YearResults");
  });

  it("explains a unit's score leaf by leaf to its own officer, and refuses another unit's officer", async () => {
    const vars = { yearId, unitId: unitIds.get("tu-phap") };
    const own = await h.gql<{ unitScorecard: Record<string, unknown> }>(SCORECARD, vars, cookies.justice);
    const card = own.body.data!.unitScorecard as {
      __typename: string;
      points: number;
      leaves: Array<{
        code: string;
        points: number;
        source: string;
        superseded: Array<{ source: string; points: number }>;
        entries: Array<{ source: string; comment: string; authorName: string; version: number }>;
      }>;
    };
    expect(card.__typename).toBe("UnitScorecard");
    const a = card.leaves.find((l) => l.code === leafA.code)!;
    expect(a).toMatchObject({ points: leafA.max / 2, source: "round1" });
    expect(a.superseded).toEqual([{ source: "self", points: leafA.max }]);
    expect(a.entries.map((e) => e.comment).sort()).toEqual(["Thiếu tài liệu kiểm chứng", "Tự chấm đủ điểm"]);
    expect(a.entries[0]!.authorName).toBeTruthy();
    // the version a form sends back to change the entry
    expect(a.entries[0]!.version).toBe(1);

    const other = await h.gql<{ unitScorecard: Record<string, unknown> }>(SCORECARD, vars, cookies.ward);
    expect(other.body.data!.unitScorecard).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_YOUR_UNIT" });
    const vh = await h.gql<{ unitScorecard: { adjustments: unknown[] } }>(
      SCORECARD,
      { yearId, unitId: unitIds.get("van-hoa") },
      cookies.office,
    );
    expect(vh.body.data!.unitScorecard.adjustments).toEqual([{ kind: "BONUS", points: 0.5, reason: "Mô hình hay" }]);
  });

  it("answers what-if without writing anything", async () => {
    const before = await databaseDigest();
    const res = await h.gql<{ whatIf: Record<string, unknown> }>(
      WHAT_IF,
      {
        yearId,
        unitId: unitIds.get("tai-chinh"),
        changes: [
          { leafCode: leafA.code, points: leafA.max },
          { leafCode: leafB.code, points: leafB.max },
        ],
      },
      cookies.office,
    );
    const w = res.body.data!.whatIf as {
      before: { rank: number; index: number };
      after: { rank: number; index: number };
      indexDelta: number;
    };
    expect(w).toMatchObject({ __typename: "WhatIfOutcome", before: { rank: 1 }, after: { rank: 1 } });
    expect(w.after.index).toBeGreaterThan(w.before.index);
    expect(w.indexDelta).toBeCloseTo(w.after.index - w.before.index, 2);
    expect(await databaseDigest()).toBe(before);

    const bad = await h.gql<{ whatIf: Record<string, unknown> }>(
      WHAT_IF,
      { yearId, unitId: unitIds.get("tai-chinh"), changes: [{ leafCode: leafA.code, points: leafA.max + 1 }] },
      cookies.office,
    );
    expect(bad.body.data!.whatIf).toMatchObject({ __typename: "ValidationError" });
    const officer = await h.gql<{ whatIf: Record<string, unknown> }>(
      WHAT_IF,
      { yearId, unitId: unitIds.get("tu-phap"), changes: [{ leafCode: leafA.code, points: 0 }] },
      cookies.justice,
    );
    expect(officer.body.data!.whatIf).toMatchObject({ __typename: "ForbiddenError" });
  });

  it("reads the ranking in the same number of statements for fewer units (no N+1)", async () => {
    // a write (same values) bumps the year's results revision: the next read computes, not from the cache
    await h.db.prisma.yearUnit.updateMany({
      where: { yearId, unit: { type: { code: "xa" } } },
      data: { scored: true },
    });
    h.db.statements.length = 0;
    expect((await results(cookies.office!)).rows!.length).toBeGreaterThan(10);
    const many = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    // session (2) + the year by number (2) + status and snapshot (2) + the results revision (1) + framework
    // with nodes, year units with unit and type, entries, adjustments (7) + the automatic leaves' data: plan
    // tasks with lead units, report periods and submissions, visits, survey answers (6) + the rows' units
    // (1): 22 whatever the number of units
    expect(many).toBeLessThanOrEqual(22);
    const dropped = await h.db.prisma.yearUnit.updateMany({
      where: { yearId, unit: { type: { code: "xa" } } },
      data: { scored: false },
    });
    h.db.statements.length = 0;
    const fewer = await results(cookies.office!);
    expect(fewer.rows!.length).toBeLessThan(10);
    expect(h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length).toBe(many);
    await h.db.prisma.yearUnit.updateMany({
      where: { yearId, unit: { type: { code: "xa" } } },
      data: { scored: true },
    });
    expect(dropped.count).toBeGreaterThan(0);
  });

  it("has no public ranking before publication", async () => {
    const res = await h.gql<{ publicResults: unknown }>(PUBLIC, { authority: "phuoc-long", year: 2021 }, null);
    expect(res.body).toEqual({ data: { publicResults: null } });
  });
});

describe("lock → approve → publish", () => {
  it("refuses steps out of order and by the wrong people", async () => {
    expect(await runSnapshot("approveResults", cookies.leadership!)).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await runSnapshot("lockResults", cookies.leadership!)).toMatchObject({ __typename: "ForbiddenError" });
    expect(await runSnapshot("lockResults", cookies.admin!)).toMatchObject({ __typename: "ForbiddenError" });
    expect(await runSnapshot("lockResults", cookies.office!)).toMatchObject({ __typename: "ResultSnapshotSuccess" });
    // Home Affairs may publish only after leadership approved
    expect(await runSnapshot("publishResults", cookies.office!)).toMatchObject({ __typename: "ForbiddenError" });
    expect(await runSnapshot("publishResults", cookies.leadership!)).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await runSnapshot("approveResults", cookies.office!)).toMatchObject({ __typename: "ForbiddenError" });
    expect(await runSnapshot("approveResults", cookies.leadership!)).toMatchObject({
      __typename: "ResultSnapshotSuccess",
    });
    // a stale version is a conflict
    const stale = await h.gql<{ publishResults: { __typename: string } }>(
      snapshotMutation("publishResults"),
      { input: { yearId, version: 1 } },
      cookies.office,
    );
    expect(stale.body.data!.publishResults.__typename).toBe("ConflictError");
    expect(await runSnapshot("publishResults", cookies.office!)).toMatchObject({ __typename: "ResultSnapshotSuccess" });

    const year = await h.db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId } });
    expect(year.status).toBe("PUBLISHED");
    // the snapshot names who did each step
    const names = async (email: string) => (await h.db.prisma.user.findUniqueOrThrow({ where: { email } })).fullName;
    const steps = await h.gql<{ year: { resultSnapshot: Record<string, string | null> } }>(
      `{ year(year: 2021) { resultSnapshot { lockedByName approvedByName publishedByName } } }`,
      {},
      cookies.leadership,
    );
    expect(steps.body.data!.year.resultSnapshot).toEqual({
      lockedByName: await names("noivu@cchc.demo"),
      approvedByName: await names("lanhdao@cchc.demo"),
      publishedByName: await names("noivu@cchc.demo"),
    });
    const audit = await h.db.prisma.auditLog.findMany({
      where: { action: { in: ["results.lock", "results.approve", "results.publish", "year.status_change"] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "results.lock",
      "results.approve",
      "results.publish",
      "year.status_change",
    ]);
  });

  it("after publication: everyone signed in reads the snapshot, nobody changes it", async () => {
    const snapshot = await h.db.prisma.resultSnapshot.findUniqueOrThrow({ where: { yearId } });
    // entries changed afterwards (directly, as a stray write) do not change the published ranking
    await entry("van-hoa", leafA, "ROUND1", leafA.max, "Sau công bố");
    const r = await results(cookies.ward!, "phong");
    expect(r.source).toBe("SNAPSHOT");
    expect(r.rows!.find((row) => row.unit.code === "van-hoa")!.points).toBeCloseTo(leafB.max + 0.5, 4);
    expect((await runSnapshot("lockResults", cookies.office!)).reason).toBe("YEAR_PUBLISHED");
    expect(await h.db.prisma.resultSnapshot.findUniqueOrThrow({ where: { yearId } })).toEqual(snapshot);
    const other = await h.gql<{ unitScorecard: { __typename: string } }>(
      SCORECARD,
      { yearId, unitId: unitIds.get("tu-phap") },
      cookies.ward,
    );
    expect(other.body.data!.unitScorecard.__typename).toBe("UnitScorecard");
  });

  it("publishes the ranking per unit type with tiers, without login", async () => {
    const res = await h.gql<{
      publicResults: { groups: Array<{ unitTypeCode: string; rows: Array<{ rank: number; unitName: string }> }> };
    }>(PUBLIC, { authority: "phuoc-long", year: 2021 }, null);
    expect(res.body.errors).toBeUndefined();
    const groups = res.body.data!.publicResults.groups;
    expect(groups.map((g) => g.unitTypeCode)).toEqual(["phong", "xa"]);
    expect(groups[0]!.rows.slice(0, 2).map((row) => row.rank)).toEqual([1, 1]);
    const unknown = await h.gql(PUBLIC, { authority: "khong-co", year: 2021 }, null);
    expect(unknown.body).toEqual({ data: { publicResults: null } });
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});
