import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS, validateFramework, type Framework, type FrameworkNode } from '../../src/index';

const leafNode = (code: string, maxPoints: number, extra: Partial<FrameworkNode> = {}): FrameworkNode => ({
  code,
  name: code,
  maxPoints,
  children: [],
  appliesTo: [],
  method: { kind: 'binary', yesPoints: maxPoints, noPoints: 0 },
  scoreSource: 'self_then_appraised',
  ...extra,
});
const parent = (
  code: string,
  maxPoints: number,
  children: FrameworkNode[],
  extra: Partial<FrameworkNode> = {},
): FrameworkNode => ({
  code,
  name: code,
  maxPoints,
  children,
  appliesTo: [],
  ...extra,
});
const fw = (areas: FrameworkNode[], extra: Partial<Framework> = {}): Framework => ({
  name: 't',
  areas,
  bonusCap: 3,
  penaltyCap: 5,
  tiers: DEFAULT_TIERS,
  ...extra,
});

describe('validateFramework', () => {
  it('accepts a consistent framework', () => {
    expect(validateFramework(fw([parent('1', 3, [leafNode('1.1', 1), leafNode('1.2', 2)])], { maxTotal: 3 }))).toEqual({
      ok: true,
      problems: [],
    });
  });

  it('lists every problem, not only the first', () => {
    const bad = fw(
      [
        parent('1', 5, [leafNode('1.1', 1), leafNode('1.2', 2)]), // sums to 3
        parent('2', 2, [leafNode('2.1', -1), leafNode('1.1', 3)]), // negative, duplicate code, sum 2 ok
        parent('3', 4, [leafNode('3.1', 2), leafNode('3.2', 1)], { sumReason: 'chọn 1 trong 2 hình thức' }), // excused
        parent('4', 1, [leafNode('4.1', 1, { method: undefined })]),
        parent('5', 2, [
          leafNode('5.1', 2, { method: { kind: 'checklist', items: ['a', 'b', 'c'], pointsPerItem: 0.5 } }),
        ]),
        parent('6', 2, [leafNode('6.1', 2, { method: { kind: 'survey_rate' } })]),
      ],
      { maxTotal: 100, bonusCap: -1 },
    );
    const r = validateFramework(bad);
    expect(r.ok).toBe(false);
    expect(r.problems.map(({ code, message }) => ({ code, message }))).toEqual(
      expect.arrayContaining([
        { code: '1.1', message: 'code "1.1" is used 2 times' },
        { code: '1', message: 'children sum to 3, maximum is 5 (give a sumReason if intended)' },
        { code: '2.1', message: 'negative maximum -1' },
        { code: '4.1', message: 'leaf has no scoring method' },
        { code: '5.1', message: '3 items × 0.5 = 1.5 ≠ maximum 2' },
        { code: '6.1', message: 'survey method with score source self_then_appraised' },
        { code: '(framework)', message: 'bonus cap must be ≥ 0, got -1' },
        { code: '(framework)', message: 'areas sum to 16, declared total is 100' },
      ]),
    );
    // every problem also speaks Vietnamese (the editor shows these)
    expect(r.problems.find((p) => p.code === '1')?.messageVi).toBe(
      'Tổng điểm các tiêu chí con là 3, khác điểm tối đa 5 (ghi lý do nếu cố ý).',
    );
    for (const p of r.problems) expect(p.messageVi).toMatch(/[àáảãạăâđêôơưệếềểễộốồổỗờớởỡợ]/u);
    expect(r.problems.some((p) => p.code === '3')).toBe(false);
  });

  it.each<[string, FrameworkNode, RegExp]>([
    [
      'tier gap',
      leafNode('x', 2, {
        method: {
          kind: 'ratio_tiered',
          whenDenominatorZero: null,
          tiers: [
            { min: 0.8, minInclusive: true, max: null, maxInclusive: false, points: { kind: 'fixed', points: 2 } },
          ],
        },
      }),
      /uncovered, e\.g\. 0\.0%/,
    ],
    [
      'tier above max',
      leafNode('x', 2, {
        method: {
          kind: 'ratio_tiered',
          whenDenominatorZero: null,
          tiers: [
            { min: null, minInclusive: false, max: null, maxInclusive: false, points: { kind: 'fixed', points: 3 } },
          ],
        },
      }),
      /exceeds the leaf maximum 2/,
    ],
    [
      'deadline on-time ≠ max',
      leafNode('x', 1, { method: { kind: 'deadline', points: { on_time: 0.5, late: 0, missing: 0 } } }),
      /on-time points 0\.5 ≠ maximum 1/,
    ],
    [
      'deduction ≤ 0',
      leafNode('x', 2, {
        method: { kind: 'deduction', start: 2, floor: 0, rules: [{ code: 'e1', event: 'x', minus: 0 }] },
      }),
      /must be > 0/,
    ],
    [
      'Likert weight > 1',
      leafNode('x', 2, { method: { kind: 'survey_likert', weights: { A: 1.5 } }, scoreSource: 'survey' }),
      /weight of answer A/,
    ],
  ])('method check: %s', (_n, node, message) => {
    const r = validateFramework(fw([parent('1', node.maxPoints, [node])]));
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('checks the tiers', () => {
    const r = validateFramework(
      fw([parent('1', 1, [leafNode('1.1', 1)])], {
        tiers: [
          { code: 'A', nameVi: 'A', nameEn: 'A', minPercent: 90 },
          { code: 'A', nameVi: 'B', nameEn: 'B', minPercent: 90 },
        ],
      }),
    );
    expect(r.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'two tiers share the same minimum',
        'no tier starts at 0%: low indices would have no tier',
        'tier codes are not unique',
      ]),
    );
  });
});
