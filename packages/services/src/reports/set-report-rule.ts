// Home Affairs chooses the year's periodic-report rule (the seed's "gửi trước ngày 25 của tháng giữa
// quý" or the national "chậm nhất ngày 20 của tháng cuối kỳ"); the periods' last on-time days and
// rule texts are recomputed in the same transaction. Refused once the year's results are locked.
// Names the year's version seen (ConflictError otherwise). Audited with the due dates before/after.
import { dbDateToIso, isoToDbDate, jsonColumns } from "@cchc/db";
import {
  periodDueDates,
  REPORT_RULES,
  reportRuleKey,
  type SetReportRuleInput,
  setReportRuleInputSchema,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { resultsLockedError } from "./report-errors.js";

export async function setReportRule(
  ctx: OperationContext,
  raw: SetReportRuleInput,
): Promise<{ yearId: string; changedPeriods: number }> {
  const input = validate(setReportRuleInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: {
        id: true,
        version: true,
        year: true,
        status: true,
        reportRule: true,
        resultSnapshot: { select: { lockedAt: true } },
        reportPeriods: { select: { id: true, code: true, dueDate: true } },
      },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "year.reportRule", { type: "EvaluationYear", yearStatus: year.status });
    if (year.resultSnapshot?.lockedAt) throw resultsLockedError("rule");
    if (year.version !== input.version) throw new ConflictError("EvaluationYear", year.id, year.version);
    const rule = REPORT_RULES[input.rule];
    const dues = periodDueDates(rule, year.year);
    const written = await tx.evaluationYear.updateMany({
      where: { id: year.id, version: year.version },
      data: { reportRule: jsonColumns.reportRule.toJson(rule), version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("EvaluationYear", year.id, year.version);
    let changedPeriods = 0;
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const p of year.reportPeriods) {
      before[p.code] = dbDateToIso(p.dueDate);
      const due = dues.find((d) => d.code === p.code);
      if (!due) continue;
      after[p.code] = due.dueDate;
      if (before[p.code] !== due.dueDate) changedPeriods++;
      await tx.reportPeriod.update({
        where: { id: p.id },
        data: { dueDate: isoToDbDate(due.dueDate), ruleText: due.ruleText },
      });
    }
    await writeAudit(tx, viewer.userId, {
      action: "report.set_rule",
      entity: "EvaluationYear",
      entityId: year.id,
      before: {
        version: year.version,
        rule: reportRuleKey(jsonColumns.reportRule.parse(year.reportRule)),
        dueDates: before,
      },
      after: { version: year.version + 1, rule: input.rule, dueDates: after },
    });
    return { yearId: year.id, changedPeriods };
  });
}
