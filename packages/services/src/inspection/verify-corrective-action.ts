// The visit's team (or Home Affairs) verifies a submitted fix, with an optional note: the action is
// done and counts as fixed in the evaluation's corrective-actions leaf.
import { type VerifyCorrectiveActionInput, verifyCorrectiveActionInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError } from "../errors.js";
import { validate } from "../validate.js";
import { CORRECTIVE_ACTION_SELECT, correctiveActionSnapshot, requireActionStep } from "./corrective-action-record.js";

export async function verifyCorrectiveAction(
  ctx: OperationContext,
  raw: VerifyCorrectiveActionInput,
): Promise<{ actionId: string }> {
  const input = validate(verifyCorrectiveActionInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { row, viewer } = await requireActionStep(tx, ctx.viewer, input, "verify", "action.verify");
    const written = await tx.correctiveAction.updateMany({
      where: { id: row.id, version: row.version },
      data: { status: "VERIFIED", verifiedAt: ctx.now, verifiedById: viewer.userId, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("CorrectiveAction", row.id, row.version);
    await tx.correctiveActionEvent.create({
      data: {
        actionId: row.id,
        fromStatus: row.status,
        toStatus: "VERIFIED",
        note: input.note,
        actorId: viewer.userId,
        at: ctx.now,
      },
    });
    const after = await tx.correctiveAction.findUniqueOrThrow({
      where: { id: row.id },
      select: CORRECTIVE_ACTION_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: "corrective_action.verify",
      entity: "CorrectiveAction",
      entityId: row.id,
      before: correctiveActionSnapshot(row),
      after: correctiveActionSnapshot(after),
    });
    return { actionId: row.id };
  });
}
