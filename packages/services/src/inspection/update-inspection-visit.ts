// Change a planned or notified visit: its unit, day and window, place, team and scope (the whole visit
// as the form holds it). Home Affairs or a member of its team; the version the person saw; the booking
// checked again under the lock, in the same transaction. Audited with before and after.
import { isoToDbDate } from "@cchc/db";
import {
  type UpdateInspectionVisitInput,
  updateInspectionVisitInputSchema,
  visitIsEditable,
  visitWindowInstants,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { lockVisitBook, requireNoClash, requireScopeNodes, requireYearUnit, resolveTeam } from "./visit-booking.js";
import { VisitStepError } from "./visit-step-error.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "./visit-resource.js";
import { VISIT_SNAPSHOT_SELECT, visitSnapshot } from "./visit-snapshot.js";

export async function updateInspectionVisit(
  ctx: OperationContext,
  raw: UpdateInspectionVisitInput,
): Promise<{ visitId: string }> {
  const input = validate(updateInspectionVisitInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    await lockVisitBook(tx);
    const before = await tx.inspectionVisit.findUnique({
      where: { id: input.id },
      select: { ...VISIT_RESOURCE_SELECT, ...VISIT_SNAPSHOT_SELECT },
    });
    if (!before) throw new NotFoundError("cuộc kiểm tra");
    const viewer = requireAllowed(ctx.viewer, "visit.update", visitResource(before));
    if (before.version !== input.version) throw new ConflictError("InspectionVisit", before.id, before.version);
    if (!visitIsEditable(before.status)) throw new VisitStepError(before.status, "UPDATE");
    await requireYearUnit(tx, before.yearId, input.unitId);
    const team = await resolveTeam(tx, input.team);
    const scopeNodeIds = await requireScopeNodes(tx, before.yearId, input.scopeNodeIds);
    const { startsAt, endsAt } = visitWindowInstants(input);
    await requireNoClash(tx, {
      id: before.id,
      unitId: input.unitId,
      startsAt,
      endsAt,
      teamUserIds: team.flatMap((m) => (m.userId ? [m.userId] : [])),
    });
    const written = await tx.inspectionVisit.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        unitId: input.unitId,
        scheduledDate: isoToDbDate(input.date),
        startsAt,
        endsAt,
        place: input.place,
        scope: input.scopeText,
        version: { increment: 1 },
      },
    });
    if (written.count === 0) throw new ConflictError("InspectionVisit", before.id, before.version);
    await tx.inspectionTeamMember.deleteMany({ where: { visitId: before.id } });
    await tx.inspectionTeamMember.createMany({ data: team.map((m) => ({ ...m, visitId: before.id })) });
    await tx.inspectionVisitScope.deleteMany({ where: { visitId: before.id } });
    if (scopeNodeIds.length) {
      await tx.inspectionVisitScope.createMany({
        data: scopeNodeIds.map((frameworkNodeId) => ({ visitId: before.id, frameworkNodeId })),
      });
    }
    const after = await tx.inspectionVisit.findUniqueOrThrow({
      where: { id: before.id },
      select: VISIT_SNAPSHOT_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: "inspection_visit.update",
      entity: "InspectionVisit",
      entityId: before.id,
      before: visitSnapshot(before),
      after: visitSnapshot(after),
      reason: null,
    });
    return { visitId: before.id };
  });
}
