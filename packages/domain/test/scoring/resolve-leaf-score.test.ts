import { describe, expect, it } from 'vitest';
import { resolveLeafScore, type FrameworkNode, type LeafScoreInput, type PointsOrigin } from '../../src/index';

const node = (
  scoreSource: FrameworkNode['scoreSource'],
  method: FrameworkNode['method'] = { kind: 'checklist', items: ['a', 'b', 'c', 'd'] },
): FrameworkNode => ({
  code: 'x',
  name: 'x',
  maxPoints: 2,
  children: [],
  appliesTo: [],
  method,
  scoreSource,
});
const self = node('self_then_appraised');
const appraised = node('appraised_only');
const survey = node('survey', { kind: 'survey_rate' });

describe('resolveLeafScore precedence', () => {
  it.each<[string, FrameworkNode, LeafScoreInput | undefined, number | null, PointsOrigin | null]>([
    ['nothing → missing', self, undefined, null, null],
    ['empty object → missing', self, {}, null, null],
    ['self only', self, { self: 2 }, 2, 'self'],
    ['round 1 over self', self, { self: 2, round1: 1 }, 1, 'round1'],
    ['round 2 over round 1', self, { self: 2, round1: 1, round2: 1.5 }, 1.5, 'round2'],
    ['round 2 = 0 still wins', self, { self: 2, round1: 1, round2: 0 }, 0, 'round2'],
    ['null round 2 is absent', self, { self: 2, round1: 1, round2: null }, 1, 'round1'],
    ['auto over self', self, { self: 2, auto: { kind: 'checklist', met: 2 } }, 1, 'auto'],
    ['round 1 over auto', self, { round1: 2, auto: { kind: 'checklist', met: 2 } }, 2, 'round1'],
    ['override over everything', self, { self: 2, round2: 2, override: { points: 0.5, reason: 'x' } }, 0.5, 'override'],
    ['raw inputs in round 1', self, { round1: { kind: 'checklist', met: 3 } }, 1.5, 'round1'],
    ['points with comment', self, { round1: { points: 1.25, comment: 'thiếu minh chứng' } }, 1.25, 'round1'],
    ['appraised-only ignores self', appraised, { self: 2 }, null, null],
    ['appraised-only uses round 1', appraised, { self: 2, round1: 1 }, 1, 'round1'],
    ['survey leaf ignores self and rounds', survey, { self: 2, round1: 2, round2: 2 }, null, null],
    [
      'survey leaf uses survey results',
      survey,
      { round2: 2, survey: { kind: 'survey_rate', satisfied: 9, valid: 10 } },
      1.8,
      'survey',
    ],
    ['non-survey leaf ignores survey', self, { survey: 2 }, null, null],
    [
      'bad round 2 falls back to round 1, noted',
      self,
      { round1: 1, round2: { kind: 'checklist', met: 9 } },
      1,
      'round1',
    ],
    ['points above max clamped', self, { self: 5 }, 2, 'self'],
    ['negative points clamped to 0', self, { self: -1 }, 0, 'self'],
  ])('%s', (_n, leaf, input, points, source) => {
    const r = resolveLeafScore(leaf, input);
    expect(r.points).toBe(points);
    expect(r.source).toBe(source);
    // the bulk path agrees
    const fast = resolveLeafScore(leaf, input, false);
    expect([fast.points, fast.source]).toEqual([points, source]);
  });

  it('records superseded values and notes', () => {
    const r = resolveLeafScore(self, { self: 2, round1: 1, round2: { kind: 'checklist', met: 9 } });
    expect(r.superseded).toEqual([{ source: 'self', points: 2 }]);
    expect(r.notes.join(' ')).toMatch(/thẩm định lần 2: không tính được/);
    const a = resolveLeafScore(appraised, { self: 2, round1: 1 });
    expect(a.notes.join(' ')).toMatch(/bỏ qua tự chấm/);
    const over = resolveLeafScore(self, { self: 5 });
    expect(over.notes.join(' ')).toMatch(/ngoài khoảng/);
  });
});
