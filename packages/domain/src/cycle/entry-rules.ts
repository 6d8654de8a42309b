// Who writes which kind of score entry, in which stage, and what a value must be. One table, read by
// the operation that saves an entry and by the admin (what it may offer on a leaf).
//
// - The unit's officer claims (SELF) during self-assessment and explains (EXPLANATION) between the
//   rounds; a claim without evidence needs an explanation (tài liệu kiểm chứng, or why there is none).
// - Home Affairs appraises in round 1 and round 2; an appraised value that differs from the claim
//   needs a reason code. It may mark a leaf not applicable for the unit (with a reason) during either
//   round, and override a leaf's points (with a reason) in round 2 or during approval.
// - AUTO and SURVEY values are computed by the system from its own data, never typed.
import type { Action } from '../access/can';
import { CycleStage, type EntrySource } from '../enums';
import type { FrameworkNode } from '../framework/types';
import { evaluateMethod } from '../scoring/evaluate-method';
import type { MethodInput } from '../scoring/types';

export interface EntryRule {
  /** The access action on the unit's record. */
  action: Action;
  /** The stages during which it may be written. */
  stages: readonly CycleStage[];
}

export const ENTRY_RULES: Readonly<Partial<Record<EntrySource, EntryRule>>> = {
  SELF: { action: 'unitRecord.edit', stages: [CycleStage.SELF_ASSESSMENT] },
  EXPLANATION: { action: 'unitRecord.edit', stages: [CycleStage.EXPLANATION] },
  ROUND1: { action: 'unitRecord.review', stages: [CycleStage.ROUND1] },
  ROUND2: { action: 'unitRecord.review', stages: [CycleStage.ROUND2] },
  NOT_APPLICABLE: { action: 'unitRecord.review', stages: [CycleStage.ROUND1, CycleStage.ROUND2] },
  OVERRIDE: { action: 'unitRecord.review', stages: [CycleStage.ROUND2, CycleStage.APPROVAL] },
};

/** Why an appraised value differs from the unit's claim. */
export const APPRAISAL_REASONS = {
  NO_EVIDENCE: 'Không có tài liệu kiểm chứng',
  EVIDENCE_INSUFFICIENT: 'Tài liệu kiểm chứng chưa đầy đủ',
  LATE: 'Thực hiện không đúng thời hạn',
  WRONG_INPUTS: 'Số liệu tự chấm không chính xác',
  INSPECTION_FINDING: 'Theo kết luận kiểm tra',
  OTHER: 'Lý do khác (ghi trong nhận xét)',
} as const;

export type AppraisalReason = keyof typeof APPRAISAL_REASONS;

export interface EntryValue {
  inputs: MethodInput | null;
  points: number | null;
  comment: string | null;
  reasonCode: string | null;
}

export interface EntryProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * Checks a value for a leaf from a source, and gives the points it is worth (from the method's
 * inputs, or the points given). `claim` is the unit's own points on the leaf, for the reason rule.
 */
export function checkEntryValue(
  leaf: FrameworkNode,
  source: EntrySource,
  value: EntryValue,
  context: { evidenceCount: number; claimPoints: number | null },
): { problems: EntryProblem[]; points: number | null } {
  const problems: EntryProblem[] = [];
  const scoreSource = leaf.scoreSource ?? 'self_then_appraised';
  if (!ENTRY_RULES[source]) {
    return {
      problems: [{ field: 'source', code: 'SYSTEM_SOURCE', message: 'Giá trị này do hệ thống tính, không nhập tay.' }],
      points: null,
    };
  }
  if (source === 'SELF' && scoreSource !== 'self_then_appraised') {
    problems.push({ field: 'source', code: 'NOT_SELF_SCORED', message: 'Tiêu chí này không do đơn vị tự chấm.' });
  }
  if (source === 'EXPLANATION' || source === 'NOT_APPLICABLE') {
    if (!value.comment) problems.push({ field: 'comment', code: 'REQUIRED', message: 'Cần ghi nội dung.' });
    return { problems, points: null };
  }
  let points: number | null = null;
  if (value.inputs) {
    if (!leaf.method) {
      problems.push({ field: 'inputs', code: 'NOT_A_LEAF', message: 'Chỉ chấm điểm tiêu chí thành phần.' });
    } else {
      const result = evaluateMethod(leaf.method, leaf.maxPoints, value.inputs, false);
      if (result.ok) points = result.points;
      else
        problems.push({
          field: 'inputs',
          code: 'INPUTS_DO_NOT_FIT',
          message: 'Số liệu không phù hợp với cách chấm của tiêu chí.',
        });
    }
  } else if (value.points !== null) {
    if (value.points < 0 || value.points > leaf.maxPoints) {
      problems.push({ field: 'points', code: 'OUT_OF_RANGE', message: `Điểm phải từ 0 đến ${leaf.maxPoints}.` });
    } else points = value.points;
  } else {
    problems.push({ field: 'points', code: 'REQUIRED', message: 'Cần nhập điểm hoặc số liệu.' });
  }
  if (source === 'SELF' && context.evidenceCount === 0 && !value.comment) {
    problems.push({
      field: 'comment',
      code: 'EXPLANATION_REQUIRED',
      message: 'Không có tài liệu kiểm chứng: cần giải trình.',
    });
  }
  if ((source === 'ROUND1' || source === 'ROUND2') && points !== null && context.claimPoints !== null) {
    // points are stored with 4 decimals: a claim of 58/63 × 2 is kept as 1.8413, the same inputs give 1.84126…
    const differs = Math.round(points * 10_000) !== Math.round(context.claimPoints * 10_000);
    if (differs && !(value.reasonCode && value.reasonCode in APPRAISAL_REASONS)) {
      problems.push({
        field: 'reasonCode',
        code: 'REASON_REQUIRED',
        message: 'Điểm thẩm định khác điểm tự chấm: cần chọn lý do.',
      });
    }
  }
  if (source === 'OVERRIDE' && !value.comment) {
    problems.push({ field: 'comment', code: 'REQUIRED', message: 'Cần ghi căn cứ điều chỉnh.' });
  }
  return { problems, points };
}
