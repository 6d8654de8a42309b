// Home Affairs reopens one stage for one unit until a day (a unit that missed the self-assessment
// deadline for a good reason, or must correct a submitted one), with the reason kept in the audit
// log. A submission of that stage by the unit is removed, so the unit can write and submit again.
import { isoToDbDate } from "@cchc/db";
import { CycleStage, inputIssue, isIsoDate, requiredText, TEXT_LIMITS, toLocalIsoDate } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";

const reopenUnitStageInputSchema = z.object({
  yearId: z.string().max(TEXT_LIMITS.id),
  unitId: z.string().max(TEXT_LIMITS.id),
  stage: z.enum(CycleStage),
  untilOn: z.string().refine(isIsoDate, inputIssue("INVALID_DATE", "Ngày không hợp lệ.")),
  reason: requiredText(TEXT_LIMITS.reason),
});

export type ReopenUnitStageInput = z.input<typeof reopenUnitStageInputSchema>;

export async function reopenUnitStage(
  ctx: OperationContext,
  raw: ReopenUnitStageInput,
): Promise<{ reopeningId: string }> {
  const input = validate(reopenUnitStageInputSchema, raw);
  if (input.untilOn < toLocalIsoDate(ctx.now)) {
    throw new ValidationError([
      { field: "untilOn", code: "IN_THE_PAST", message: "Ngày mở lại đến phải từ hôm nay trở đi." },
    ]);
  }
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: { status: true, units: { where: { unitId: input.unitId }, select: { unitId: true } } },
    });
    if (!year?.units.length) throw new NotFoundError("đơn vị trong năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "unitRecord.review", {
      type: "UnitRecord",
      unitId: input.unitId,
      yearStatus: year.status,
    });
    const row = await tx.unitStageReopening.create({
      data: {
        yearId: input.yearId,
        unitId: input.unitId,
        stage: input.stage,
        untilOn: isoToDbDate(input.untilOn),
        reason: input.reason,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    const cleared = await tx.unitStageSubmission.deleteMany({
      where: { yearId: input.yearId, unitId: input.unitId, stage: input.stage },
    });
    await writeAudit(tx, viewer.userId, {
      action: "stage.reopen_unit",
      entity: "Unit",
      entityId: input.unitId,
      after: {
        yearId: input.yearId,
        stage: input.stage,
        untilOn: input.untilOn,
        ...(cleared.count > 0 ? { clearedSubmission: true } : {}),
      },
      reason: input.reason,
    });
    return { reopeningId: row.id };
  });
}
