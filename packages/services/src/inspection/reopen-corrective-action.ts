// The visit's team (or Home Affairs) sends a submitted (or verified) fix back to the unit with a
// reason: the action is REOPENED (not fixed, for the evaluation too) until the officer submits again.
import { type ReopenCorrectiveActionInput, reopenCorrectiveActionInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError } from "../errors.js";
import { validate } from "../validate.js";
import { CORRECTIVE_ACTION_SELECT, correctiveActionSnapshot, requireActionStep } from "./corrective-action-record.js";

export async function reopenCorrectiveAction(
  ctx: OperationContext,
  raw: ReopenCorrectiveActionInput,
): Promise<{ actionId: string }> {
  const input = validate(reopenCorrectiveActionInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { row, viewer } = await requireActionStep(tx, ctx.viewer, input, "reopen", "action.reopen");
    const written = await tx.correctiveAction.updateMany({
      where: { id: row.id, version: row.version },
      data: { status: "REOPENED", verifiedAt: null, verifiedById: null, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("CorrectiveAction", row.id, row.version);
    await tx.correctiveActionEvent.create({
      data: {
        actionId: row.id,
        fromStatus: row.status,
        toStatus: "REOPENED",
        note: input.reason,
        actorId: viewer.userId,
        at: ctx.now,
      },
    });
    const after = await tx.correctiveAction.findUniqueOrThrow({
      where: { id: row.id },
      select: CORRECTIVE_ACTION_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: "corrective_action.reopen",
      entity: "CorrectiveAction",
      entityId: row.id,
      before: correctiveActionSnapshot(row),
      after: correctiveActionSnapshot(after),
      reason: input.reason,
    });
    return { actionId: row.id };
  });
}
