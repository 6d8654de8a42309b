// The evaluation dashboard of a year (issue "The leadership dashboard"): every chart's aggregate on
// the server, each computed at most once per dashboard read (the tiles reuse the charts'). Access:
// `dashboard.read` on the year (Home Affairs, leadership, the administrator), checked once here.
import { type DashboardTiles, dashboardTiles } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { dashboardActions } from "./dashboard-actions.js";
import { dashboardCompliance } from "./dashboard-compliance.js";
import { dashboardPlan } from "./dashboard-plan.js";
import { dashboardFramework, dashboardRanking, dashboardRows } from "./dashboard-ranking.js";
import { dashboardSatisfaction } from "./dashboard-satisfaction.js";
import { type DashboardFilter, type DashboardScope, dashboardScope } from "./dashboard-scope.js";
import { dashboardUnitProfile } from "./dashboard-unit-profile.js";

function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= f());
}

export interface EvaluationDashboard {
  scope: DashboardScope;
  framework: () => Promise<Awaited<ReturnType<typeof dashboardFramework>>>;
  rows: () => Promise<Awaited<ReturnType<typeof dashboardRows>>>;
  ranking: () => Promise<ReturnType<typeof dashboardRanking>>;
  unitProfile: (unitId: string) => ReturnType<typeof dashboardUnitProfile>;
  compliance: () => ReturnType<typeof dashboardCompliance>;
  satisfaction: () => ReturnType<typeof dashboardSatisfaction>;
  actions: () => ReturnType<typeof dashboardActions>;
  plan: () => ReturnType<typeof dashboardPlan>;
  tiles: () => Promise<DashboardTiles>;
}

export async function evaluationDashboard(
  ctx: OperationContext,
  input: { yearId: string } & DashboardFilter,
): Promise<EvaluationDashboard> {
  const scope = await dashboardScope(ctx, input.yearId, input);
  const framework = once(() => dashboardFramework(scope));
  const rows = once(() => dashboardRows(scope));
  const ranking = once(async () => dashboardRanking(scope, (await rows()).rows, await framework()));
  const compliance = once(() => dashboardCompliance(scope));
  const satisfaction = once(() => dashboardSatisfaction(scope));
  const actions = once(() => dashboardActions(scope));
  const plan = once(() => dashboardPlan(scope));
  return {
    scope,
    framework,
    rows,
    ranking,
    unitProfile: async (unitId) => dashboardUnitProfile(scope, unitId, (await rows()).rows, await framework()),
    compliance,
    satisfaction,
    actions,
    plan,
    tiles: once(async () => {
      const [groups, matrix, funnel, survey] = await Promise.all([ranking(), compliance(), actions(), satisfaction()]);
      return dashboardTiles({
        indices: groups.flatMap((g) => g.bars.map((b) => b.value)),
        compliance: matrix.totals,
        actionsOverdue: funnel.overdue,
        satisfactionPercent: survey?.rates.overall.rate ?? null,
      });
    }),
  };
}
