// What every write of score entries checks before looking at the values, in this order (shared by
// `saveScoreEntry` and `saveScoreEntries`): the source is one people type (not computed by the
// system); the year and the unit in it exist; who may write this source for this unit (the domain's
// access rules); the results are not locked; the source's stage is open for the unit (a reopening
// extends it); the unit has not submitted that stage (a submitted self-assessment or explanation is
// read-only until Home Affairs reopens it).
import { type EntryRule, ENTRY_RULES, type EntrySource, stageFrozenBy, toLocalIsoDate } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError, StageClosedError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { unitStageOpen } from "./unit-stage-open.js";

/** The rule of a typed source; refuses the sources the system computes (automatic, survey). */
export function typedEntryRule(source: EntrySource): EntryRule {
  const rule = ENTRY_RULES[source];
  if (!rule) {
    throw new ValidationError([
      { field: "source", code: "SYSTEM_SOURCE", message: "Giá trị này do hệ thống tính, không nhập tay." },
    ]);
  }
  return rule;
}

export async function openEntryWrite(
  tx: Tx,
  ctx: OperationContext,
  target: { yearId: string; unitId: string; source: EntrySource },
) {
  const rule = typedEntryRule(target.source);
  const year = await tx.evaluationYear.findUnique({
    where: { id: target.yearId },
    select: {
      status: true,
      framework: { select: { id: true } },
      resultSnapshot: { select: { lockedAt: true } },
      units: { where: { unitId: target.unitId }, select: { type: { select: { code: true } } } },
    },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  const yearUnit = year.units[0];
  if (!yearUnit) throw new NotFoundError("đơn vị trong năm đánh giá");
  const viewer = requireAllowed(ctx.viewer, rule.action, {
    type: "UnitRecord",
    unitId: target.unitId,
    yearStatus: year.status,
  });

  if (year.resultSnapshot?.lockedAt) throw new StageClosedError(rule.stages, true);
  const where = { yearId: target.yearId, unitId: target.unitId };
  if (!(await unitStageOpen(tx, where, rule.stages, toLocalIsoDate(ctx.now)))) {
    throw new StageClosedError(rule.stages, false);
  }
  const frozenBy = stageFrozenBy(target.source);
  if (frozenBy) {
    const submitted = await tx.unitStageSubmission.findUnique({
      where: { yearId_unitId_stage: { ...where, stage: frozenBy } },
      select: { id: true },
    });
    if (submitted) {
      throw new ValidationError([
        {
          field: "source",
          code: "ALREADY_SUBMITTED",
          message: "Đơn vị đã nộp giai đoạn này: chỉ xem. Phòng Nội vụ có thể mở lại cho đơn vị (có ghi lý do).",
        },
      ]);
    }
  }
  return { rule, viewer, frameworkId: year.framework?.id ?? null, unitTypeCode: yearUnit.type.code };
}
