// The visit's team (or Home Affairs) verifies a submitted fix, with an optional note: the action is
// done and counts as fixed in the evaluation's corrective-actions leaf.
import { type VerifyCorrectiveActionInput, verifyCorrectiveActionInputSchema } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { requireActionStep } from "./corrective-action-record.js";
import { recordActionStep } from "./corrective-action-step.js";

export async function verifyCorrectiveAction(
  ctx: OperationContext,
  raw: VerifyCorrectiveActionInput,
): Promise<{ actionId: string }> {
  const input = validate(verifyCorrectiveActionInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { row, viewer } = await requireActionStep(tx, ctx.viewer, input, "verify", "action.verify");
    return recordActionStep(tx, row, {
      actorId: viewer.userId,
      at: ctx.now,
      to: "VERIFIED",
      data: { verifiedAt: ctx.now, verifiedById: viewer.userId },
      note: input.note,
      audit: (snapshots) => ({ action: "corrective_action.verify", entity: "CorrectiveAction", ...snapshots }),
    });
  });
}
