import type { ClassificationTier, ScoringMethodKind } from '../framework/types';
import type { SubmissionStatus } from '../time/classify-submission';

/** Raw inputs of a leaf's method; the method's rule turns them into points. */
export type MethodInput =
  | { kind: 'binary'; met: boolean }
  /** number of items met, or one flag per item */
  | { kind: 'checklist'; met: number | boolean[] }
  | { kind: 'ratio'; numerator: number; denominator: number }
  | { kind: 'ratio_tiered'; numerator: number; denominator: number }
  /** 'pending' (not yet due) gives no score yet */
  | { kind: 'deadline'; status: SubmissionStatus }
  /** occurrences per deduction rule code (e.g. { e1: 2, e2: 1 }) */
  | { kind: 'deduction'; occurrences: Record<string, number> }
  /** satisfied = "hài lòng" + "rất hài lòng" answers; valid = valid answers */
  | { kind: 'survey_rate'; satisfied: number; valid: number }
  /** answer counts, e.g. { A: 10, B: 5, C: 1, D: 0 } */
  | { kind: 'survey_likert'; counts: Record<string, number> };

/** A score given by a person: points directly (with an optional comment) or the method's raw inputs. */
export type ScoreEntry = number | { points: number; comment?: string } | MethodInput;

/**
 * Everything known about one leaf for one unit. Precedence (first present wins):
 * - self_then_appraised: override > round2 > round1 > auto > self
 * - appraised_only:      override > round2 > round1 > auto          (self is ignored, with a note)
 * - survey:              override > survey                          (anything else ignored, with a note)
 * `auto` = inputs computed by the system (e.g. a report's submission status); it sits below the
 * appraisal rounds (appraisers can correct it) and above the unit's own claim.
 */
export interface LeafScoreInput {
  self?: ScoreEntry | null;
  round1?: ScoreEntry | null;
  round2?: ScoreEntry | null;
  survey?: ScoreEntry | null;
  auto?: MethodInput | null;
  /** a decision that replaces every other value (also used by what-if) */
  override?: { points: number; reason: string } | null;
  /** the appraisers marked this leaf not applicable for this unit (e.g. not inspected this year) */
  notApplicable?: { reason: string } | null;
}

export interface UnitScoreInput {
  unitId: string;
  unitName: string;
  unitType: string;
  leaves: Readonly<Record<string, LeafScoreInput | undefined>>;
  /** bonus points (clamped to the framework's bonusCap, with a warning) */
  bonus?: number;
  /** penalty points (clamped to the framework's penaltyCap, with a warning) */
  penalty?: number;
}

export type PointsOrigin = 'override' | 'round2' | 'round1' | 'auto' | 'self' | 'survey';

/** Why a leaf has its points — enough for the admin to show the reasoning. */
export interface LeafExplanation {
  code: string;
  name: string;
  areaCode: string;
  maxPoints: number;
  method: ScoringMethodKind | null;
  applicable: boolean;
  /** points counted in the index (0 when missing or not applicable) */
  points: number;
  /** where the points came from; null when missing or not applicable */
  source: PointsOrigin | null;
  /** the rule applied, human-readable, e.g. "checklist: 4/5 × 1 = 0.8" */
  rule: string;
  /** the inputs the rule used */
  inputs: Record<string, unknown> | null;
  missing: boolean;
  /** other values that were present but lost on precedence */
  superseded: Array<{ source: PointsOrigin; points: number | null }>;
  notes: string[];
}

export interface AreaScore {
  code: string;
  name: string;
  earned: number;
  max: number;
  /** 100 × earned ÷ max, 2 dp; null when nothing in the area applies */
  subIndex: number | null;
  subIndexExact: number | null;
}

export interface UnitScore {
  unitId: string;
  unitName: string;
  unitType: string;
  earned: number;
  bonus: number;
  penalty: number;
  max: number;
  /** rounded to 2 dp, clamped to 0..100 */
  index: number;
  /** unrounded, clamped to 0..100 */
  indexExact: number;
  /** unrounded, unclamped (can exceed 100 with bonus or go below 0 with penalty) */
  indexRaw: number;
  tier: ClassificationTier;
  areas: AreaScore[];
  leaves: LeafExplanation[];
  /** codes of applicable leaves without a score (counted 0) */
  missing: string[];
  warnings: string[];
}
