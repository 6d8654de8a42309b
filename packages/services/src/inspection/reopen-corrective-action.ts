// The visit's team (or Home Affairs) sends a submitted (or verified) fix back to the unit with a
// reason: the action is REOPENED (not fixed, for the evaluation too) until the officer submits again.
import { type ReopenCorrectiveActionInput, reopenCorrectiveActionInputSchema } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { requireActionStep } from "./corrective-action-record.js";
import { recordActionStep } from "./corrective-action-step.js";

export async function reopenCorrectiveAction(
  ctx: OperationContext,
  raw: ReopenCorrectiveActionInput,
): Promise<{ actionId: string }> {
  const input = validate(reopenCorrectiveActionInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { row, viewer } = await requireActionStep(tx, ctx.viewer, input, "reopen", "action.reopen");
    return recordActionStep(tx, row, {
      actorId: viewer.userId,
      at: ctx.now,
      to: "REOPENED",
      data: { verifiedAt: null, verifiedById: null },
      note: input.reason,
      audit: (snapshots) => ({
        action: "corrective_action.reopen",
        entity: "CorrectiveAction",
        ...snapshots,
        reason: input.reason,
      }),
    });
  });
}
