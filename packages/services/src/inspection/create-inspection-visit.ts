// Home Affairs or an inspector schedules an inspection visit: a unit of the year, one day's window,
// place, team (exactly one lead; users and outside experts), scope (framework nodes and/or text).
// The booking is checked against every visit that holds one, under a lock, in the same transaction
// as the write, so two bookings at once cannot both pass. Linked to the year's inspection plan when
// there is one. Audited.
import { type CreateInspectionVisitInput, createInspectionVisitInputSchema, visitWindowInstants } from "@cchc/domain";
import { isoToDbDate } from "@cchc/db";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { lockVisitBook, requireNoClash, requireScopeNodes, requireYearUnit, resolveTeam } from "./visit-booking.js";
import { VISIT_SNAPSHOT_SELECT, visitSnapshot } from "./visit-snapshot.js";

export async function createInspectionVisit(
  ctx: OperationContext,
  raw: CreateInspectionVisitInput,
): Promise<{ visitId: string }> {
  const input = validate(createInspectionVisitInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: { status: true, inspectionPlan: { select: { id: true } } },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "inspection.plan", { type: "EvaluationYear", yearStatus: year.status });
    await requireYearUnit(tx, input.yearId, input.unitId);
    const team = await resolveTeam(tx, input.team);
    const scopeNodeIds = await requireScopeNodes(tx, input.yearId, input.scopeNodeIds);
    const { startsAt, endsAt } = visitWindowInstants(input);
    await lockVisitBook(tx);
    await requireNoClash(tx, {
      unitId: input.unitId,
      startsAt,
      endsAt,
      teamUserIds: team.flatMap((m) => (m.userId ? [m.userId] : [])),
    });
    const created = await tx.inspectionVisit.create({
      data: {
        yearId: input.yearId,
        unitId: input.unitId,
        planId: year.inspectionPlan?.id ?? null,
        scheduledDate: isoToDbDate(input.date),
        startsAt,
        endsAt,
        place: input.place,
        scope: input.scopeText,
        createdAt: ctx.now,
        team: { create: team },
        scopeNodes: { create: scopeNodeIds.map((frameworkNodeId) => ({ frameworkNodeId })) },
      },
      select: VISIT_SNAPSHOT_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: "inspection_visit.create",
      entity: "InspectionVisit",
      entityId: created.id,
      after: visitSnapshot(created),
    });
    return { visitId: created.id };
  });
}
