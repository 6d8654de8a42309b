/**
 * What a score page may do today, from the year's calendar as the server computed it (`asOf`,
 * each stage's state, and for one unit its reopening and submission): which entry source is open
 * and, when none is, why the page is read-only. No date is compared here: the server's states are
 * read as they are.
 */

export type Stage = 'SELF_ASSESSMENT' | 'ROUND1' | 'EXPLANATION' | 'ROUND2' | 'APPROVAL' | 'PUBLICATION';

export interface StageRow {
  stage: Stage;
  opensOn: string;
  closesOn: string;
  state: 'UPCOMING' | 'OPEN' | 'CLOSED';
  /** The unit's stage was reopened until this day (the state already counts it). */
  reopenedUntil?: string | null;
  submittedAt?: string | null;
  submittedByName?: string | null;
  viewerCanSubmit?: boolean;
}

/** Why nothing can be entered now. */
export type ReadOnlyWhy = 'published' | 'locked' | 'submitted' | 'upcoming' | 'closed' | 'noStage';

export interface UnitPageMode {
  /** The stage the page works in (open, or the one it explains why not). */
  stage: StageRow | null;
  /** The entry source the unit writes now, or null (read-only). */
  source: 'SELF' | 'EXPLANATION' | null;
  why: ReadOnlyWhy | null;
}

const find = (stages: readonly StageRow[], stage: Stage) => stages.find((s) => s.stage === stage) ?? null;

/**
 * The unit's page: the explanation while it is open (after round 1), else the self-assessment
 * while open and not submitted; otherwise read-only, saying why.
 */
export function unitPageMode(
  stages: readonly StageRow[],
  { published = false, locked = false }: { published?: boolean; locked?: boolean } = {},
): UnitPageMode {
  const self = find(stages, 'SELF_ASSESSMENT');
  const explanation = find(stages, 'EXPLANATION');
  const explaining = explanation && explanation.state !== 'UPCOMING';
  const stage = explaining ? explanation : self;
  if (!stage) return { stage: null, source: null, why: 'noStage' };
  if (published) return { stage, source: null, why: 'published' };
  if (locked) return { stage, source: null, why: 'locked' };
  if (stage.submittedAt) return { stage, source: null, why: 'submitted' };
  if (stage.state === 'OPEN') return { stage, source: explaining ? 'EXPLANATION' : 'SELF', why: null };
  return { stage, source: null, why: stage.state === 'UPCOMING' ? 'upcoming' : 'closed' };
}

export interface AppraisalMode {
  stage: StageRow | null;
  /** The appraisal round open now, or null. */
  round: 'ROUND1' | 'ROUND2' | null;
  /** Not applicable may be marked (either round). */
  canMarkNotApplicable: boolean;
  /** A leaf's points may be overridden (round 2 or approval). */
  canOverride: boolean;
  why: ReadOnlyWhy | null;
}

/** Home Affairs' page: round 2 if open, else round 1; overrides in round 2 and approval (the entry rules). */
export function appraisalMode(
  stages: readonly StageRow[],
  { published = false, locked = false }: { published?: boolean; locked?: boolean } = {},
): AppraisalMode {
  const round2 = find(stages, 'ROUND2');
  const round1 = find(stages, 'ROUND1');
  const approval = find(stages, 'APPROVAL');
  const open = [round2, round1, approval].find((s) => s?.state === 'OPEN') ?? null;
  const shown = open ?? (round2?.state === 'CLOSED' ? round2 : round1);
  if (published || locked || !open) {
    const why: ReadOnlyWhy = published
      ? 'published'
      : locked
        ? 'locked'
        : !shown
          ? 'noStage'
          : shown.state === 'UPCOMING'
            ? 'upcoming'
            : 'closed';
    return { stage: shown, round: null, canMarkNotApplicable: false, canOverride: false, why };
  }
  const round = open.stage === 'ROUND1' || open.stage === 'ROUND2' ? open.stage : null;
  return {
    stage: open,
    round,
    canMarkNotApplicable: round !== null,
    canOverride: open.stage === 'ROUND2' || open.stage === 'APPROVAL',
    why: null,
  };
}

/** A unit's calendar as the server gives it for one unit (UnitCycle). */
export interface UnitCycleLike {
  resultsLocked: boolean;
  stages: readonly StageRow[];
  viewerCanSaveClaim: boolean;
  viewerCanSaveExplanation: boolean;
}

/**
 * The unit's page from its own calendar (reopenings and submissions count): what the server says the
 * viewer may save now decides the source; when nothing may be saved, `unitPageMode` says why.
 */
export function unitCycleMode(cycle: UnitCycleLike, { published = false }: { published?: boolean } = {}): UnitPageMode {
  const source = cycle.viewerCanSaveExplanation ? 'EXPLANATION' : cycle.viewerCanSaveClaim ? 'SELF' : null;
  if (source && !published) {
    const stage = find(cycle.stages, source === 'SELF' ? 'SELF_ASSESSMENT' : 'EXPLANATION');
    return { stage, source, why: null };
  }
  const mode = unitPageMode(cycle.stages, { published, locked: cycle.resultsLocked });
  return { stage: mode.stage, source: null, why: mode.why ?? 'closed' };
}
