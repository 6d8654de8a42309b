// Findings and corrective actions as a funnel on the as-of day (the domain's actionFunnel), from the
// year's inspection findings: one query (findings with their actions). Filters: the visited unit's
// type; an area (findings on criteria of that framework area).
import { type ActionFunnel, actionFunnel } from "@cchc/domain";
import { dbDateToIso } from "@cchc/db";
import type { DashboardScope } from "./dashboard-scope.js";

export async function dashboardActions(scope: DashboardScope): Promise<ActionFunnel> {
  const area = scope.areaCode;
  const findings = await scope.ctx.prisma.finding.findMany({
    where: {
      visit: { yearId: scope.year.id, ...(scope.unitTypeId ? { unit: { unitTypeId: scope.unitTypeId } } : {}) },
      ...(area ? { node: { OR: [{ code: area }, { code: { startsWith: `${area}.` } }] } } : {}),
    },
    select: {
      kind: true,
      recordedAt: true,
      visit: { select: { visitedDate: true, scheduledDate: true } },
      actions: {
        select: { status: true, dueDate: true, createdAt: true, submittedAt: true, verifiedAt: true },
      },
    },
  });
  return actionFunnel(
    findings.map((f) => ({
      kind: f.kind,
      recordedAt: f.recordedAt,
      visitDate: dbDateToIso(f.visit.visitedDate ?? f.visit.scheduledDate),
      actions: f.actions.map((a) => ({ ...a, dueDate: dbDateToIso(a.dueDate) })),
    })),
    scope.asOf,
  );
}
