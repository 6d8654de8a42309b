// Bonus and penalty points (điểm thưởng, điểm trừ) of a unit: given by Home Affairs during the
// appraisal rounds with a reason, each more than 0, and the unit's total bonus and total penalty each
// within the framework's cap. (The score engine clamps to the caps too; this rule refuses the input
// so nobody believes a point counts when it does not.)
import { z } from 'zod';
import { CycleStage } from '../enums';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../evidence/evidence-file';
import { inputIssue } from '../text/input-problems';
import { requiredText, TEXT_LIMITS } from '../text/input-text';

/** The stages during which bonus and penalty points may be given or changed. */
export const ADJUSTMENT_STAGES: readonly CycleStage[] = [CycleStage.ROUND1, CycleStage.ROUND2];

const id = z.string().max(TEXT_LIMITS.id);

export const saveUnitAdjustmentInputSchema = z.object({
  yearId: id,
  unitId: id,
  /** absent: a new adjustment */
  id: id.nullish(),
  /** the version seen, with `id` */
  version: z.number().int().min(1).nullish(),
  kind: z.enum(['BONUS', 'PENALTY']),
  points: z
    .number()
    .finite()
    .max(1000)
    .refine((p) => p > 0, inputIssue('NOT_POSITIVE', 'Số điểm phải lớn hơn 0.')),
  reason: requiredText(TEXT_LIMITS.reason),
  evidenceFileIds: z.array(id).max(MAX_EVIDENCE_FILES_PER_RECORD).nullish(),
});

export type SaveUnitAdjustmentInput = z.input<typeof saveUnitAdjustmentInputSchema>;

export interface AdjustmentCapProblem {
  field: 'points';
  code: 'OVER_BONUS_CAP' | 'OVER_PENALTY_CAP';
  message: string;
}

const fmt = (n: number) => String(Math.round(n * 10_000) / 10_000).replace('.', ',');

/**
 * Whether the unit's total of this kind stays within the cap: `otherTotal` is the unit's other
 * adjustments of the kind (an edited adjustment's old points left out), `points` this one's.
 */
export function adjustmentCapProblem(
  kind: 'BONUS' | 'PENALTY',
  points: number,
  otherTotal: number,
  cap: number,
): AdjustmentCapProblem | null {
  const total = Math.round((otherTotal + points) * 10_000) / 10_000;
  if (total <= cap + 1e-9) return null;
  return kind === 'BONUS'
    ? {
        field: 'points',
        code: 'OVER_BONUS_CAP',
        message: `Tổng điểm thưởng của đơn vị (${fmt(total)}) vượt mức tối đa của bộ tiêu chí (${fmt(cap)} điểm).`,
      }
    : {
        field: 'points',
        code: 'OVER_PENALTY_CAP',
        message: `Tổng điểm trừ của đơn vị (${fmt(total)}) vượt mức tối đa của bộ tiêu chí (${fmt(cap)} điểm).`,
      };
}
