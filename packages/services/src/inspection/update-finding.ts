// Changes a finding (kind, severity, criterion, text, location; photos when given) while the visit's
// findings are open, naming the version seen: a stale version answers ConflictError with the finding
// as it is now (the offline outbox shows both to the inspector). Audited with before and after.
import { type UpdateFindingInput, updateFindingInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { validate } from "../validate.js";
import { requireCriterionLeaf, requirePhotos } from "./finding-parts.js";
import { FINDING_SELECT, findingSnapshot } from "./finding-snapshot.js";
import { requireFindingVisit } from "./finding-visit.js";

export async function updateFinding(ctx: OperationContext, raw: UpdateFindingInput): Promise<{ findingId: string }> {
  const input = validate(updateFindingInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.finding.findUnique({ where: { id: input.id }, select: FINDING_SELECT });
    if (!before) throw new NotFoundError("phát hiện");
    const { visit, viewer } = await requireFindingVisit(ctx, tx, before.visitId);
    if (before.version !== input.version) throw new ConflictError("Finding", before.id, before.version);
    await requireCriterionLeaf(tx, input.frameworkNodeId, visit.yearId);
    const photos = input.photoFileIds === null ? null : await requirePhotos(tx, input.photoFileIds, visit, before.id);
    const written = await tx.finding.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        kind: input.kind,
        severity: input.severity,
        frameworkNodeId: input.frameworkNodeId,
        description: input.description,
        latitude: input.latitude,
        longitude: input.longitude,
        version: { increment: 1 },
      },
    });
    if (written.count === 0) throw new ConflictError("Finding", before.id, before.version);
    if (photos !== null) {
      await tx.evidenceFile.updateMany({
        where: { findingId: before.id, id: { notIn: photos } },
        data: { findingId: null },
      });
      if (photos.length) {
        await tx.evidenceFile.updateMany({ where: { id: { in: photos } }, data: { findingId: before.id } });
      }
    }
    const after = await tx.finding.findUniqueOrThrow({ where: { id: before.id }, select: FINDING_SELECT });
    await writeAudit(tx, viewer.userId, {
      action: "finding.update",
      entity: "Finding",
      entityId: before.id,
      before: findingSnapshot(before),
      after: findingSnapshot(after),
    });
    return { findingId: before.id };
  });
}
