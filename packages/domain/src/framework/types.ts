/** Who provides a leaf's score. */
export type ScoreSource = 'self_then_appraised' | 'appraised_only' | 'survey';

export type ScoringMethodKind =
  | 'binary'
  | 'checklist'
  | 'ratio'
  | 'ratio_tiered'
  | 'deadline'
  | 'deduction'
  | 'survey_rate'
  | 'survey_likert';

/** Points of a ratio tier: a fixed number, or proportional ("6 × ratio"). */
export type TierPoints = { kind: 'fixed'; points: number } | { kind: 'proportional'; factor: number };

/**
 * One tier of a tiered ratio; bounds are ratios in 0..1 (80% → 0.8), null = unbounded.
 * Tiers are tried in order; the first that contains the ratio wins.
 */
export interface RatioTier {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
  points: TierPoints;
  /** the condition as written, e.g. "80% <= ratio < 100%" */
  conditionText?: string;
}

export type DeadlineOutcome = 'on_time' | 'late' | 'missing';

export interface DeductionRule {
  code: string;
  event: string;
  minus: number;
}

export type ScoringMethod =
  | { kind: 'binary'; yesPoints: number; noPoints: number; condition?: string }
  /** points = (items met ÷ items) × max */
  | { kind: 'checklist'; items: string[]; pointsPerItem?: number }
  /** points = min(1, (numerator ÷ denominator) ÷ target) × max; denominator 0 → whenDenominatorZero (null = no score) */
  | { kind: 'ratio'; target: number; whenDenominatorZero: number | null; formula?: string }
  /** ratio = numerator ÷ denominator, capped at 1; first matching tier */
  | { kind: 'ratio_tiered'; tiers: RatioTier[]; whenDenominatorZero: number | null; ratioText?: string }
  | { kind: 'deadline'; points: Record<DeadlineOutcome, number>; conditions?: Partial<Record<DeadlineOutcome, string>> }
  /** points = max(floor, start − Σ occurrences × minus) */
  | { kind: 'deduction'; start: number; floor: number; rules: DeductionRule[] }
  /** points = rate × max, rate = satisfied ÷ valid answers */
  | { kind: 'survey_rate'; formula?: string }
  /** points = (Σ count × weight ÷ Σ count) × max; default weights A/B/C/D = 1/0.6/0.2/0 */
  | { kind: 'survey_likert'; weights: Record<string, number> };

export interface FrameworkNode {
  code: string;
  name: string;
  nameEn?: string;
  maxPoints: number;
  children: FrameworkNode[];
  /** leaves only */
  method?: ScoringMethod;
  /** leaves only */
  scoreSource?: ScoreSource;
  /** unit type codes; empty = all */
  appliesTo: string[];
  evidenceHint?: string;
  /** why the children don't sum to maxPoints, if they don't */
  sumReason?: string;
}

export interface ClassificationTier {
  code: string;
  nameVi: string;
  nameEn: string;
  minPercent: number;
}

export interface Framework {
  name: string;
  areas: FrameworkNode[];
  bonusCap: number;
  penaltyCap: number;
  tiers: ClassificationTier[];
  /** the declared total (e.g. 100); validated against the areas' sum when present */
  maxTotal?: number;
  /** unit type code → label */
  unitTypes?: Record<string, string>;
}

export function isLeaf(node: FrameworkNode): boolean {
  return node.children.length === 0;
}
