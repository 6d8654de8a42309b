// The ranking per unit type for the dashboard, from the year's results (the published snapshot, or
// the live ranking's cache computed with the as-of day as its clock, so automatic leaves are judged
// on that day) and the framework's tiers and areas.
import { jsonColumns } from "@cchc/db";
import { type ClassificationTier, type RankingGroup, type ResultRow, rankingGroups, tierOrder } from "@cchc/domain";
import { yearResults } from "../results/year-results.js";
import type { DashboardScope } from "./dashboard-scope.js";

export interface DashboardArea {
  code: string;
  name: string;
  nameEn: string | null;
}

export interface DashboardFramework {
  tiers: ClassificationTier[];
  areas: DashboardArea[];
}

/** The framework's tiers (best first) and areas (top-level nodes, in order): one statement each. */
export async function dashboardFramework(scope: DashboardScope): Promise<DashboardFramework> {
  const framework = await scope.ctx.prisma.framework.findUnique({
    where: { yearId: scope.year.id },
    select: {
      tiers: true,
      nodes: {
        where: { parentId: null },
        orderBy: { position: "asc" },
        select: { code: true, name: true, nameEn: true },
      },
    },
  });
  if (!framework) return { tiers: [], areas: [] };
  return { tiers: tierOrder(jsonColumns.tiers.parse(framework.tiers)), areas: framework.nodes };
}

/** The year's rows (all unit types): the snapshot once published, else live as of the scope's day. */
export async function dashboardRows(
  scope: DashboardScope,
): Promise<{ source: "SNAPSHOT" | "LIVE"; rows: ResultRow[] }> {
  const { framework } = await scope.ctx.prisma.evaluationYear.findUniqueOrThrow({
    where: { id: scope.year.id },
    select: { framework: { select: { id: true } } },
  });
  if (!framework) return { source: "LIVE", rows: [] };
  const clock = new Date(Math.min(scope.asOfInstant.getTime(), scope.ctx.now.getTime()));
  const results = await yearResults({ ...scope.ctx, now: clock }, { yearId: scope.year.id });
  return { source: results.source, rows: results.rows };
}

export function dashboardRanking(
  scope: DashboardScope,
  rows: readonly ResultRow[],
  framework: DashboardFramework,
): RankingGroup[] {
  return rankingGroups(rows, framework.tiers, { unitTypeId: scope.unitTypeId, areaCode: scope.areaCode });
}
