import { describe, expect, it } from 'vitest';
import { appraisalMode, type Stage, type StageRow, unitCycleMode, unitPageMode } from './score-stage';

const ORDER: Stage[] = ['SELF_ASSESSMENT', 'ROUND1', 'EXPLANATION', 'ROUND2', 'APPROVAL', 'PUBLICATION'];

/** The calendar with `open` open; `null`: all closed; 'before': none yet. */
function calendar(open: Stage | null | 'before', extra: Partial<Record<Stage, Partial<StageRow>>> = {}): StageRow[] {
  const at = open === 'before' ? -1 : open ? ORDER.indexOf(open) : ORDER.length;
  return ORDER.map((stage, k) => ({
    stage,
    opensOn: `2022-01-0${k + 1}`,
    closesOn: `2022-01-1${k + 1}`,
    state: k < at ? 'CLOSED' : k === at ? 'OPEN' : 'UPCOMING',
    ...extra[stage],
  }));
}

describe("the unit's page", () => {
  it.each([
    ['before self-assessment', calendar('before'), {}, null, 'upcoming', 'SELF_ASSESSMENT'],
    ['self-assessment open', calendar('SELF_ASSESSMENT'), {}, 'SELF', null, 'SELF_ASSESSMENT'],
    ['during round 1 (after the deadline)', calendar('ROUND1'), {}, null, 'closed', 'SELF_ASSESSMENT'],
    ['explanation open', calendar('EXPLANATION'), {}, 'EXPLANATION', null, 'EXPLANATION'],
    ['round 2 (the explanation closed)', calendar('ROUND2'), {}, null, 'closed', 'EXPLANATION'],
    [
      'submitted',
      calendar('SELF_ASSESSMENT', { SELF_ASSESSMENT: { submittedAt: '2022-01-05T00:00:00Z' } }),
      {},
      null,
      'submitted',
      'SELF_ASSESSMENT',
    ],
    ['published', calendar('PUBLICATION'), { published: true }, null, 'published', 'EXPLANATION'],
    ['locked', calendar('EXPLANATION'), { locked: true }, null, 'locked', 'EXPLANATION'],
    ['no calendar', [], {}, null, 'noStage', null],
  ] as const)('%s', (_name, stages, flags, source, why, stage) => {
    const mode = unitPageMode(stages, flags);
    expect(mode.source).toBe(source);
    expect(mode.why).toBe(why);
    expect(mode.stage?.stage ?? null).toBe(stage);
  });

  it('follows what the server says the viewer may save for this unit (a reopening counts)', () => {
    const reopened = calendar('ROUND1', { SELF_ASSESSMENT: { state: 'OPEN', reopenedUntil: '2022-01-20' } });
    expect(
      unitCycleMode({
        resultsLocked: false,
        stages: reopened,
        viewerCanSaveClaim: true,
        viewerCanSaveExplanation: false,
      }),
    ).toMatchObject({ source: 'SELF', why: null, stage: { stage: 'SELF_ASSESSMENT', reopenedUntil: '2022-01-20' } });
    // open by the calendar, but the server says no (e.g. submitted): read-only, with the calendar's why
    expect(
      unitCycleMode({
        resultsLocked: false,
        stages: calendar('SELF_ASSESSMENT', { SELF_ASSESSMENT: { submittedAt: '2022-01-05T00:00:00Z' } }),
        viewerCanSaveClaim: false,
        viewerCanSaveExplanation: false,
      }),
    ).toMatchObject({ source: null, why: 'submitted' });
    expect(
      unitCycleMode({
        resultsLocked: false,
        stages: calendar('SELF_ASSESSMENT'),
        viewerCanSaveClaim: false,
        viewerCanSaveExplanation: false,
      }),
    ).toMatchObject({ source: null, why: 'closed' });
  });
});

describe("Home Affairs' page", () => {
  it.each([
    ['self-assessment', calendar('SELF_ASSESSMENT'), {}, null, false, false, 'upcoming', 'ROUND1'],
    ['round 1', calendar('ROUND1'), {}, 'ROUND1', true, false, null, 'ROUND1'],
    ['explanation', calendar('EXPLANATION'), {}, null, false, false, 'closed', 'ROUND1'],
    ['round 2', calendar('ROUND2'), {}, 'ROUND2', true, true, null, 'ROUND2'],
    ['approval: overrides only', calendar('APPROVAL'), {}, null, false, true, null, 'APPROVAL'],
    ['publication', calendar('PUBLICATION'), {}, null, false, false, 'closed', 'ROUND2'],
    ['published', calendar('ROUND2'), { published: true }, null, false, false, 'published', 'ROUND2'],
    ['locked', calendar('ROUND2'), { locked: true }, null, false, false, 'locked', 'ROUND2'],
  ] as const)('%s', (_name, stages, flags, round, notApplicable, override, why, stage) => {
    const mode = appraisalMode(stages, flags);
    expect(mode).toMatchObject({ round, canMarkNotApplicable: notApplicable, canOverride: override, why });
    expect(mode.stage?.stage).toBe(stage);
  });
});
