// A visit as its audit events record it, and the columns that take.
import type { VisitSnapshot } from "../audit/catalogue.js";

export const VISIT_SNAPSHOT_SELECT = {
  id: true,
  version: true,
  yearId: true,
  unitId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  place: true,
  scope: true,
  cancelReason: true,
  notifiedAt: true,
  startedAt: true,
  team: { select: { userId: true, name: true, isLead: true, organization: true }, orderBy: { id: "asc" } },
  scopeNodes: { select: { frameworkNodeId: true } },
} as const;

type Row = {
  version: number;
  yearId: string;
  unitId: string;
  status: VisitSnapshot["status"];
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  scope: string | null;
  cancelReason: string | null;
  team: Array<{ userId: string | null; name: string; isLead: boolean; organization: string | null }>;
  scopeNodes: Array<{ frameworkNodeId: string }>;
};

export function visitSnapshot(row: Row): VisitSnapshot {
  return {
    version: row.version,
    yearId: row.yearId,
    unitId: row.unitId,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    scopeText: row.scope,
    scopeNodeIds: row.scopeNodes.map((n) => n.frameworkNodeId).sort(),
    team: row.team.map((m) => ({
      userId: m.userId,
      name: m.name,
      isLead: m.isLead,
      organization: m.organization,
    })),
    cancelReason: row.cancelReason,
  };
}
