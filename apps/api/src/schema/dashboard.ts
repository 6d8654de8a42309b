// The evaluation dashboard (issue "The leadership dashboard"): EvaluationYear.dashboard(unitTypeId,
// areaCode, asOf) → every chart's aggregate, computed on the server by @cchc/services
// (dashboard/*) and the domain's shaping (dashboard/*), each at most once per read. Home Affairs,
// leadership and the administrator (`dashboard.read`); others get a ForbiddenError.
import {
  type ActionFunnel,
  type AreaProfilePoint,
  CITIZEN_ASPECTS,
  can,
  type ClassificationTier,
  type DashboardTiles,
  type ProgressCounts,
  type RankingBar,
  type RankingGroup,
  type TrendPoint,
} from "@cchc/domain";
import {
  type DashboardArea,
  type DashboardSatisfaction,
  type DashboardUnitProfile,
  type EvaluationDashboard,
  evaluationDashboard,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

const DashboardTierRef = builder.objectRef<ClassificationTier & { order: number }>("DashboardTier").implement({
  description: "A tier of the year's framework; order 0 is the best (charts colour by it).",
  fields: (t) => ({
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
    minPercent: t.exposeFloat("minPercent"),
    order: t.exposeInt("order"),
  }),
});

const DashboardAreaRef = builder.objectRef<DashboardArea>("DashboardArea").implement({
  description: "An area (lĩnh vực) of the year's framework.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    nameEn: t.exposeString("nameEn", { nullable: true }),
  }),
});

const RankingBarRef = builder.objectRef<RankingBar>("DashboardRankingBar").implement({
  description: "One unit's bar: its index (or the chosen area's sub-index), tier and rank; ties share a rank.",
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitName: t.exposeString("unitName"),
    value: t.exposeFloat("value"),
    tierCode: t.exposeString("tierCode"),
    tierNameVi: t.exposeString("tierNameVi"),
    tierNameEn: t.exposeString("tierNameEn"),
    tierOrder: t.exposeInt("tierOrder", { description: "0 = the best tier." }),
    rank: t.exposeInt("rank"),
    tied: t.exposeBoolean("tied", { description: "Another unit of the type has the same rank." }),
  }),
});

const RankingGroupRef = builder.objectRef<RankingGroup>("DashboardRankingGroup").implement({
  description: "The ranking of one unit type.",
  fields: (t) => ({
    unitTypeId: t.exposeID("unitTypeId"),
    unitTypeCode: t.exposeString("unitTypeCode"),
    unitTypeNameVi: t.exposeString("unitTypeNameVi"),
    unitTypeNameEn: t.exposeString("unitTypeNameEn"),
    average: t.exposeFloat("average", { nullable: true }),
    bars: t.field({ type: [RankingBarRef], resolve: (g) => g.bars }),
  }),
});

const AreaProfileRef = builder.objectRef<AreaProfilePoint>("DashboardAreaProfilePoint").implement({
  fields: (t) => ({
    areaCode: t.exposeString("areaCode"),
    areaName: t.exposeString("areaName"),
    unitIndex: t.exposeFloat("unitIndex", { nullable: true }),
    typeAverage: t.exposeFloat("typeAverage", { nullable: true }),
  }),
});

const TrendPointRef = builder.objectRef<TrendPoint>("DashboardTrendPoint").implement({
  description: "The unit's index in a year; before a rename or merge, its predecessors' (averaged).",
  fields: (t) => ({
    year: t.exposeInt("year"),
    index: t.exposeFloat("index"),
    tierCode: t.exposeString("tierCode", { nullable: true }),
    unitNames: t.exposeStringList("unitNames"),
    viaLineage: t.exposeBoolean("viaLineage"),
  }),
});

const UnitProfileRef = builder.objectRef<DashboardUnitProfile>("DashboardUnitProfile").implement({
  description: "One unit: its area profile against its type's mean, and its trend over the years.",
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitName: t.exposeString("unitName"),
    unitTypeNameVi: t.exposeString("unitTypeNameVi"),
    index: t.exposeFloat("index"),
    rank: t.exposeInt("rank"),
    rankOf: t.exposeInt("rankOf"),
    tierCode: t.exposeString("tierCode"),
    areas: t.field({ type: [AreaProfileRef], extensions: { maxItems: 12 }, resolve: (p) => p.areas }),
    trend: t.field({ type: [TrendPointRef], resolve: (p) => p.trend }),
  }),
});

interface HeatPeriod {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
}
interface HeatCell {
  unitId: string;
  periodId: string;
  status: string;
  symbol: string;
}
interface HeatRow {
  unitId: string;
  unitName: string;
  unitTypeName: string;
  cells: HeatCell[];
}
interface Heat {
  periods: HeatPeriod[];
  rows: HeatRow[];
  totals: { onTime: number; late: number; missing: number; pending: number };
}

const HeatPeriodRef = builder.objectRef<HeatPeriod>("DashboardReportPeriod").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
  }),
});
const HeatCellRef = builder.objectRef<HeatCell>("DashboardComplianceCell").implement({
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    periodId: t.exposeID("periodId"),
    status: t.exposeString("status", { description: "ON_TIME, LATE, MISSING or PENDING on the as-of day." }),
    symbol: t.exposeString("symbol"),
  }),
});
const HeatRowRef = builder.objectRef<HeatRow>("DashboardComplianceRow").implement({
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitName: t.exposeString("unitName"),
    unitTypeName: t.exposeString("unitTypeName"),
    cells: t.field({ type: [HeatCellRef], extensions: { maxItems: 8 }, resolve: (r) => r.cells }),
  }),
});
const HeatTotalsRef = builder.objectRef<Heat["totals"]>("DashboardComplianceTotals").implement({
  fields: (t) => ({
    onTime: t.exposeInt("onTime"),
    late: t.exposeInt("late"),
    missing: t.exposeInt("missing"),
    pending: t.exposeInt("pending"),
  }),
});
const HeatRef = builder.objectRef<Heat>("DashboardCompliance").implement({
  description: "Report compliance, units × periods, on the as-of day.",
  fields: (t) => ({
    periods: t.field({ type: [HeatPeriodRef], extensions: { maxItems: 8 }, resolve: (h) => h.periods }),
    rows: t.field({ type: [HeatRowRef], resolve: (h) => h.rows }),
    cells: t.field({
      type: [HeatCellRef],
      description: "Every row's cells in one list (unit, period): a page can read the map one level less deep.",
      resolve: (h) => h.rows.flatMap((r) => r.cells),
    }),
    totals: t.field({ type: HeatTotalsRef, resolve: (h) => h.totals }),
  }),
});

interface AspectRate {
  aspect: string;
  nameVi: string;
  nameEn: string;
  satisfied: number;
  valid: number;
  rate: number | null;
  meetsTarget: boolean | null;
}
const AspectRateRef = builder.objectRef<AspectRate>("DashboardAspectRate").implement({
  fields: (t) => ({
    aspect: t.exposeString("aspect"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
    satisfied: t.exposeInt("satisfied"),
    valid: t.exposeInt("valid"),
    rate: t.exposeFloat("rate", { nullable: true }),
    meetsTarget: t.exposeBoolean("meetsTarget", { nullable: true }),
  }),
});
const SatisfactionRef = builder.objectRef<DashboardSatisfaction>("DashboardSatisfaction").implement({
  description: "The citizen survey round shown (year-end when it has answers, else six-month), per aspect.",
  fields: (t) => ({
    surveyId: t.exposeID("surveyId"),
    title: t.exposeString("title"),
    periodCode: t.exposeString("periodCode"),
    targetPercent: t.exposeFloat("targetPercent"),
    overallRate: t.float({ nullable: true, resolve: (s) => s.rates.overall.rate }),
    aspects: t.field({
      type: [AspectRateRef],
      extensions: { maxItems: 10 },
      resolve: (s) =>
        s.rates.aspects.map((a) => {
          const known = CITIZEN_ASPECTS.find((c) => c.code === a.aspect);
          return { ...a, nameVi: known?.nameVi ?? a.aspect, nameEn: known?.nameEn ?? a.aspect };
        }),
    }),
  }),
});

const FunnelRef = builder.objectRef<ActionFunnel>("DashboardActionFunnel").implement({
  description: "Weaknesses found → corrective actions → fixes submitted → verified, and overdue, on the as-of day.",
  fields: (t) => ({
    found: t.exposeInt("found"),
    findingsWithAction: t.exposeInt("findingsWithAction"),
    actions: t.exposeInt("actions"),
    fixSubmitted: t.exposeInt("fixSubmitted"),
    verified: t.exposeInt("verified"),
    overdue: t.exposeInt("overdue"),
  }),
});

// biome-ignore lint/suspicious/noExplicitAny: the field builder of three object types sharing these counts
const progressFields = (t: any) => ({
  total: t.exposeInt("total"),
  done: t.exposeInt("done"),
  inProgress: t.exposeInt("inProgress"),
  notStarted: t.exposeInt("notStarted"),
  cancelled: t.exposeInt("cancelled"),
  overdue: t.exposeInt("overdue"),
  percentDone: t.exposeFloat("percentDone", { nullable: true }),
});

type AreaProgressShape = ProgressCounts & { code: string; name: string };
type UnitProgressShape = ProgressCounts & { unitId: string; unitName: string };

const AreaProgressRef = builder.objectRef<AreaProgressShape>("DashboardAreaProgress").implement({
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name"), ...progressFields(t) }),
});
const UnitProgressRef = builder.objectRef<UnitProgressShape>("DashboardUnitProgress").implement({
  fields: (t) => ({ unitId: t.exposeID("unitId"), unitName: t.exposeString("unitName"), ...progressFields(t) }),
});
const TotalProgressRef = builder.objectRef<ProgressCounts>("DashboardProgressTotal").implement({
  fields: (t) => progressFields(t),
});
const PlanRef = builder
  .objectRef<{ areas: AreaProgressShape[]; leadUnits: UnitProgressShape[]; total: ProgressCounts }>(
    "DashboardPlanProgress",
  )
  .implement({
    description: "The plan's tasks on the as-of day, per area and per lead unit.",
    fields: (t) => ({
      areas: t.field({ type: [AreaProgressRef], extensions: { maxItems: 12 }, resolve: (p) => p.areas }),
      leadUnits: t.field({ type: [UnitProgressRef], resolve: (p) => p.leadUnits }),
      total: t.field({ type: TotalProgressRef, resolve: (p) => p.total }),
    }),
  });

const TilesRef = builder.objectRef<DashboardTiles>("DashboardTiles").implement({
  description: "The number tiles: each is a link in the admin (results, reports, corrective actions, surveys).",
  fields: (t) => ({
    units: t.exposeInt("units"),
    averageIndex: t.exposeFloat("averageIndex", { nullable: true }),
    reportsOnTimePercent: t.exposeFloat("reportsOnTimePercent", { nullable: true }),
    actionsOverdue: t.exposeInt("actionsOverdue"),
    satisfactionPercent: t.exposeFloat("satisfactionPercent", { nullable: true }),
  }),
});

const DashboardRef = builder.objectRef<EvaluationDashboard>("EvaluationDashboard").implement({
  description: "A year's evaluation in charts; every aggregate is computed on the server.",
  fields: (t) => ({
    asOf: t.field({ type: "Date", description: "The day the dashboard is judged on.", resolve: (d) => d.scope.asOf }),
    unitTypeId: t.id({ nullable: true, resolve: (d) => d.scope.unitTypeId }),
    areaCode: t.string({ nullable: true, resolve: (d) => d.scope.areaCode }),
    published: t.boolean({
      description: "The ranking is the published snapshot (else computed now, as of the day).",
      resolve: async (d) => (await d.rows()).source === "SNAPSHOT",
    }),
    tiers: t.field({
      type: [DashboardTierRef],
      extensions: { maxItems: 10 },
      resolve: async (d) => (await d.framework()).tiers.map((tier, order) => ({ ...tier, order })),
    }),
    areas: t.field({
      type: [DashboardAreaRef],
      extensions: { maxItems: 12 },
      resolve: async (d) => (await d.framework()).areas,
    }),
    ranking: t.field({ type: [RankingGroupRef], extensions: { maxItems: 10 }, resolve: (d) => d.ranking() }),
    unitProfile: t.field({
      type: UnitProfileRef,
      nullable: true,
      description: "null when the unit is not ranked this year.",
      args: { unitId: t.arg.id({ required: true }) },
      resolve: (d, args) => d.unitProfile(String(args.unitId)),
    }),
    compliance: t.field({
      type: HeatRef,
      resolve: async (d) => {
        const m = await d.compliance();
        return {
          periods: m.periods.map((p) => ({ id: p.id, code: p.code, nameVi: p.nameVi, nameEn: p.nameEn })),
          rows: m.rows.map((r) => ({
            unitId: r.unitId,
            unitName: r.unitName,
            unitTypeName: r.unitTypeName,
            cells: r.cells.map((c) => ({
              unitId: r.unitId,
              periodId: c.periodId,
              status: c.status.toUpperCase(),
              symbol: c.symbol,
            })),
          })),
          totals: m.totals,
        };
      },
    }),
    satisfaction: t.field({ type: SatisfactionRef, nullable: true, resolve: (d) => d.satisfaction() }),
    actions: t.field({ type: FunnelRef, resolve: (d) => d.actions() }),
    plan: t.field({ type: PlanRef, resolve: (d) => d.plan() }),
    tiles: t.field({ type: TilesRef, resolve: (d) => d.tiles() }),
  }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  viewerCanReadDashboard: t.boolean({
    description: "Whether the viewer may read the evaluation dashboard (Home Affairs, leadership, the administrator).",
    select: { status: true },
    resolve: (y, _a, ctx) => can(ctx.viewer, "dashboard.read", { type: "EvaluationYear", yearStatus: y.status }),
  }),
  dashboard: t.field({
    type: DashboardRef,
    description:
      "The year's evaluation in charts: ranking per unit type, a unit's profile and trend, report compliance, " +
      "satisfaction, findings and corrective actions, plan progress, tiles. Filters: a unit type, a framework area " +
      "(the ranking on its sub-index, the findings on its criteria) and the as-of day (default: today, or the " +
      "year's last day for a past year).",
    args: {
      unitTypeId: t.arg.id({ required: false }),
      areaCode: t.arg.string({ required: false }),
      asOf: t.arg({ type: "Date", required: false }),
    },
    select: { id: true },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "EvaluationDashboardResult" },
    },
    resolve: (y, args, ctx) =>
      evaluationDashboard(operation(ctx), {
        yearId: y.id,
        unitTypeId: args.unitTypeId ? String(args.unitTypeId) : null,
        areaCode: args.areaCode ?? null,
        asOf: args.asOf ?? null,
      }),
  }),
}));
