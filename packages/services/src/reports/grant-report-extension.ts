// Home Affairs gives more time for a report period, to one unit or to every unit of the year, with a
// reason. The new last on-time day must be after the period's own due date and within the next year.
// Extensions are kept (never edited): the latest granted one that concerns a unit wins (domain
// `effectiveDueDate`). Refused once the results are locked. Audited with the reason.
import { isoToDbDate, dbDateToIso } from "@cchc/db";
import { type GrantReportExtensionInput, grantReportExtensionInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { resultsLockedError } from "./report-errors.js";

export async function grantReportExtension(
  ctx: OperationContext,
  raw: GrantReportExtensionInput,
): Promise<{ extensionId: string; periodId: string }> {
  const input = validate(grantReportExtensionInputSchema, raw);
  const unitId = input.unitId ?? null;
  return ctx.prisma.$transaction(async (tx) => {
    const period = await tx.reportPeriod.findUnique({
      where: { id: input.periodId },
      select: {
        id: true,
        dueDate: true,
        year: {
          select: {
            year: true,
            status: true,
            resultSnapshot: { select: { lockedAt: true } },
            units: { where: { unitId: unitId ?? "" }, select: { unitId: true } },
          },
        },
      },
    });
    if (!period) throw new NotFoundError("kỳ báo cáo");
    const viewer = requireAllowed(ctx.viewer, "report.extend", {
      type: "EvaluationYear",
      yearStatus: period.year.status,
    });
    if (unitId !== null && period.year.units.length === 0) throw new NotFoundError("đơn vị trong năm đánh giá");
    if (period.year.resultSnapshot?.lockedAt) throw resultsLockedError("untilDate");
    const due = dbDateToIso(period.dueDate);
    if (input.untilDate <= due) {
      throw new ValidationError([
        {
          field: "untilDate",
          code: "NOT_AFTER_DUE",
          message: `Ngày gia hạn phải sau hạn của kỳ báo cáo (${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}).`,
        },
      ]);
    }
    if (input.untilDate > `${period.year.year + 1}-12-31`) {
      throw new ValidationError([
        { field: "untilDate", code: "TOO_FAR", message: "Ngày gia hạn không được quá cuối năm sau năm đánh giá." },
      ]);
    }
    const created = await tx.reportExtension.create({
      data: {
        periodId: period.id,
        unitId,
        untilDate: isoToDbDate(input.untilDate),
        reason: input.reason,
        grantedById: viewer.userId,
        createdAt: ctx.now,
      },
      select: { id: true },
    });
    await writeAudit(tx, viewer.userId, {
      action: "report.extend",
      entity: "ReportExtension",
      entityId: created.id,
      after: { periodId: period.id, unitId, untilDate: input.untilDate },
      reason: input.reason,
    });
    return { extensionId: created.id, periodId: period.id };
  });
}
