// A step of a visit taken by Home Affairs or a member of its team: notify the unit (notifiedAt), start
// on the spot (startedAt), or cancel with a reason. The step must be allowed from the visit's status
// (the domain's VISIT_TRANSITIONS); the version the person saw; one transaction; audited. The
// minutes and the conclusion are other operations (recordVisitMinutes, concludeVisit).
import { type Action, canMoveVisit, VisitStatus } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { VisitStepError } from "./visit-step-error.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "./visit-resource.js";
import { VISIT_SNAPSHOT_SELECT, visitSnapshot } from "./visit-snapshot.js";

type Step = "NOTIFIED" | "IN_PROGRESS" | "CANCELLED";

const STEP: Record<
  Step,
  { action: Action; audit: "inspection_visit.notify" | "inspection_visit.start" | "inspection_visit.cancel" }
> = {
  [VisitStatus.NOTIFIED]: { action: "visit.notify", audit: "inspection_visit.notify" },
  [VisitStatus.IN_PROGRESS]: { action: "visit.start", audit: "inspection_visit.start" },
  [VisitStatus.CANCELLED]: { action: "visit.cancel", audit: "inspection_visit.cancel" },
};

export async function moveInspectionVisit(
  ctx: OperationContext,
  input: { id: string; version: number; to: Step; reason?: string | null },
): Promise<{ visitId: string }> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.inspectionVisit.findUnique({
      where: { id: input.id },
      select: { ...VISIT_RESOURCE_SELECT, ...VISIT_SNAPSHOT_SELECT },
    });
    if (!before) throw new NotFoundError("cuộc kiểm tra");
    const viewer = requireAllowed(ctx.viewer, STEP[input.to].action, visitResource(before));
    if (before.version !== input.version) throw new ConflictError("InspectionVisit", before.id, before.version);
    if (!canMoveVisit(before.status, input.to)) throw new VisitStepError(before.status, input.to);
    const written = await tx.inspectionVisit.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        status: input.to,
        version: { increment: 1 },
        ...(input.to === VisitStatus.NOTIFIED ? { notifiedAt: ctx.now } : {}),
        ...(input.to === VisitStatus.IN_PROGRESS ? { startedAt: ctx.now } : {}),
        ...(input.to === VisitStatus.CANCELLED ? { cancelReason: input.reason ?? null } : {}),
      },
    });
    if (written.count === 0) throw new ConflictError("InspectionVisit", before.id, before.version);
    const after = await tx.inspectionVisit.findUniqueOrThrow({
      where: { id: before.id },
      select: VISIT_SNAPSHOT_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: STEP[input.to].audit,
      entity: "InspectionVisit",
      entityId: before.id,
      before: visitSnapshot(before),
      after: visitSnapshot(after),
      reason: input.reason ?? null,
    });
    return { visitId: before.id };
  });
}
