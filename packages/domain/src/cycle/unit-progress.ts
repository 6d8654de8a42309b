// How far one unit is in the cycle, for Home Affairs' list of units: self-assessment progress (the
// leaves of its type the unit scores itself, and those it claimed), appraisal progress in a round
// (the leaves of its type, and those appraised in that round), and whether the unit is waiting for
// appraisal now. A leaf marked not applicable for the unit leaves both totals (it does not count
// towards the unit's maximum either). The self-scored rule is the submission's (`submissionProblems`).
import type { EntrySource } from '../enums';
import type { ScoreSource } from '../framework/types';
import type { StageState } from './stage-calendar';

export interface ProgressLeaf {
  code: string;
  scoreSource?: ScoreSource | null;
  /** unit type codes; empty = all */
  appliesTo: readonly string[];
}

export type AppraisalRound = 'ROUND1' | 'ROUND2';

export interface UnitProgress {
  /** Self-scored leaves with a claim (SELF). */
  claimed: number;
  /** Self-scored leaves that apply to the unit. */
  selfScored: number;
  /** The round counted (see `progressRound`), or null before round 1. */
  round: AppraisalRound | null;
  /** Leaves with an entry of that round. */
  appraised: number;
  /** Leaves that apply to the unit. */
  total: number;
}

/**
 * The round whose progress a unit's row shows: the round open for the unit (round 2 first), else the
 * last round already closed, else null (round 1 not started).
 */
export function progressRound(states: Partial<Record<AppraisalRound, StageState>>): AppraisalRound | null {
  if (states.ROUND2 === 'open') return 'ROUND2';
  if (states.ROUND1 === 'open') return 'ROUND1';
  if (states.ROUND2 === 'closed') return 'ROUND2';
  if (states.ROUND1 === 'closed') return 'ROUND1';
  return null;
}

/** Counts one unit's progress from the sources of its entries per leaf code. */
export function unitProgress(
  leaves: readonly ProgressLeaf[],
  unitTypeCode: string,
  sourcesOf: (leafCode: string) => ReadonlySet<EntrySource> | undefined,
  round: AppraisalRound | null,
): UnitProgress {
  const out: UnitProgress = { claimed: 0, selfScored: 0, round, appraised: 0, total: 0 };
  for (const leaf of leaves) {
    if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(unitTypeCode)) continue;
    const sources = sourcesOf(leaf.code);
    if (sources?.has('NOT_APPLICABLE')) continue;
    out.total += 1;
    if (round && sources?.has(round)) out.appraised += 1;
    if ((leaf.scoreSource ?? 'self_then_appraised') !== 'self_then_appraised') continue;
    out.selfScored += 1;
    if (sources?.has('SELF')) out.claimed += 1;
  }
  return out;
}

/**
 * Whether the unit waits for Home Affairs now: its round is open for it, leaves are left to appraise,
 * and the unit is done with the stage before the round (self-assessment for round 1, explanation for
 * round 2): submitted, or no longer open for it. A unit whose self-assessment was reopened and not
 * yet submitted is still working, not waiting.
 */
export function awaitingAppraisal(
  progress: Pick<UnitProgress, 'round' | 'appraised' | 'total'>,
  roundOpen: boolean,
  before: { state: StageState; submitted: boolean } | null,
): boolean {
  if (!progress.round || !roundOpen || progress.appraised >= progress.total) return false;
  if (!before) return true;
  return before.submitted || before.state !== 'open';
}
