// One unit on the dashboard: its area profile against its type's mean in the year, and its trend
// over the years it (or its predecessors, through renames and merges: UnitLineage) has results, up
// to the dashboard's year. Statements: the authority's lineage links and years (two), then each
// earlier year's results (the snapshot, or the live ranking's cache: a few statements per year).
import {
  areaProfile,
  type AreaProfilePoint,
  lineageChain,
  lineageTrend,
  type ResultRow,
  type TrendPoint,
} from "@cchc/domain";
import { yearResults } from "../results/year-results.js";
import type { DashboardFramework } from "./dashboard-ranking.js";
import type { DashboardScope } from "./dashboard-scope.js";

export interface DashboardUnitProfile {
  unitId: string;
  unitName: string;
  unitTypeNameVi: string;
  index: number;
  rank: number;
  rankOf: number;
  tierCode: string;
  areas: AreaProfilePoint[];
  trend: TrendPoint[];
}

export async function dashboardUnitProfile(
  scope: DashboardScope,
  unitId: string,
  rows: readonly ResultRow[],
  framework: DashboardFramework,
): Promise<DashboardUnitProfile | null> {
  const row = rows.find((r) => r.unitId === unitId);
  if (!row) return null;
  const { prisma } = scope.ctx;
  const [links, years] = await Promise.all([
    prisma.unitLineage.findMany({
      where: { to: { authorityId: scope.year.authorityId } },
      select: { fromUnitId: true, toUnitId: true, kind: true, effectiveDate: true },
    }),
    prisma.evaluationYear.findMany({
      where: { authorityId: scope.year.authorityId, year: { lt: scope.year.year }, framework: { isNot: null } },
      orderBy: { year: "asc" },
      select: { id: true, year: true },
    }),
  ]);
  const chain = lineageChain(
    unitId,
    links.map((l) => ({ ...l, effectiveDate: l.effectiveDate.toISOString().slice(0, 10) })),
  );
  const earlier = [];
  for (const y of years) {
    try {
      const r = await yearResults(scope.ctx, { yearId: y.id });
      earlier.push({ year: y.year, indices: r.rows });
    } catch {
      // a year whose results the viewer may not read, or that cannot be computed, has no point
    }
  }
  const trend = lineageTrend(chain, [
    ...earlier.map((y) => ({ year: y.year, indices: y.indices.map(trendRow) })),
    { year: scope.year.year, indices: rows.map(trendRow) },
  ]);
  return {
    unitId,
    unitName: row.unitName,
    unitTypeNameVi: row.unitTypeNameVi,
    index: row.index,
    rank: row.rank,
    rankOf: row.rankOf,
    tierCode: row.tier.code,
    areas: areaProfile(row, rows, framework.areas),
    trend,
  };
}

const trendRow = (r: ResultRow) => ({ unitId: r.unitId, unitName: r.unitName, index: r.index, tierCode: r.tier.code });
