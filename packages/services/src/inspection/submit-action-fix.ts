// The owner unit's officer submits the fix of a corrective action (open, or reopened by the team):
// a note and, optionally, evidence files of the unit uploaded for this year (POST /files). The files
// are attached to the action (earlier submissions' files stay, as history).
import { type SubmitActionFixInput, submitActionFixInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { validate } from "../validate.js";
import { CORRECTIVE_ACTION_SELECT, correctiveActionSnapshot, requireActionStep } from "./corrective-action-record.js";

export async function submitActionFix(ctx: OperationContext, raw: SubmitActionFixInput): Promise<{ actionId: string }> {
  const input = validate(submitActionFixInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { row, viewer } = await requireActionStep(tx, ctx.viewer, input, "submit", "action.submitFix");
    const fileIds = await requireEvidenceOf(tx, input.evidenceFileIds ?? [], {
      yearId: row.finding.visit.yearId,
      unitId: row.ownerUnitId,
    });
    const written = await tx.correctiveAction.updateMany({
      where: { id: row.id, version: row.version },
      data: { status: "SUBMITTED", fixNote: input.note, submittedAt: ctx.now, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("CorrectiveAction", row.id, row.version);
    if (fileIds.length) {
      await tx.evidenceFile.updateMany({ where: { id: { in: fileIds } }, data: { correctiveActionId: row.id } });
    }
    await tx.correctiveActionEvent.create({
      data: {
        actionId: row.id,
        fromStatus: row.status,
        toStatus: "SUBMITTED",
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
      action: "corrective_action.submit_fix",
      entity: "CorrectiveAction",
      entityId: row.id,
      before: correctiveActionSnapshot(row),
      after: correctiveActionSnapshot(after),
    });
    return { actionId: row.id };
  });
}
