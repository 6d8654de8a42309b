// Everything the annual report of a year says, read once (a fixed number of statements whatever the
// number of units) and shared by the DOCX, the PDF and the XLSX:
// - the year, its authority (header name, place) and status (a draft until PUBLISHED);
// - the ranking per unit type: the published snapshot once published, else the live ranking (the
//   year-results cache), and the average sub-index per area (the areas of the framework);
// - citizen satisfaction per aspect against the target (the year-end round, else the latest);
// - inspection: visits concluded, weaknesses and good practices found, corrective actions
//   (verified, submitted, open, overdue on the local day of `now`);
// - periodic reports: on time / late / missing per unit (the seed's "late = not reported");
// - the units proposed for commendation and criticism (the domain's `proposeUnits`);
// - with `leaves`, every unit's points per leaf (the XLSX; computed from the entries as the ranking is).
// No access check: the callers (HTTP, issuing, the CLI) check `annualReport.read` or run as the owner.
import { dbDateToIso } from "@cchc/db";
import {
  type ActionCounts,
  CITIZEN_ASPECTS,
  type ClassificationTier,
  type ComplianceCounts,
  complianceCounts,
  computeUnitScore,
  countActions,
  DEFAULT_SURVEY_TARGET_PERCENT,
  type FrameworkNode,
  frameworkLeaves,
  type Proposals,
  proposeUnits,
  type SatisfactionRate,
  YearStatus,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { cellFor } from "../reports/compliance-matrix.js";
import { loadYearScoreInputs } from "../results/compute-year-results.js";
import { loadReportFacts } from "../reports/report-facts.js";
import { parseSnapshotResults, type ResultRow } from "../results/result-rows.js";
import { cachedYearResults } from "../results/year-results-cache.js";
import { surveyRatesOf, SURVEY_COUNT_SELECT } from "../survey/survey-rates.js";

export interface AnnualReportArea {
  code: string;
  name: string;
  /** the average sub-index of the area over the units it applies to; null if none */
  average: number | null;
  units: number;
}

export interface AnnualReportTypeGroup {
  code: string;
  name: string;
  rows: ResultRow[];
  average: number | null;
}

export interface AnnualReportSatisfaction {
  title: string;
  targetPercent: number;
  overall: SatisfactionRate;
  aspects: Array<{ code: string; name: string } & SatisfactionRate>;
}

export interface AnnualReportInspection {
  visitsPlanned: number;
  visitsConcluded: number;
  weaknesses: number;
  goodPractices: number;
  actions: ActionCounts;
  /** concluded visits: unit, day, findings */
  visits: Array<{
    unitName: string;
    date: string;
    weaknesses: number;
    goodPractices: number;
    conclusions: string | null;
  }>;
}

export interface AnnualReportData {
  yearId: string;
  year: number;
  title: string;
  status: YearStatus;
  draft: boolean;
  authority: { name: string; headerName: string; place: string };
  /** the framework's tiers, highest first */
  tiers: ClassificationTier[];
  /** the ranking, grouped by unit type in the types' order */
  groups: AnnualReportTypeGroup[];
  unitsRanked: number;
  areas: AnnualReportArea[];
  tierCounts: Array<{ code: string; nameVi: string; count: number }>;
  satisfaction: AnnualReportSatisfaction | null;
  inspection: AnnualReportInspection;
  reports: { periods: number; units: number; totals: ComplianceCounts };
  proposals: Proposals;
  /** SNAPSHOT (published) or LIVE */
  source: "SNAPSHOT" | "LIVE";
  /** with `leaves`: the leaves (in framework order) and each unit's points (null: does not apply) */
  leaves: { nodes: FrameworkNode[]; points: Map<string, Array<number | null>> } | null;
}

const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

/** The year's ranking rows: the published snapshot once published, else the live ranking. */
async function rankingRows(
  prisma: OperationContext["prisma"],
  year: { id: string; year: number; status: YearStatus; published: boolean },
  now: Date,
): Promise<{ rows: ResultRow[]; source: "SNAPSHOT" | "LIVE" }> {
  if (year.status === YearStatus.PUBLISHED && year.published) {
    const snap = await prisma.resultSnapshot.findUnique({ where: { yearId: year.id }, select: { results: true } });
    if (snap && snap.results !== null) return { rows: parseSnapshotResults(snap.results).rows, source: "SNAPSHOT" };
  }
  return { rows: (await cachedYearResults(prisma, year, now)).rows, source: "LIVE" };
}

/** Every unit's points per leaf, computed from the entries as the ranking computes them. */
async function leafPoints(prisma: OperationContext["prisma"], yearId: string, now: Date) {
  const { data, inputs } = await loadYearScoreInputs(prisma, yearId, now);
  const nodes = frameworkLeaves(data.framework);
  const points = new Map<string, Array<number | null>>();
  for (const input of inputs) {
    const score = computeUnitScore(data.framework, input, { explain: true });
    const byCode = new Map(score.leaves.map((l) => [l.code, l.applicable ? l.points : null]));
    points.set(
      input.unitId,
      nodes.map((n) => byCode.get(n.code) ?? null),
    );
  }
  return { nodes, points };
}

export async function loadAnnualReportData(
  prisma: OperationContext["prisma"],
  yearId: string,
  options: { now: Date; leaves?: boolean },
): Promise<AnnualReportData> {
  const now = options.now;
  const year = await prisma.evaluationYear.findUnique({
    where: { id: yearId },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      satisfactionTargetPercent: true,
      authority: { select: { name: true, headerName: true, place: true } },
      resultSnapshot: { select: { publishedAt: true } },
      framework: {
        select: { tiers: true, nodes: { where: { depth: 0 }, select: { code: true, name: true, position: true } } },
      },
      units: { select: { unitId: true, nameInYear: true } },
    },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  if (!year.framework) throw new NotFoundError("bộ tiêu chí của năm đánh giá");
  const status = year.status as YearStatus;
  const { rows, source } = await rankingRows(
    prisma,
    { id: year.id, year: year.year, status, published: Boolean(year.resultSnapshot?.publishedAt) },
    now,
  );
  const tiers = [...(year.framework.tiers as unknown as ClassificationTier[])].sort(
    (a, b) => b.minPercent - a.minPercent,
  );
  const nameOf = new Map(year.units.map((u) => [u.unitId, u.nameInYear]));

  // ranking per unit type, in the rows' order (types' order, then rank)
  const groups: AnnualReportTypeGroup[] = [];
  for (const r of rows) {
    let g = groups[groups.length - 1];
    if (!g || g.code !== r.unitTypeCode) {
      g = { code: r.unitTypeCode, name: r.unitTypeNameVi, rows: [], average: null };
      groups.push(g);
    }
    g.rows.push(r);
  }
  for (const g of groups) g.average = avg(g.rows.map((r) => r.index));

  const areaNodes = [...year.framework.nodes].sort((a, b) => a.position - b.position);
  const areaValues = new Map<string, number[]>(areaNodes.map((a) => [a.code, []]));
  for (const r of rows) {
    for (const a of r.areaIndices) if (a.index !== null) areaValues.get(a.areaCode)?.push(a.index);
  }
  const areas = areaNodes.map((a) => {
    const values = areaValues.get(a.code) ?? [];
    return { code: a.code, name: a.name, average: avg(values), units: values.length };
  });
  const tierCounts = tiers.map((t) => ({
    code: t.code,
    nameVi: t.nameVi,
    count: rows.filter((r) => r.tier.code === t.code).length,
  }));

  // satisfaction: the year-end citizen round, else the latest
  const surveys = await prisma.survey.findMany({
    where: { yearId, kind: "CITIZEN" },
    select: { title: true, periodCode: true, targetPercent: true, results: { select: SURVEY_COUNT_SELECT } },
    orderBy: [{ endsOn: "desc" }, { id: "desc" }],
  });
  const survey = surveys.find((s) => s.periodCode === "YEAR") ?? surveys[0];
  let satisfaction: AnnualReportSatisfaction | null = null;
  if (survey) {
    const target =
      year.satisfactionTargetPercent !== null
        ? Number(year.satisfactionTargetPercent.toString())
        : (survey.targetPercent ?? DEFAULT_SURVEY_TARGET_PERCENT);
    const r = surveyRatesOf({ kind: "CITIZEN", targetPercent: target }, survey.results);
    if (r.kind === "CITIZEN") {
      const aspectName = new Map<string, string>(CITIZEN_ASPECTS.map((a) => [a.code, a.nameVi]));
      satisfaction = {
        title: survey.title,
        targetPercent: target,
        overall: r.rates.overall,
        aspects: r.rates.aspects.map((a) => ({ ...a, code: a.aspect, name: aspectName.get(a.aspect) ?? a.aspect })),
      };
    }
  }

  // inspection
  const visits = await prisma.inspectionVisit.findMany({
    where: { yearId, status: { not: "CANCELLED" } },
    select: {
      status: true,
      unitId: true,
      scheduledDate: true,
      visitedDate: true,
      conclusions: true,
      findings: {
        select: {
          kind: true,
          actions: { select: { ownerUnitId: true, status: true, dueDate: true } },
        },
      },
    },
    orderBy: [{ scheduledDate: "asc" }, { id: "asc" }],
  });
  const actions = visits.flatMap((v) =>
    v.findings.flatMap((f) =>
      f.actions.map((a) => ({ ownerUnitId: a.ownerUnitId, status: a.status, dueDate: dbDateToIso(a.dueDate) })),
    ),
  );
  const concluded = visits.filter((v) => v.status === "CONCLUDED");
  const inspection: AnnualReportInspection = {
    visitsPlanned: visits.length,
    visitsConcluded: concluded.length,
    weaknesses: concluded.reduce((n, v) => n + v.findings.filter((f) => f.kind === "WEAKNESS").length, 0),
    goodPractices: concluded.reduce((n, v) => n + v.findings.filter((f) => f.kind === "GOOD_PRACTICE").length, 0),
    actions: countActions(actions, now),
    visits: concluded.map((v) => ({
      unitName: nameOf.get(v.unitId) ?? "",
      date: dbDateToIso(v.visitedDate ?? v.scheduledDate),
      weaknesses: v.findings.filter((f) => f.kind === "WEAKNESS").length,
      goodPractices: v.findings.filter((f) => f.kind === "GOOD_PRACTICE").length,
      conclusions: v.conclusions,
    })),
  };
  const overdueByUnit = new Map<string, number>();
  for (const a of actions) {
    if (countActions([a], now).overdue) overdueByUnit.set(a.ownerUnitId, (overdueByUnit.get(a.ownerUnitId) ?? 0) + 1);
  }

  // periodic reports
  const { periods, submissions } = await loadReportFacts(prisma, yearId);
  const subByKey = new Map(submissions.map((s) => [`${s.periodId}|${s.unitId}`, s]));
  const statuses: Parameters<typeof complianceCounts>[0] extends Iterable<infer S> ? S[] : never = [];
  const missedByUnit = new Map<string, number>();
  for (const u of year.units) {
    let missed = 0;
    for (const p of periods) {
      const cell = cellFor(p, u.unitId, subByKey.get(`${p.id}|${u.unitId}`), now);
      statuses.push(cell.status);
      if (cell.status === "late" || cell.status === "missing") missed++;
    }
    missedByUnit.set(u.unitId, missed);
  }

  const facts = new Map(
    rows.map((r) => [
      r.unitId,
      { missedReports: missedByUnit.get(r.unitId) ?? 0, overdueActions: overdueByUnit.get(r.unitId) ?? 0 },
    ]),
  );
  const proposals = proposeUnits(
    rows.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      unitTypeCode: r.unitTypeCode,
      index: r.index,
      rank: r.rank,
      tierCode: r.tier.code,
      tierNameVi: r.tier.nameVi,
    })),
    tiers,
    facts,
  );

  return {
    yearId: year.id,
    year: year.year,
    title: year.title,
    status,
    draft: status !== YearStatus.PUBLISHED,
    authority: year.authority,
    tiers,
    groups,
    unitsRanked: rows.length,
    areas,
    tierCounts,
    satisfaction,
    inspection,
    reports: { periods: periods.length, units: year.units.length, totals: complianceCounts(statuses) },
    proposals,
    source,
    leaves: options.leaves ? await leafPoints(prisma, yearId, now) : null,
  };
}
