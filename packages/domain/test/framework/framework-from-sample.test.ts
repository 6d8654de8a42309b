import { describe, expect, it } from 'vitest';
import {
  applicableMax,
  DEFAULT_TIERS,
  flattenFramework,
  FrameworkFormatError,
  frameworkFromSample,
  frameworkLeaves,
  validateFramework,
  type FrameworkNode,
  type ScoringMethod,
} from '../../src/index';
import { sampleFramework, sampleJson } from './load-sample';

const f = sampleFramework();
const leaf = (code: string): FrameworkNode => {
  const n = flattenFramework(f).find((x) => x.node.code === code)?.node;
  if (!n) throw new Error(code);
  return n;
};

describe('frameworkFromSample on the real file', () => {
  it('has 8 areas, 49 leaves, 100 points, caps 3/5, the five tiers', () => {
    expect(f.areas).toHaveLength(8);
    expect(frameworkLeaves(f)).toHaveLength(49);
    expect(f.areas.reduce((s, a) => s + a.maxPoints, 0)).toBe(100);
    expect(f.bonusCap).toBe(3);
    expect(f.penaltyCap).toBe(5);
    expect(f.tiers).toEqual(DEFAULT_TIERS);
  });
  it('validates without problems', () => {
    expect(validateFramework(f)).toEqual({ ok: true, problems: [] });
  });
  it.each([
    ['phong', 97],
    ['xa', 98],
    ['other', 0],
  ])('applicableMax(%s) = %i (the file says phong 97, xa 98)', (type, max) => {
    expect(applicableMax(f, type)).toBe(max);
    const declared = (sampleJson().scale as { applicable_max: Record<string, number> }).applicable_max;
    if (type in declared) expect(declared[type]).toBe(max);
  });
  it('points by score source match scale.points_by_score_source', () => {
    const by = (s: string) =>
      frameworkLeaves(f)
        .filter((l) => l.scoreSource === s)
        .reduce((a, l) => a + l.maxPoints, 0);
    expect([by('self_then_appraised'), by('appraised_only'), by('survey')]).toEqual([42, 35, 23]);
  });
  it('flattens depth-first with parents, depths and positions', () => {
    const flat = flattenFramework(f);
    expect(flat.slice(0, 4).map((x) => [x.node.code, x.parentCode, x.depth, x.position])).toEqual([
      ['1', null, 0, 0],
      ['1.1', '1', 1, 0],
      ['1.1.1', '1.1', 2, 0],
      ['1.1.2', '1.1', 2, 1],
    ]);
  });

  it.each<[string, ScoringMethod]>([
    [
      '1.1.1',
      {
        kind: 'deadline',
        points: { on_time: 1, late: 0.5, missing: 0 },
        conditions: { on_time: 'nộp đúng hạn', late: 'nộp trễ hạn', missing: 'không nộp' },
      },
    ],
    [
      '1.3.1',
      {
        kind: 'deadline',
        points: { on_time: 0.75, late: 0, missing: 0 },
        conditions: {
          on_time: 'gửi đúng hạn, đủ nội dung',
          late: 'gửi trễ hạn (coi như không báo cáo)',
          missing: 'không gửi',
        },
      },
    ],
    [
      '1.3.2',
      {
        kind: 'deadline',
        points: { on_time: 0.75, late: 0, missing: 0 },
        conditions: {
          on_time: 'gửi đúng hạn, đủ nội dung',
          late: 'trễ hạn hoặc không gửi',
          missing: 'trễ hạn hoặc không gửi',
        },
      },
    ],
    ['1.7', { kind: 'binary', yesPoints: 0.5, noPoints: 0 }],
    [
      '1.6',
      {
        kind: 'deduction',
        start: 2,
        floor: 0,
        rules: [
          { code: 'e1', event: 'mỗi nhiệm vụ hoàn thành trễ hạn', minus: 0.25 },
          { code: 'e2', event: 'mỗi nhiệm vụ không hoàn thành', minus: 0.5 },
        ],
      },
    ],
    ['8.2.1', { kind: 'survey_likert', weights: { A: 1, B: 0.6, C: 0.2, D: 0 } }],
  ])('leaf %s → structured method', (code, method) => {
    expect(leaf(code).method).toEqual(method);
  });

  it.each([
    ['1.4', 2],
    ['2.4', 2],
    ['3.3', 2],
    ['3.4', 2],
    ['3.6', null],
  ])('ratio leaf %s: points when nothing to count = %s', (code, v) => {
    const m = leaf(code).method;
    expect(m?.kind === 'ratio' && m.whenDenominatorZero).toBe(v);
  });

  it('reads the free-text tiers of 1.2, 3.2 ("6 × ratio"), 6.1 ("80% – <95%")', () => {
    const tiers = (code: string) => {
      const m = leaf(code).method;
      return m?.kind === 'ratio_tiered' ? m.tiers.map(({ conditionText: _c, ...t }) => t) : null;
    };
    expect(tiers('1.2')).toEqual([
      { min: 1, minInclusive: true, max: 1, maxInclusive: true, points: { kind: 'fixed', points: 3 } },
      { min: 0.8, minInclusive: true, max: 1, maxInclusive: false, points: { kind: 'fixed', points: 2 } },
      { min: 0.5, minInclusive: true, max: 0.8, maxInclusive: false, points: { kind: 'fixed', points: 1 } },
      { min: null, minInclusive: false, max: 0.5, maxInclusive: false, points: { kind: 'fixed', points: 0 } },
    ]);
    expect(tiers('3.2')?.[1]).toEqual({
      min: 0.95,
      minInclusive: true,
      max: 1,
      maxInclusive: false,
      points: { kind: 'proportional', factor: 6 },
    });
    expect(tiers('6.1')?.[1]).toEqual({
      min: 0.8,
      minInclusive: true,
      max: 0.95,
      maxInclusive: false,
      points: { kind: 'fixed', points: 1 },
    });
  });
});

describe('frameworkFromSample on malformed input', () => {
  const broken = (): Record<string, unknown> => {
    const j = sampleJson();
    const areas = j.areas as Array<Record<string, unknown>>;
    const a1 = areas[0] as { criteria: Array<Record<string, unknown>> };
    (a1.criteria[1] as Record<string, unknown>).scoring = {
      type: 'ratio_tiered',
      tiers: [{ condition: 'khoảng 80%', points: 2 }],
    };
    (a1.criteria[4] as Record<string, unknown>).method = 'magic';
    (a1.criteria[6] as Record<string, unknown>).max_points = 'nửa điểm';
    return j;
  };
  it('lists every problem with its node code', () => {
    try {
      frameworkFromSample(broken());
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(FrameworkFormatError);
      const problems = (e as FrameworkFormatError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          { code: '1.2', message: 'tier 1: cannot read condition "khoảng 80%"' },
          { code: '1.5', message: 'unknown method "magic"' },
          { code: '1.7', message: 'max_points must be a number, got "nửa điểm"' },
        ]),
      );
      expect((e as Error).message).toMatch(/\[1\.2\].*\n.*\[1\.5\]/s);
    }
  });
  it.each<[unknown, RegExp]>([
    [null, /expected an object/],
    [{}, /"areas" must be a non-empty list/],
    [
      {
        areas: [
          {
            id: '1',
            name_vi: 'A',
            max_points: 1,
            criteria: [
              {
                id: '1.1',
                name_vi: 'x',
                max_points: 1,
                method: 'binary',
                scoring: { type: 'binary', yes: 1, no: 0 },
                score_source: 'nobody',
              },
            ],
          },
        ],
      },
      /unknown score_source/,
    ],
  ])('rejects %j', (json, message) => {
    expect(() => frameworkFromSample(json)).toThrow(message);
  });
  it('rejects a declared applicable_max that the leaves do not give', () => {
    const j = sampleJson();
    (j.scale as { applicable_max: Record<string, number> }).applicable_max.phong = 96;
    expect(() => frameworkFromSample(j)).toThrow(/unit type "phong": declared 96, leaves give 97/);
  });
});
