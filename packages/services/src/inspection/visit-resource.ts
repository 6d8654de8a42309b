// An inspection visit as the access rules see it (its unit, its team's users, its year's status, and
// whether the unit has been told), and which visits a viewer may list.
import { Role, type Resource, type Viewer, VisitStatus, type YearStatus } from "@cchc/domain";

export const VISIT_RESOURCE_SELECT = {
  unitId: true,
  status: true,
  notifiedAt: true,
  year: { select: { status: true } },
  team: { select: { userId: true } },
} as const;

/** Steps at which the unit knows of the visit even without a recorded notification (the team came). */
const KNOWN_STEPS: readonly VisitStatus[] = [
  VisitStatus.IN_PROGRESS,
  VisitStatus.MINUTES_RECORDED,
  VisitStatus.CONCLUDED,
];

export function visitResource(row: {
  unitId: string;
  status: VisitStatus;
  notifiedAt: Date | null;
  year: { status: YearStatus };
  team: ReadonlyArray<{ userId: string | null }>;
}): Resource {
  return {
    type: "InspectionVisit",
    unitId: row.unitId,
    teamUserIds: row.team.map((m) => m.userId).filter((u): u is string => u !== null),
    notified: row.notifiedAt !== null || KNOWN_STEPS.includes(row.status),
    yearStatus: row.year.status,
  };
}

/**
 * The visits a viewer may list, as a Prisma filter (the same rule as `visit.read`): the office roles
 * and inspectors all, a unit officer its own unit's once the unit knows of them, anyone else none.
 */
export function visitReadWhere(viewer: Viewer | null) {
  if (!viewer) return { id: { in: [] as string[] } };
  const broad: readonly Role[] = [Role.HOME_AFFAIRS, Role.LEADERSHIP, Role.INSPECTOR, Role.ADMIN];
  if (viewer.roles.some((r) => broad.includes(r))) return {};
  if (viewer.roles.includes(Role.UNIT_OFFICER) && viewer.unitId) {
    return {
      unitId: viewer.unitId,
      OR: [{ notifiedAt: { not: null } }, { status: { in: [...KNOWN_STEPS] } }],
    };
  }
  return { id: { in: [] as string[] } };
}
