// The plan's progress per area and per lead unit on the as-of day (the domain's planProgress): one
// query (the year's tasks with their area and lead units). Filter: lead units of a unit type.
import { dbDateToIso } from "@cchc/db";
import { planProgress } from "@cchc/domain";
import type { DashboardScope } from "./dashboard-scope.js";

export async function dashboardPlan(scope: DashboardScope): Promise<ReturnType<typeof planProgress>> {
  const tasks = await scope.ctx.prisma.planTask.findMany({
    where: { yearId: scope.year.id },
    select: {
      status: true,
      statusOverride: true,
      dueDate: true,
      completedAt: true,
      area: { select: { code: true, name: true, position: true } },
      units: {
        where: { role: "LEAD", ...(scope.unitTypeId ? { unit: { unitTypeId: scope.unitTypeId } } : {}) },
        select: { unit: { select: { id: true, name: true } } },
      },
    },
  });
  return planProgress(
    tasks
      .filter((t) => !scope.unitTypeId || t.units.length > 0)
      .map((t) => ({
        areaCode: t.area.code,
        areaName: t.area.name,
        areaPosition: t.area.position,
        status: t.statusOverride ?? t.status,
        dueDate: t.dueDate ? dbDateToIso(t.dueDate) : null,
        completedAt: t.completedAt,
        leadUnits: t.units.map((u) => ({ unitId: u.unit.id, unitName: u.unit.name })),
      })),
    scope.asOf,
  );
}
