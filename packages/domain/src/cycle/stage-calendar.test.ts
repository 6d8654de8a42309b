import { describe, expect, it } from 'vitest';
import { currentStage, nextDeadline, sampleCalendar, stageState, validateCalendar } from './stage-calendar';

const cal = sampleCalendar(2021);
const self = cal[0]!;

describe('the sample calendar (workflow_deadlines_sample)', () => {
  it('gives every stage, each opening the day after the previous closes', () => {
    expect(cal.map((w) => [w.stage, w.opensOn, w.closesOn])).toEqual([
      ['SELF_ASSESSMENT', '2021-11-01', '2021-11-30'],
      ['ROUND1', '2021-12-01', '2021-12-15'],
      ['EXPLANATION', '2021-12-16', '2021-12-20'],
      ['ROUND2', '2021-12-21', '2022-01-10'],
      ['APPROVAL', '2022-01-11', '2022-01-20'],
      ['PUBLICATION', '2022-01-21', '2022-01-31'],
    ]);
    expect(validateCalendar(cal)).toEqual([]);
  });
});

describe('stageState', () => {
  it.each<[string, string | null, string]>([
    ['2021-10-31', null, 'upcoming'],
    ['2021-11-01', null, 'open'],
    ['2021-11-30', null, 'open'],
    ['2021-12-01', null, 'closed'],
    ['2021-12-03', '2021-12-05', 'open'],
    ['2021-12-06', '2021-12-05', 'closed'],
    ['2021-11-15', '2021-11-10', 'open'],
  ])('self-assessment on %s (reopened until %s) is %s', (today, reopened, expected) => {
    expect(stageState(self, today, reopened)).toBe(expected);
  });
});

describe('current stage and next deadline', () => {
  it.each<[string, string | null, string | null]>([
    ['2021-06-15', null, 'SELF_ASSESSMENT'],
    ['2021-11-20', 'SELF_ASSESSMENT', 'SELF_ASSESSMENT'],
    ['2021-12-16', 'EXPLANATION', 'EXPLANATION'],
    ['2022-01-10', 'ROUND2', 'ROUND2'],
    ['2022-02-01', null, null],
  ])('on %s: open %s, next deadline %s', (today, open, next) => {
    expect(currentStage(cal, today)?.stage ?? null).toBe(open);
    expect(nextDeadline(cal, today)?.stage ?? null).toBe(next);
  });
});

describe('validateCalendar', () => {
  it('lists a missing stage, a stage closing before it opens, and one out of order', () => {
    const broken = [{ ...cal[0]!, closesOn: '2021-10-01' }, { ...cal[1]!, opensOn: '2021-10-15' }, ...cal.slice(2, 5)];
    expect(validateCalendar(broken).map((p) => `${p.stage}:${p.code}`)).toEqual([
      'PUBLICATION:MISSING',
      'SELF_ASSESSMENT:CLOSES_BEFORE_OPENS',
      'ROUND1:OUT_OF_ORDER',
    ]);
  });
});
