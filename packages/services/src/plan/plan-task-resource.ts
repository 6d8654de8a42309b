import type { Resource, YearStatus } from "@cchc/domain";

/** What the access rules need of a plan task, as a Prisma selection… */
export const PLAN_TASK_RESOURCE_SELECT = {
  year: { select: { status: true } },
  units: { where: { role: "LEAD" }, select: { unitId: true } },
} as const;

/** …and the resource the rules read (`can`/`decide` in @cchc/domain). */
export function planTaskResource(task: { year: { status: YearStatus }; units: Array<{ unitId: string }> }): Resource {
  return { type: "PlanTask", yearStatus: task.year.status, leadUnitIds: task.units.map((u) => u.unitId) };
}
