import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyIndex, DEFAULT_TIERS, rankUnits, roundTo, type Rankable } from '../../src/index';

const u = (unitId: string, unitType: string, index: number, unitName = unitId): Rankable => ({
  unitId,
  unitName,
  unitType,
  index,
});

describe('rankUnits', () => {
  it.each<[string, Rankable[], Array<[string, number]>]>([
    [
      'competition ranking 1, 2, 2, 4',
      [u('a', 't', 90), u('b', 't', 80), u('c', 't', 80), u('d', 't', 70)],
      [
        ['a', 1],
        ['b', 2],
        ['c', 2],
        ['d', 4],
      ],
    ],
    [
      'all equal',
      [u('b', 't', 50), u('a', 't', 50), u('c', 't', 50)],
      [
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ],
    ],
    [
      'ties listed by Vietnamese name, then id',
      [u('2', 't', 60, 'Phòng Tư pháp'), u('1', 't', 60, 'Phòng Tài chính'), u('3', 't', 60, 'Phòng Tài chính')],
      [
        ['1', 1],
        ['3', 1],
        ['2', 1],
      ],
    ],
    [
      'separate unit types',
      [u('x1', 'xa', 70), u('p1', 'phong', 60), u('x2', 'xa', 95), u('p2', 'phong', 99)],
      [
        ['p2', 1],
        ['p1', 2],
        ['x2', 1],
        ['x1', 2],
      ],
    ],
    ['empty', [], []],
  ])('%s', (_n, input, expected) => {
    expect(rankUnits(input).map((r) => [r.unitId, r.rank])).toEqual(expected);
  });
  it('rankOf = size of the unit type', () => {
    expect(rankUnits([u('a', 'x', 1), u('b', 'x', 2), u('c', 'y', 3)]).map((r) => r.rankOf)).toEqual([2, 2, 1]);
  });

  const unitsArb = fc.uniqueArray(
    fc.record({
      unitId: fc.string({ minLength: 1, maxLength: 6 }),
      unitName: fc.constantFrom('Phòng A', 'Phòng Ă', 'UBND xã B', 'Trung tâm'),
      unitType: fc.constantFrom('phong', 'xa'),
      index: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
    }),
    { selector: (x) => x.unitId, maxLength: 40 },
  );

  it('property: output is a permutation of the input', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const out = rankUnits(units);
        expect(out.map((r) => r.unitId).sort()).toEqual(units.map((x) => x.unitId).sort());
      }),
    );
  });
  it('property: stable under input order', () => {
    fc.assert(
      fc.property(unitsArb, fc.func(fc.integer()), (units, key) => {
        const shuffled = [...units].sort((a, b) => key(a.unitId) - key(b.unitId));
        expect(rankUnits(shuffled)).toEqual(rankUnits(units));
      }),
    );
  });
  it('property: rank = 1 + number of same-type units with a strictly higher index', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        for (const r of rankUnits(units)) {
          expect(r.rank).toBe(1 + units.filter((x) => x.unitType === r.unitType && x.index > r.index).length);
        }
      }),
    );
  });
});

describe('classifyIndex (default tiers)', () => {
  it.each([
    [100, 'Xuất sắc'],
    [90, 'Xuất sắc'],
    [89.99, 'Tốt'],
    [80, 'Tốt'],
    [79.99, 'Khá'],
    [70, 'Khá'],
    [69.99, 'Trung bình'],
    [50, 'Trung bình'],
    [49.99, 'Yếu'],
    [0, 'Yếu'],
    [-3, 'Yếu'],
  ])('%s → %s', (index, name) => expect(classifyIndex(index, DEFAULT_TIERS).nameVi).toBe(name));
  it('configurable tiers (national A/B/C)', () => {
    const abc = [
      { code: 'A', nameVi: 'Nhóm A', nameEn: 'Group A', minPercent: 90 },
      { code: 'C', nameVi: 'Nhóm C', nameEn: 'Group C', minPercent: 0 },
      { code: 'B', nameVi: 'Nhóm B', nameEn: 'Group B', minPercent: 80 },
    ];
    expect([95, 85, 10].map((i) => classifyIndex(i, abc).code)).toEqual(['A', 'B', 'C']);
  });
  it('89.995 is published as 90.00 and classified Xuất sắc', () => {
    expect(classifyIndex(roundTo(89.995, 2), DEFAULT_TIERS).code).toBe('XUAT_SAC');
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 1.01],
    [0.1 + 0.2, 0.3],
    [70.12371134, 70.12],
    [88.38541666, 88.39],
    [2.675, 2.68],
    [-1.005, -1.01],
    [-0.001, 0],
    [100, 100],
  ])('%s → %s', (x, r) => expect(Object.is(roundTo(x, 2), r)).toBe(true));
});
