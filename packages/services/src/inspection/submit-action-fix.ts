// The owner unit's officer submits the fix of a corrective action (open, or reopened by the team):
// a note and, optionally, evidence files of the unit uploaded for this year (POST /files). The files
// are attached to the action (earlier submissions' files stay, as history).
import { type SubmitActionFixInput, submitActionFixInputSchema } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { validate } from "../validate.js";
import { requireActionStep } from "./corrective-action-record.js";
import { recordActionStep } from "./corrective-action-step.js";

export async function submitActionFix(ctx: OperationContext, raw: SubmitActionFixInput): Promise<{ actionId: string }> {
  const input = validate(submitActionFixInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { row, viewer } = await requireActionStep(tx, ctx.viewer, input, "submit", "action.submitFix");
    const fileIds = await requireEvidenceOf(tx, input.evidenceFileIds ?? [], {
      yearId: row.finding.visit.yearId,
      unitId: row.ownerUnitId,
    });
    return recordActionStep(tx, row, {
      actorId: viewer.userId,
      at: ctx.now,
      to: "SUBMITTED",
      data: { fixNote: input.note, submittedAt: ctx.now },
      note: input.note,
      afterWrite: async () => {
        if (fileIds.length) {
          await tx.evidenceFile.updateMany({ where: { id: { in: fileIds } }, data: { correctiveActionId: row.id } });
        }
      },
      audit: (snapshots) => ({ action: "corrective_action.submit_fix", entity: "CorrectiveAction", ...snapshots }),
    });
  });
}
