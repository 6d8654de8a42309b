// Home Affairs removes a unit's bonus or penalty (same stage, lock and version rules as saving it).
// Audited with what was removed.
import { TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { validate } from "../validate.js";
import { ADJUSTMENT_SELECT, adjustmentSnapshot, requireAdjustable } from "./save-unit-adjustment.js";

const deleteUnitAdjustmentInputSchema = z.object({
  id: z.string().max(TEXT_LIMITS.id),
  version: z.number().int().min(1),
});

export type DeleteUnitAdjustmentInput = z.input<typeof deleteUnitAdjustmentInputSchema>;

export async function deleteUnitAdjustment(
  ctx: OperationContext,
  raw: DeleteUnitAdjustmentInput,
): Promise<{ adjustmentId: string; yearId: string; unitId: string }> {
  const input = validate(deleteUnitAdjustmentInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.unitAdjustment.findUnique({ where: { id: input.id }, select: ADJUSTMENT_SELECT });
    if (!existing) throw new NotFoundError("điểm thưởng/điểm trừ");
    const { viewer } = await requireAdjustable(ctx, tx, { yearId: existing.yearId, unitId: existing.unitId });
    if (existing.version !== input.version) throw new ConflictError("UnitAdjustment", existing.id, existing.version);
    const removed = await tx.unitAdjustment.deleteMany({ where: { id: existing.id, version: existing.version } });
    if (removed.count === 0) throw new ConflictError("UnitAdjustment", existing.id, existing.version);
    await writeAudit(tx, viewer.userId, {
      action: "adjustment.delete",
      entity: "UnitAdjustment",
      entityId: existing.id,
      before: adjustmentSnapshot(existing),
    });
    return { adjustmentId: existing.id, yearId: existing.yearId, unitId: existing.unitId };
  });
}
