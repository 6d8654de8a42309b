import { describe, expect, it } from 'vitest';
import { evaluateMethod, type MethodInput, type ScoringMethod } from '../../src/index';

const tiered: ScoringMethod = {
  kind: 'ratio_tiered',
  whenDenominatorZero: null,
  tiers: [
    { min: 1, minInclusive: true, max: 1, maxInclusive: true, points: { kind: 'fixed', points: 6 } },
    { min: 0.95, minInclusive: true, max: 1, maxInclusive: false, points: { kind: 'proportional', factor: 6 } },
    { min: 0.9, minInclusive: true, max: 0.95, maxInclusive: false, points: { kind: 'fixed', points: 3 } },
    { min: null, minInclusive: false, max: 0.9, maxInclusive: false, points: { kind: 'fixed', points: 0 } },
  ],
};
const binary: ScoringMethod = { kind: 'binary', yesPoints: 2, noPoints: 0 };
const checklist: ScoringMethod = { kind: 'checklist', items: ['a', 'b', 'c', 'd', 'e'], pointsPerItem: 0.2 };
const ratio: ScoringMethod = { kind: 'ratio', target: 1, whenDenominatorZero: 2 };
const ratioTarget: ScoringMethod = { kind: 'ratio', target: 0.8, whenDenominatorZero: null };
const deadline: ScoringMethod = { kind: 'deadline', points: { on_time: 1, late: 0.5, missing: 0 } };
const deduction: ScoringMethod = {
  kind: 'deduction',
  start: 2,
  floor: 0,
  rules: [
    { code: 'e1', event: 'trễ', minus: 0.25 },
    { code: 'e2', event: 'không hoàn thành', minus: 0.5 },
  ],
};
const rate: ScoringMethod = { kind: 'survey_rate' };
const likert: ScoringMethod = { kind: 'survey_likert', weights: { A: 1, B: 0.6, C: 0.2, D: 0 } };

describe('evaluateMethod: points', () => {
  it.each<[string, ScoringMethod, number, MethodInput, number]>([
    ['binary yes', binary, 2, { kind: 'binary', met: true }, 2],
    ['binary no', binary, 2, { kind: 'binary', met: false }, 0],
    ['checklist 0/5', checklist, 1, { kind: 'checklist', met: 0 }, 0],
    ['checklist 3/5', checklist, 1, { kind: 'checklist', met: 3 }, 0.6],
    ['checklist 5/5', checklist, 1, { kind: 'checklist', met: 5 }, 1],
    ['checklist flags', checklist, 1, { kind: 'checklist', met: [true, false, true, true, false] }, 0.6],
    ['ratio 3/4', ratio, 2, { kind: 'ratio', numerator: 3, denominator: 4 }, 1.5],
    ['ratio capped', ratio, 2, { kind: 'ratio', numerator: 5, denominator: 4 }, 2],
    ['ratio 0/0 → rule', ratio, 2, { kind: 'ratio', numerator: 0, denominator: 0 }, 2],
    ['ratio vs target 80%: 60% → 0.75 × 2', ratioTarget, 2, { kind: 'ratio', numerator: 6, denominator: 10 }, 1.5],
    ['ratio vs target: above target capped', ratioTarget, 2, { kind: 'ratio', numerator: 9, denominator: 10 }, 2],
    ['tiered 100%', tiered, 6, { kind: 'ratio_tiered', numerator: 50, denominator: 50 }, 6],
    ['tiered above 100% counts as 100%', tiered, 6, { kind: 'ratio_tiered', numerator: 51, denominator: 50 }, 6],
    ['tiered 99% → 6 × 0.99', tiered, 6, { kind: 'ratio_tiered', numerator: 99, denominator: 100 }, 5.94],
    ['tiered exactly 95% (inclusive)', tiered, 6, { kind: 'ratio_tiered', numerator: 19, denominator: 20 }, 5.7],
    ['tiered just below 95%', tiered, 6, { kind: 'ratio_tiered', numerator: 949, denominator: 1000 }, 3],
    ['tiered exactly 90%', tiered, 6, { kind: 'ratio_tiered', numerator: 9, denominator: 10 }, 3],
    ['tiered 89.9%', tiered, 6, { kind: 'ratio_tiered', numerator: 899, denominator: 1000 }, 0],
    ['deadline on time', deadline, 1, { kind: 'deadline', status: 'on_time' }, 1],
    ['deadline late', deadline, 1, { kind: 'deadline', status: 'late' }, 0.5],
    ['deadline missing', deadline, 1, { kind: 'deadline', status: 'missing' }, 0],
    ['deduction none', deduction, 2, { kind: 'deduction', occurrences: {} }, 2],
    ['deduction 2 late + 1 undone', deduction, 2, { kind: 'deduction', occurrences: { e1: 2, e2: 1 } }, 1],
    ['deduction floors at 0', deduction, 2, { kind: 'deduction', occurrences: { e2: 9 } }, 0],
    ['survey rate 85/100', rate, 3, { kind: 'survey_rate', satisfied: 85, valid: 100 }, 2.55],
    ['survey rate 0', rate, 3, { kind: 'survey_rate', satisfied: 0, valid: 10 }, 0],
    ['Likert all A', likert, 2, { kind: 'survey_likert', counts: { A: 7 } }, 2],
    [
      'Likert mix (5A+3B+1C+1D)/10 = 0.7',
      likert,
      2,
      { kind: 'survey_likert', counts: { A: 5, B: 3, C: 1, D: 1 } },
      1.4,
    ],
    ['Likert all D', likert, 2, { kind: 'survey_likert', counts: { D: 3 } }, 0],
  ])('%s', (_n, method, max, input, points) => {
    const r = evaluateMethod(method, max, input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.points).toBeCloseTo(points, 10);
      expect(r.rule.length).toBeGreaterThan(0);
    }
  });
});

describe('evaluateMethod: refusals (no score, reason given)', () => {
  it.each<[string, ScoringMethod, MethodInput, RegExp]>([
    ['kind mismatch', binary, { kind: 'checklist', met: 1 }, /scored by "binary"/],
    ['checklist count out of range', checklist, { kind: 'checklist', met: 6 }, /integer 0..5/],
    ['checklist wrong flag count', checklist, { kind: 'checklist', met: [true] }, /5 items/],
    ['ratio 0/0 without a rule', ratioTarget, { kind: 'ratio', numerator: 0, denominator: 0 }, /no rule/],
    ['ratio negative', ratio, { kind: 'ratio', numerator: -1, denominator: 2 }, /≥ 0/],
    ['deadline pending', deadline, { kind: 'deadline', status: 'pending' }, /pending/],
    ['deduction unknown rule', deduction, { kind: 'deduction', occurrences: { e9: 1 } }, /unknown deduction/],
    ['deduction fractional count', deduction, { kind: 'deduction', occurrences: { e1: 0.5 } }, /whole number/],
    ['survey no answers', rate, { kind: 'survey_rate', satisfied: 0, valid: 0 }, /no valid answers/],
    ['survey satisfied > valid', rate, { kind: 'survey_rate', satisfied: 5, valid: 4 }, /satisfied ≤ valid/],
    ['Likert unknown answer', likert, { kind: 'survey_likert', counts: { E: 1 } }, /unknown answer/],
    ['Likert no answers', likert, { kind: 'survey_likert', counts: { A: 0 } }, /no answers/],
  ])('%s', (_n, method, input, reason) => {
    const r = evaluateMethod(method, 2, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
