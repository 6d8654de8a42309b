// A year's results: the ranking (EvaluationYear.results), one unit's scorecard, what-if, the
// lock → approve → publish of the results snapshot, and the public published ranking. The rules and
// the computing live in @cchc/services (results/*) and @cchc/domain; these resolvers stay thin.
import {
  can,
  type ClassificationTier,
  pageOfSortedRows,
  RESULT_PAGE_MAX_LIMIT,
  type ResultPageSortKey,
  resultPageProblems,
  type SortedResultRows,
  sharedRank,
  sortResultRows,
} from "@cchc/domain";
import {
  approveResults,
  lockResults,
  publicResults,
  publishResults,
  type PublicResultGroup,
  type PublicResults,
  type ResultAdjustment,
  type ResultEntry,
  type ResultRow,
  type ScorecardLeaf,
  type UnitScorecard,
  unitScorecard,
  whatIfResults,
  type WhatIfResults,
  type YearResults,
  yearResults,
} from "@cchc/services";
import type { Prisma } from "@cchc/db";
import { builder } from "../builder.js";
import { type Context, operation } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { UnitRef } from "./unit.js";

type Unit = Prisma.UnitGetPayload<object>;

const TierRef = builder.objectRef<ClassificationTier>("ResultTier").implement({
  description: "A classification tier (xếp loại), e.g. Xuất sắc ≥ 90.",
  fields: (t) => ({
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
    minPercent: t.exposeFloat("minPercent"),
  }),
});

const AreaIndexRef = builder.objectRef<{ areaCode: string; index: number | null }>("AreaIndex").implement({
  description: "An area's sub-index: 100 × earned ÷ maximum of its applicable items (no bonus/penalty).",
  fields: (t) => ({
    areaCode: t.exposeString("areaCode"),
    index: t.exposeFloat("index", { nullable: true, description: "null when nothing in the area applies." }),
  }),
});

interface UnitTypeInfo {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
}

const ResultUnitTypeRef = builder.objectRef<UnitTypeInfo>("ResultUnitType").implement({
  description: "The unit's type in that year (units are ranked within their type).",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
  }),
});

type RowWithUnit = ResultRow & { unitRecord: Unit; tied: boolean };

const ResultRowRef = builder.objectRef<RowWithUnit>("ResultRow").implement({
  description: "One unit's line of the ranking.",
  fields: (t) => ({
    unit: t.field({ type: UnitRef, resolve: (r) => r.unitRecord }),
    unitName: t.exposeString("unitName", { description: "The unit's name in that year." }),
    unitType: t.field({
      type: ResultUnitTypeRef,
      resolve: (r) => ({ id: r.unitTypeId, code: r.unitTypeCode, nameVi: r.unitTypeNameVi, nameEn: r.unitTypeNameEn }),
    }),
    points: t.exposeFloat("points", { description: "Points counted: earned + bonus − penalty." }),
    earned: t.exposeFloat("earned"),
    bonus: t.exposeFloat("bonus"),
    penalty: t.exposeFloat("penalty"),
    maxPoints: t.exposeFloat("maxPoints", { description: "Maximum points of the items that apply to the unit." }),
    index: t.exposeFloat("index", { description: "100 × points ÷ maxPoints, 2 decimals, 0..100." }),
    tier: t.field({ type: TierRef, resolve: (r) => r.tier }),
    rank: t.exposeInt("rank", { description: "Within the unit type; equal indices share a rank (1, 2, 2, 4)." }),
    tied: t.exposeBoolean("tied", {
      description: "Another unit of the same type has the same rank (a tie), whatever page or filter shows this row.",
    }),
    rankOf: t.exposeInt("rankOf", { description: "Units of the same type." }),
    areaIndices: t.field({ type: [AreaIndexRef], resolve: (r) => r.areaIndices }),
  }),
});

const ResultSourceEnum = builder.enumType("ResultSource", {
  values: {
    SNAPSHOT: { description: "The published snapshot, exactly as published." },
    LIVE: { description: "Computed now from the score entries (before publication)." },
  } as const,
});

type YearResultsWithUnits = Omit<YearResults, "rows"> & { rows: RowWithUnit[] };

const YearResultsRef = builder.objectRef<YearResultsWithUnits>("YearResults").implement({
  description: "A year's ranking, grouped by unit type, then rank.",
  fields: (t) => ({
    source: t.expose("source", { type: ResultSourceEnum }),
    computedAt: t.expose("computedAt", { type: "DateTime" }),
    rows: t.field({ type: [ResultRowRef], resolve: (r) => r.rows }),
  }),
});

/**
 * A live ranking's rows with their Unit records, kept per database client and year while the
 * ranking's revision holds (a change to a unit bumps it too): a 10,000-unit ranking read again costs
 * no query for its units. The last few years only.
 */
const rowsWithUnits = new WeakMap<object, Map<string, { key: string; rows: RowWithUnit[] }>>();

/** Attaches each row's Unit record: one query for all rows, none while the live ranking is unchanged. */
async function withUnits(
  ctx: Context,
  results: YearResults,
  unitTypeCode: string | null,
): Promise<YearResultsWithUnits> {
  const key = results.revision === null ? null : `${results.revision}|${unitTypeCode ?? ""}`;
  const years = rowsWithUnits.get(ctx.prisma) ?? new Map<string, { key: string; rows: RowWithUnit[] }>();
  const hit = years.get(results.yearId);
  if (key !== null && hit?.key === key) return { ...results, rows: hit.rows };
  const units = await ctx.prisma.unit.findMany({ where: { id: { in: results.rows.map((r) => r.unitId) } } });
  const byId = new Map(units.map((u) => [u.id, u]));
  const tied = sharedRank(results.rows);
  const rows = results.rows.flatMap((r) => {
    const unitRecord = byId.get(r.unitId);
    return unitRecord ? [{ ...r, unitRecord, tied: tied(r) }] : [];
  });
  if (key !== null) {
    years.delete(results.yearId);
    years.set(results.yearId, { key, rows });
    for (const old of years.keys()) if (years.size > 4) years.delete(old);
    rowsWithUnits.set(ctx.prisma, years);
  }
  return { ...results, rows };
}

const SupersededRef = builder.objectRef<{ source: string; points: number | null }>("SupersededValue").implement({
  description: "A value that was present but lost on precedence.",
  fields: (t) => ({
    source: t.exposeString("source"),
    points: t.exposeFloat("points", { nullable: true }),
  }),
});

type EntryWithAuthor = ResultEntry & { authorName: string | null };

export const ScorecardEntryRef = builder.objectRef<EntryWithAuthor>("ScorecardEntry").implement({
  description: "A stored score entry of the leaf (self-assessment, explanation, appraisal round, …).",
  fields: (t) => ({
    id: t.exposeID("id"),
    source: t.exposeString("source", { description: "SELF, EXPLANATION, ROUND1, ROUND2, AUTO, SURVEY, OVERRIDE, …" }),
    points: t.exposeFloat("points", { nullable: true }),
    inputsJson: t.string({
      nullable: true,
      description: "The method's raw inputs as JSON, when given as inputs.",
      resolve: (e) => (e.inputs === null ? null : JSON.stringify(e.inputs)),
    }),
    comment: t.exposeString("comment", { nullable: true }),
    reasonCode: t.exposeString("reasonCode", { nullable: true }),
    authorName: t.exposeString("authorName", { nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    version: t.exposeInt("version", { description: "Send it back with saveScoreEntry to change this entry." }),
  }),
});

type LeafWithAuthors = Omit<ScorecardLeaf, "entries"> & { entries: EntryWithAuthor[] };

const ScorecardLeafRef = builder.objectRef<LeafWithAuthors>("ScorecardLeaf").implement({
  description: "Why a leaf has its points: the value counted, its source, the rule and what it lost against.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    areaCode: t.exposeString("areaCode"),
    maxPoints: t.exposeFloat("maxPoints"),
    method: t.exposeString("method", { nullable: true }),
    applicable: t.exposeBoolean("applicable", { description: "false: marked not applicable for this unit." }),
    points: t.exposeFloat("points", { description: "Points counted in the index (0 when missing)." }),
    source: t.exposeString("source", { nullable: true, description: "override, round2, round1, auto, self, survey." }),
    rule: t.exposeString("rule", { description: 'The rule applied, e.g. "checklist: 4/5 × 1 = 0.8".' }),
    inputsJson: t.string({
      nullable: true,
      description: "The inputs the rule used, as JSON.",
      resolve: (l) => (l.inputs === null ? null : JSON.stringify(l.inputs)),
    }),
    missing: t.exposeBoolean("missing"),
    superseded: t.field({
      type: [SupersededRef],
      // the other origins of the value (the domain's six, less the one counted): the query cost counts this many
      extensions: { maxItems: 6 },
      resolve: (l) => l.superseded,
    }),
    notes: t.exposeStringList("notes"),
    entries: t.field({
      type: [ScorecardEntryRef],
      // one entry per source at most: the query cost counts this many
      extensions: { maxItems: 8 },
      resolve: (l) => l.entries,
    }),
  }),
});

export const AdjustmentRef = builder.objectRef<ResultAdjustment>("ScorecardAdjustment").implement({
  description: "A bonus or a penalty with its reason.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.exposeString("kind", { description: "BONUS or PENALTY." }),
    points: t.exposeFloat("points"),
    reason: t.exposeString("reason"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

type ScorecardOut = Omit<UnitScorecard, "leaves"> & { leaves: LeafWithAuthors[]; unitRecord: Unit };

const UnitScorecardRef = builder.objectRef<ScorecardOut>("UnitScorecard").implement({
  description: 'One unit\'s score, leaf by leaf: answers "why does this unit have this index?".',
  fields: (t) => ({
    unit: t.field({ type: UnitRef, resolve: (s) => s.unitRecord }),
    unitType: t.field({
      type: ResultUnitTypeRef,
      resolve: ({ unit: u }) => ({
        id: u.unitTypeId,
        code: u.unitTypeCode,
        nameVi: u.unitTypeNameVi,
        nameEn: u.unitTypeNameEn,
      }),
    }),
    points: t.float({
      description: "earned + bonus − penalty",
      resolve: (s) => Math.round((s.score.earned + s.score.bonus - s.score.penalty) * 10_000) / 10_000,
    }),
    earned: t.float({ resolve: (s) => s.score.earned }),
    bonus: t.float({ description: "As counted (clamped to the framework's cap).", resolve: (s) => s.score.bonus }),
    penalty: t.float({ description: "As counted (clamped to the framework's cap).", resolve: (s) => s.score.penalty }),
    maxPoints: t.float({ resolve: (s) => s.score.max }),
    index: t.float({ resolve: (s) => s.score.index }),
    tier: t.field({ type: TierRef, resolve: (s) => s.score.tier }),
    areaIndices: t.field({
      type: [AreaIndexRef],
      resolve: (s) => s.score.areas.map((a) => ({ areaCode: a.code, index: a.subIndex })),
    }),
    missing: t.stringList({
      description: "Applicable leaves without a score (counted 0).",
      resolve: (s) => s.score.missing,
    }),
    warnings: t.stringList({ resolve: (s) => s.score.warnings }),
    leaves: t.field({ type: [ScorecardLeafRef], resolve: (s) => s.leaves }),
    adjustments: t.field({ type: [AdjustmentRef], resolve: (s) => s.adjustments }),
  }),
});

type Standing = WhatIfResults["before"];

const WhatIfStandingRef = builder.objectRef<Standing>("WhatIfStanding").implement({
  fields: (t) => ({
    index: t.exposeFloat("index"),
    tier: t.field({ type: TierRef, resolve: (s) => s.tier }),
    rank: t.exposeInt("rank"),
    rankOf: t.exposeInt("rankOf"),
  }),
});

const WhatIfOutcomeRef = builder.objectRef<WhatIfResults>("WhatIfOutcome").implement({
  description: "The unit's standing now and with the changes; nothing was saved.",
  fields: (t) => ({
    before: t.field({ type: WhatIfStandingRef, resolve: (r) => r.before }),
    after: t.field({ type: WhatIfStandingRef, resolve: (r) => r.after }),
    indexDelta: t.exposeFloat("indexDelta"),
  }),
});

const WhatIfChangeInput = builder.inputType("WhatIfChangeInput", {
  fields: (t) => ({
    leafCode: t.string({ required: true }),
    points: t.float({
      required: true,
      description: "The leaf's points (0..its maximum), as a decision would set them.",
    }),
  }),
});

const PublicRowRef = builder.objectRef<PublicResultGroup["rows"][number]>("PublicResultRow").implement({
  fields: (t) => ({
    rank: t.exposeInt("rank"),
    rankOf: t.exposeInt("rankOf"),
    unitName: t.exposeString("unitName"),
    points: t.exposeFloat("points"),
    maxPoints: t.exposeFloat("maxPoints"),
    index: t.exposeFloat("index"),
    tier: t.field({ type: TierRef, resolve: (r) => r.tier }),
  }),
});

const PublicGroupRef = builder.objectRef<PublicResultGroup>("PublicResultGroup").implement({
  fields: (t) => ({
    unitTypeCode: t.exposeString("unitTypeCode"),
    unitTypeNameVi: t.exposeString("unitTypeNameVi"),
    unitTypeNameEn: t.exposeString("unitTypeNameEn"),
    rows: t.field({ type: [PublicRowRef], resolve: (g) => g.rows }),
  }),
});

const PublicResultsRef = builder.objectRef<PublicResults>("PublicResults").implement({
  description: "A published year's ranking per unit type, as published.",
  fields: (t) => ({
    authorityName: t.exposeString("authorityName"),
    year: t.exposeInt("year"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    groups: t.field({ type: [PublicGroupRef], resolve: (r) => r.groups }),
  }),
});

/** The full name of the person who did a step of the snapshot (null when not done yet). */
async function actorName(ctx: Context, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const user = await ctx.prisma.user.findUnique({ where: { id: userId }, select: { fullName: true } });
  return user?.fullName ?? null;
}

builder.prismaObject("ResultSnapshot", {
  description: "The year's locked results: locked by Home Affairs, approved by leadership, then published.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", {
      description: "Send it back with approveResults, publishResults or lockResults.",
    }),
    lockedAt: t.expose("lockedAt", { type: "DateTime", nullable: true }),
    approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    lockedByName: t.string({
      nullable: true,
      description: "Who locked the results (Home Affairs).",
      select: { lockedById: true },
      resolve: (s, _args, ctx) => actorName(ctx, s.lockedById),
    }),
    approvedByName: t.string({
      nullable: true,
      description: "Who approved them (leadership).",
      select: { approvedById: true },
      resolve: (s, _args, ctx) => actorName(ctx, s.approvedById),
    }),
    publishedByName: t.string({
      nullable: true,
      description: "Who published them.",
      select: { publishedById: true },
      resolve: (s, _args, ctx) => actorName(ctx, s.publishedById),
    }),
    viewerCanApprove: t.boolean({
      select: { approvedAt: true, year: { select: { status: true } } },
      resolve: (s, _args, ctx) =>
        can(ctx.viewer, "results.approve", {
          type: "YearResults",
          unitId: null,
          approved: s.approvedAt !== null,
          yearStatus: s.year.status,
        }),
    }),
    viewerCanPublish: t.boolean({
      select: { approvedAt: true, year: { select: { status: true } } },
      resolve: (s, _args, ctx) =>
        can(ctx.viewer, "results.publish", {
          type: "YearResults",
          unitId: null,
          approved: s.approvedAt !== null,
          yearStatus: s.year.status,
        }),
    }),
  }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  resultSnapshot: t.relation("resultSnapshot", {
    nullable: true,
    description: "The locked (and maybe approved, published) results; null before the first lock.",
  }),
  viewerCanReadResults: t.boolean({
    description: "Whether the viewer may read the whole ranking now.",
    select: { status: true, resultSnapshot: { select: { approvedAt: true } } },
    resolve: (y, _args, ctx) =>
      can(ctx.viewer, "results.read", {
        type: "YearResults",
        unitId: null,
        approved: Boolean(y.resultSnapshot?.approvedAt),
        yearStatus: y.status,
      }),
  }),
  viewerCanLockResults: t.boolean({
    description: "Whether the viewer may compute and lock the results (Home Affairs, before publication).",
    select: { status: true, resultSnapshot: { select: { approvedAt: true } } },
    resolve: (y, _args, ctx) =>
      can(ctx.viewer, "results.lock", {
        type: "YearResults",
        unitId: null,
        approved: Boolean(y.resultSnapshot?.approvedAt),
        yearStatus: y.status,
      }),
  }),
  results: t.field({
    type: YearResultsRef,
    description:
      "The ranking per unit type: once published, the published snapshot for everyone signed in; before, computed " +
      "now, for Home Affairs, leadership and the administrator.",
    args: { unitTypeCode: t.arg.string({ required: false }) },
    select: { id: true },
    errors: { types: [ForbiddenError], directResult: true, union: { name: "YearResultsResult" } },
    resolve: async (y, args, ctx) =>
      withUnits(
        ctx,
        await yearResults(operation(ctx), { yearId: y.id, unitTypeCode: args.unitTypeCode ?? null }),
        args.unitTypeCode ?? null,
      ),
  }),
}));

builder.queryFields((t) => ({
  unitScorecard: t.field({
    type: UnitScorecardRef,
    description:
      "One unit's score, leaf by leaf, with the entries, their authors and comments, and bonus/penalty. Before " +
      "publication: Home Affairs, leadership, the administrator, and the unit's own officer.",
    authScopes: { loggedIn: true },
    args: { yearId: t.arg.id({ required: true }), unitId: t.arg.id({ required: true }) },
    errors: { types: [ForbiddenError, NotFoundError], directResult: true, union: { name: "UnitScorecardResult" } },
    resolve: async (_root, args, ctx) => {
      const card = await unitScorecard(operation(ctx), { yearId: String(args.yearId), unitId: String(args.unitId) });
      const authorIds = [...new Set(card.leaves.flatMap((l) => l.entries.map((e) => e.authorId)))].filter(
        (id): id is string => id !== null,
      );
      const [unitRecord, authors] = await Promise.all([
        ctx.prisma.unit.findUniqueOrThrow({ where: { id: card.unit.unitId } }),
        // no statement when no entry has an author (automatic and generated entries)
        authorIds.length
          ? ctx.prisma.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, fullName: true } })
          : [],
      ]);
      const names = new Map(authors.map((a) => [a.id, a.fullName]));
      return {
        ...card,
        unitRecord,
        leaves: card.leaves.map((l) => ({
          ...l,
          entries: l.entries.map((e) => ({ ...e, authorName: e.authorId ? (names.get(e.authorId) ?? null) : null })),
        })),
      };
    },
  }),
  whatIf: t.field({
    type: WhatIfOutcomeRef,
    description:
      "The unit's index, tier and rank if these leaves had these points, other units unchanged; nothing is saved. " +
      "For whoever may read the whole ranking.",
    authScopes: { loggedIn: true },
    args: {
      yearId: t.arg.id({ required: true }),
      unitId: t.arg.id({ required: true }),
      changes: t.arg({ type: [WhatIfChangeInput], required: true }),
    },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "WhatIfResult" },
    },
    resolve: (_root, args, ctx) =>
      whatIfResults(operation(ctx), {
        yearId: String(args.yearId),
        unitId: String(args.unitId),
        changes: args.changes.map((c) => ({ leafCode: c.leafCode, points: c.points })),
      }),
  }),
  publicResults: t.field({
    type: PublicResultsRef,
    nullable: true,
    description:
      "Without signing in: a PUBLISHED year's ranking per unit type with tiers, as published. null when the year " +
      "is not published (or does not exist).",
    args: { authorityCode: t.arg.string({ required: true }), year: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => publicResults(ctx.prisma, { authorityCode: args.authorityCode, year: args.year }),
  }),
}));

const ResultSnapshotInput = builder.inputType("ResultSnapshotInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    version: t.int({
      required: true,
      description: "The results snapshot's version as seen (0 when the year has none yet).",
    }),
  }),
});

const ResultSnapshotSuccess = builder.objectRef<{ yearId: string }>("ResultSnapshotSuccess").implement({
  fields: (t) => ({
    year: t.prismaField({
      type: "EvaluationYear",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.evaluationYear.findUniqueOrThrow({ ...query, where: { id: root.yearId } }),
    }),
  }),
});

const SNAPSHOT_OPERATIONS = {
  lockResults: {
    run: lockResults,
    union: "LockResultsResult",
    description:
      "Home Affairs: compute every scored unit's results now and lock them as the year's snapshot (in the appraisal " +
      "stage; locking again replaces the snapshot and clears its approval). Audited.",
  },
  approveResults: {
    run: approveResults,
    union: "ApproveResultsResult",
    description: "Leadership: approve the locked snapshot for publication. Audited.",
  },
  publishResults: {
    run: publishResults,
    union: "PublishResultsResult",
    description:
      "Leadership, or Home Affairs once approved: publish the snapshot; the year becomes PUBLISHED (read-only). Audited.",
  },
} as const;

for (const [name, op] of Object.entries(SNAPSHOT_OPERATIONS)) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ResultSnapshotSuccess,
      description: op.description,
      authScopes: { loggedIn: true },
      errors: {
        types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
        directResult: true,
        union: { name: op.union },
      },
      args: { input: t.arg({ type: ResultSnapshotInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        op.run(operation(ctx), { yearId: String(input.yearId), version: input.version }),
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// One page of the ranking (EvaluationYear.resultsPage), for tables of thousands of rows: filtered,
// sorted and cut by the domain (results/result-page.ts) from the rows `results` holds (the cached live
// ranking with its units, or the published snapshot), with the same access: a page costs no statement
// of its own beyond the ranking's, so any page of a 10,000-unit ranking costs what the first does. On
// the year itself (not under `results`), so a page's rows stay within the query depth limit.

const ResultPageSortEnum = builder.enumType("ResultPageSort", {
  values: {
    RANK: { description: "Unit types in the framework's order, then rank (ties by name)." },
    INDEX: { description: "The index, across unit types (ties by name)." },
    NAME: { description: "The unit's name in Vietnamese alphabetical order." },
  } as const,
});

interface RowPage {
  total: number;
  offset: number;
  rows: RowWithUnit[];
}

const ResultRowPageRef = builder.objectRef<RowPage>("ResultRowPage").implement({
  description: "A page of the ranking.",
  fields: (t) => ({
    total: t.exposeInt("total", { description: "Rows matching the filters, over all pages." }),
    offset: t.exposeInt("offset", { description: "The offset of the first row (the one asked, at most `total`)." }),
    rows: t.field({
      type: [ResultRowRef],
      // `limit` rows at most: the query cost counts this many
      extensions: { maxItems: RESULT_PAGE_MAX_LIMIT },
      resolve: (p) => p.rows,
    }),
  }),
});

/** The sorted, filtered rows of a rows array, per filter/sort: the next pages of the same view reuse them. */
const sortedViews = new WeakMap<readonly RowWithUnit[], Map<string, SortedResultRows<RowWithUnit>>>();
/** Views kept per rows array (a person scrolling, another sorting by name, …). */
const VIEWS_KEPT = 16;

function sortedView(
  rows: readonly RowWithUnit[],
  query: Parameters<typeof sortResultRows<RowWithUnit>>[1],
): SortedResultRows<RowWithUnit> {
  const key = JSON.stringify([query.sort, query.descending, query.unitTypeId, query.tierCode, query.search]);
  let views = sortedViews.get(rows);
  if (!views) sortedViews.set(rows, (views = new Map()));
  const hit = views.get(key);
  if (hit) return hit;
  const view = sortResultRows(rows, query);
  views.set(key, view);
  for (const old of views.keys()) if (views.size > VIEWS_KEPT) views.delete(old);
  return view;
}

builder.objectFields(YearResultsRef, (t) => ({
  total: t.int({ description: "Units in the ranking (every unit type).", resolve: (r) => r.rows.length }),
  anyPoints: t.boolean({
    description: "Whether any unit has a point (earned, bonus or penalty): false before anything is entered.",
    resolve: (r) => r.rows.some((row) => row.earned !== 0 || row.bonus !== 0 || row.penalty !== 0),
  }),
  unitTypes: t.field({
    type: [ResultUnitTypeRef],
    description: "The unit types of the ranking, in its order (for a filter).",
    resolve: (r) => {
      const seen = new Map<string, UnitTypeInfo>();
      for (const row of r.rows)
        if (!seen.has(row.unitTypeId))
          seen.set(row.unitTypeId, {
            id: row.unitTypeId,
            code: row.unitTypeCode,
            nameVi: row.unitTypeNameVi,
            nameEn: row.unitTypeNameEn,
          });
      return [...seen.values()];
    },
  }),
  tiers: t.field({
    type: [TierRef],
    description: "The tiers units reached, from the highest (for a filter).",
    resolve: (r) => {
      const seen = new Map<string, ClassificationTier>();
      for (const row of r.rows) if (!seen.has(row.tier.code)) seen.set(row.tier.code, row.tier);
      return [...seen.values()].sort((a, b) => b.minPercent - a.minPercent);
    },
  }),
}));

builder.prismaObjectFields("EvaluationYear", (t) => ({
  resultsPage: t.field({
    type: ResultRowPageRef,
    description:
      "One page of the ranking (same access as `results`): filtered by unit type, tier and a search on the unit's " +
      `name or code (tone marks and case ignored), sorted, then \`limit\` rows (1–${RESULT_PAGE_MAX_LIMIT}) from \`offset\`.`,
    args: {
      offset: t.arg.int({ required: true }),
      limit: t.arg.int({ required: true }),
      sort: t.arg({ type: ResultPageSortEnum, required: false, defaultValue: "RANK" }),
      descending: t.arg.boolean({ required: false, defaultValue: false }),
      unitTypeId: t.arg.id({ required: false }),
      tierCode: t.arg.string({ required: false }),
      search: t.arg.string({ required: false }),
    },
    select: { id: true },
    errors: { types: [ForbiddenError], directResult: true, union: { name: "ResultRowPageResult" } },
    resolve: async (y, args, ctx) => {
      const query = {
        offset: args.offset,
        limit: args.limit,
        sort: (args.sort ?? "RANK") as ResultPageSortKey,
        descending: args.descending ?? false,
        unitTypeId: args.unitTypeId === null || args.unitTypeId === undefined ? null : String(args.unitTypeId),
        tierCode: args.tierCode ?? null,
        search: args.search ?? null,
      };
      const problems = resultPageProblems(query);
      if (problems.length > 0)
        throw new ValidationError(problems.map((p) => ({ field: p.field, code: "INVALID", message: p.message })));
      const results = await withUnits(
        ctx,
        await yearResults(operation(ctx), { yearId: y.id, unitTypeCode: null }),
        null,
      );
      const page = pageOfSortedRows(sortedView(results.rows, query), query);
      return { total: page.total, offset: page.offset, rows: page.rows.map((r) => r.row) };
    },
  }),
}));
