// Removes a finding while the visit's findings are open (the admin asks for a confirmation first),
// naming the version seen; a finding that already has corrective actions is kept (remove them
// first). Its photos stay as the unit's files, detached. Audited with what was removed.
import { type DeleteFindingInput, deleteFindingInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { FINDING_SELECT, findingSnapshot } from "./finding-snapshot.js";
import { requireFindingVisit } from "./finding-visit.js";

export async function deleteFinding(ctx: OperationContext, raw: DeleteFindingInput): Promise<{ findingId: string }> {
  const input = validate(deleteFindingInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.finding.findUnique({
      where: { id: input.id },
      select: { ...FINDING_SELECT, _count: { select: { actions: true } } },
    });
    if (!before) throw new NotFoundError("phát hiện");
    const { viewer } = await requireFindingVisit(ctx, tx, before.visitId);
    if (before.version !== input.version) throw new ConflictError("Finding", before.id, before.version);
    if (before._count.actions > 0) {
      throw new ValidationError([
        {
          field: "id",
          code: "HAS_ACTIONS",
          message: "Phát hiện đã có biện pháp khắc phục: không thể xóa.",
        },
      ]);
    }
    await tx.evidenceFile.updateMany({ where: { findingId: before.id }, data: { findingId: null } });
    const removed = await tx.finding.deleteMany({ where: { id: before.id, version: before.version } });
    if (removed.count === 0) throw new ConflictError("Finding", before.id, before.version);
    await writeAudit(tx, viewer.userId, {
      action: "finding.delete",
      entity: "Finding",
      entityId: before.id,
      before: findingSnapshot(before),
    });
    return { findingId: before.id };
  });
}
