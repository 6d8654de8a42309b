import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeUnitScore, frameworkLeaves, roundTo, type LeafScoreInput } from '../../src/index';
import { sampleFramework } from '../framework/load-sample';

const f = sampleFramework();
const leaves = frameworkLeaves(f);

const unitArb = fc.record({
  unitType: fc.constantFrom('phong', 'xa'),
  // fraction of max per leaf, or null (missing)
  fractions: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
    minLength: leaves.length,
    maxLength: leaves.length,
  }),
  bonus: fc.double({ min: 0, max: f.bonusCap, noNaN: true }),
  penalty: fc.double({ min: 0, max: f.penaltyCap, noNaN: true }),
});

function build(
  u: { unitType: string; fractions: Array<number | null>; bonus: number; penalty: number },
  withAdjustments: boolean,
) {
  const scores: Record<string, LeafScoreInput> = {};
  leaves.forEach((l, i) => {
    const fr = u.fractions[i];
    if (fr === null || fr === undefined) return;
    scores[l.code] = l.scoreSource === 'survey' ? { survey: fr * l.maxPoints } : { round2: fr * l.maxPoints };
  });
  return computeUnitScore(f, {
    unitId: 'u',
    unitName: 'u',
    unitType: u.unitType,
    leaves: scores,
    ...(withAdjustments ? { bonus: u.bonus, penalty: u.penalty } : {}),
  });
}

describe('index bounds (properties)', () => {
  it('stays within 0..100 when bonus and penalty respect their caps', () => {
    fc.assert(
      fc.property(unitArb, (u) => {
        const s = build(u, true);
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThanOrEqual(100);
        expect(s.warnings.some((w) => /vượt mức/.test(w))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  it('without adjustments the raw index itself is within 0..100 (no clamping needed)', () => {
    fc.assert(
      fc.property(unitArb, (u) => {
        const s = build(u, false);
        expect(s.indexRaw).toBeGreaterThanOrEqual(0);
        expect(s.indexRaw).toBeLessThanOrEqual(100 + 1e-9);
        expect(s.index).toBe(roundTo(s.indexRaw, 2));
      }),
      { numRuns: 300 },
    );
  });
  it('no drift: index = round(100 × Σ leaf points ÷ max), areas sum to the total', () => {
    fc.assert(
      fc.property(unitArb, (u) => {
        const s = build(u, false);
        const sumLeaves = s.leaves.reduce((a, l) => a + l.points, 0);
        expect(s.earned).toBeCloseTo(sumLeaves, 9);
        expect(s.areas.reduce((a, x) => a + x.earned, 0)).toBeCloseTo(s.earned, 9);
        expect(s.max).toBe(u.unitType === 'phong' ? 97 : 98);
      }),
      { numRuns: 200 },
    );
  });
});
