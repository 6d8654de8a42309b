// Which corrective actions of a year a viewer may list (Home Affairs, leadership and inspectors all;
// a unit officer its own unit's; nobody else any), with the list's filters, as a Prisma `where`; and
// the inspection summary per criterion of one unit that appraisers read on the leaves.
import type { Prisma } from "@cchc/db";
import { dbDateToIso, isoToDbDate } from "@cchc/db";
import {
  type ActionCounts,
  type ActionStatus,
  Role,
  summariseActionsBy,
  toLocalIsoDate,
  type Viewer,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";

export interface CorrectiveActionFilter {
  status?: ActionStatus | null;
  unitId?: string | null;
  /** true: only overdue ones (not verified, due before today); false: only those not overdue */
  overdue?: boolean | null;
  findingId?: string | null;
}

/** The `where` of a year's actions for this viewer and filter; null when the viewer may list none. */
export function correctiveActionsWhere(
  viewer: Viewer | null,
  yearId: string,
  filter: CorrectiveActionFilter,
  now: Date,
): Prisma.CorrectiveActionWhereInput | null {
  if (!viewer) return null;
  const office = [Role.HOME_AFFAIRS, Role.LEADERSHIP, Role.INSPECTOR].some((r) => viewer.roles.includes(r));
  let ownUnit: string | null = null;
  if (!office) {
    if (!viewer.roles.includes(Role.UNIT_OFFICER) || !viewer.unitId) return null;
    ownUnit = viewer.unitId;
  }
  const and: Prisma.CorrectiveActionWhereInput[] = [{ finding: { visit: { yearId } } }];
  if (ownUnit) and.push({ ownerUnitId: ownUnit });
  if (filter.unitId) and.push({ ownerUnitId: filter.unitId });
  if (filter.status) and.push({ status: filter.status });
  if (filter.findingId) and.push({ findingId: filter.findingId });
  const today = isoToDbDate(toLocalIsoDate(now));
  if (filter.overdue === true) and.push({ status: { not: "VERIFIED" }, dueDate: { lt: today } });
  if (filter.overdue === false) and.push({ OR: [{ status: "VERIFIED" }, { dueDate: { gte: today } }] });
  return { AND: and };
}

export interface InspectionLeafSummary {
  frameworkNodeId: string;
  /** the criterion's code in the year's framework ("3.1") */
  leafCode: string;
  counts: ActionCounts;
}

/**
 * One unit's corrective actions in a year grouped by the criterion their finding points at (one
 * query), for the appraisal and the scorecard. Readers are checked by the caller.
 */
export async function inspectionLeafSummaries(
  ctx: Pick<OperationContext, "prisma" | "now">,
  input: { yearId: string; unitId: string },
): Promise<InspectionLeafSummary[]> {
  const rows = await ctx.prisma.correctiveAction.findMany({
    where: { ownerUnitId: input.unitId, finding: { visit: { yearId: input.yearId }, frameworkNodeId: { not: null } } },
    select: {
      status: true,
      dueDate: true,
      finding: { select: { frameworkNodeId: true, node: { select: { code: true } } } },
    },
  });
  const codes = new Map(
    rows.flatMap((r) =>
      r.finding.frameworkNodeId && r.finding.node ? [[r.finding.frameworkNodeId, r.finding.node.code] as const] : [],
    ),
  );
  const byNode = summariseActionsBy(
    rows.map((r) => ({ status: r.status, dueDate: dbDateToIso(r.dueDate), node: r.finding.frameworkNodeId })),
    (r) => r.node,
    ctx.now,
  );
  return [...byNode].map(([frameworkNodeId, counts]) => ({
    frameworkNodeId,
    leafCode: codes.get(frameworkNodeId) ?? "",
    counts,
  }));
}
