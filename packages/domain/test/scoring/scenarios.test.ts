/**
 * Two complete hand-computed scenarios on the sample framework (see fixtures-units.ts for every
 * leaf's arithmetic). Expected figures below were computed by hand, not by the code.
 */
import { describe, expect, it } from 'vitest';
import { computeUnitScore, rankUnits, whatIf, type UnitScoreInput } from '../../src/index';
import { sampleFramework } from '../framework/load-sample';
import { fullMarks, OFFICE, WARD } from './fixtures-units';

const f = sampleFramework();

describe('office (phòng): Phòng Tư pháp', () => {
  const s = computeUnitScore(f, OFFICE);
  /*
   * Area earned / max (3.5 N/A for phong):
   *   1: 0.5 + 0.8 + 2 + (0.75 + 0 + 0.75 + 0) + 1.5 + 1 + 1 + 0 = 8.3   / 14
   *   2: 1 + 1 + 1 + 1 + 2                                      = 6     / 8
   *   3: 2 + 5.76 + 1 + 2 + 2 + 2                               = 14.76 / 17
   *   4: 2 + 0 (4.2 missing) + 1                                = 3     / 6
   *   5: 2 + 0 + 1.5 + 0                                        = 3.5   / 8
   *   6: 1 + 2 + 2                                              = 5     / 6
   *   7: 2.4 + 1.5 + 1 + 1 + 1                                  = 6.9   / 10
   *   8: (2.7 + 2.4 + 2.7 + 3 + 0) + (1.6 + 2 + 0.96 + 1.2) + (1 + 2) = 10.8 + 5.76 + 3 = 19.56 / 28
   * earned = 8.3 + 6 + 14.76 + 3 + 3.5 + 5 + 6.9 + 19.56 = 67.02; max = 97 (phong)
   * index = 100 × (67.02 + 2 − 1) ÷ 97 = 6802 ÷ 97 = 70.1237… → 70.12 → Khá (70–<80)
   */
  it('earned, max, bonus, penalty, index, tier', () => {
    expect(s.earned).toBe(67.02);
    expect(s.max).toBe(97);
    expect([s.bonus, s.penalty]).toEqual([2, 1]);
    expect(s.indexExact).toBeCloseTo(6802 / 97, 10);
    expect(s.index).toBe(70.12);
    expect(s.tier.nameVi).toBe('Khá');
  });
  it('area sub-indices', () => {
    expect(s.areas.map((a) => [a.code, a.earned, a.max, a.subIndex])).toEqual([
      ['1', 8.3, 14, 59.29], // 830/14 = 59.2857…
      ['2', 6, 8, 75],
      ['3', 14.76, 17, 86.82], // 1476/17 = 86.8235…
      ['4', 3, 6, 50],
      ['5', 3.5, 8, 43.75],
      ['6', 5, 6, 83.33], // 83.333…
      ['7', 6.9, 10, 69],
      ['8', 19.56, 28, 69.86], // 1956/28 = 69.857…
    ]);
  });
  it('missing leaves and explanations', () => {
    expect(s.missing).toEqual(['4.2', '8.1.5']);
    const byCode = new Map(s.leaves.map((l) => [l.code, l]));
    expect(s.leaves).toHaveLength(49);
    expect(byCode.get('3.5')).toMatchObject({ applicable: false, points: 0, source: null });
    expect(byCode.get('1.1.1')).toMatchObject({
      points: 0.5,
      source: 'auto',
      superseded: [{ source: 'self', points: 1 }],
    });
    expect(byCode.get('1.1.1')?.rule).toMatch(/late/);
    expect(byCode.get('3.2')).toMatchObject({
      points: 5.76,
      source: 'self',
      inputs: { numerator: 96, denominator: 100, ratio: 0.96 },
    });
    expect(byCode.get('3.2')?.rule).toContain('6 × 0.96 = 5.76');
    expect(byCode.get('7.3')).toMatchObject({
      points: 1,
      source: 'round2',
      inputs: { comment: 'đạt chỉ tiêu thanh toán trực tuyến' },
    });
    expect(byCode.get('8.2.3')).toMatchObject({ points: 0.96, source: 'survey' });
    expect(byCode.get('4.2')).toMatchObject({ missing: true, points: 0, source: null });
    expect(byCode.get('4.2')?.notes.join()).toMatch(/bỏ qua tự chấm/);
    expect(byCode.get('8.1.5')?.notes.join()).toMatch(/chỉ lấy kết quả điều tra/);
  });
});

describe('ward (xã/phường): UBND phường Long Thủy', () => {
  const s = computeUnitScore(f, WARD);
  /*
   * 3.7 N/A for xa; 1.4 marked N/A for this unit (−2 from the maximum): max = 98 − 2 = 96
   *   1: 1 + 1 + 3 + (0.75 × 4) + 1.5 + 1.75 + 0          = 11.25 / 12
   *   2: 1 + 1 + 2 + 2 + 1                                = 7     / 8
   *   3: 3 + 3 + 2 + 1.8 + 2 + 1.5                        = 13.3  / 18
   *   4: 2 + 2 + 2                                        = 6     / 6
   *   5: 2 + 2 + 2 + 1.5                                  = 7.5   / 8
   *   6: 2 + 2 + 1                                        = 5     / 6
   *   7: 2.7 + 3 + 0.5 + 1 + 2                            = 9.2   / 10
   *   8: (2.55 + 2.64 + 2.7 + 2.85 + 2.4) + (1.84 + 2 + 1.6 + 1.52) + (2 + 1) = 13.14 + 6.96 + 3 = 23.1 / 28
   * earned = 11.25 + 7 + 13.3 + 6 + 7.5 + 5 + 9.2 + 23.1 = 82.35
   * index = 100 × (82.35 + 3 − 0.5) ÷ 96 = 8485 ÷ 96 = 88.3854… → 88.39 → Tốt (80–<90)
   */
  it('earned, max, index, tier', () => {
    expect(s.earned).toBe(82.35);
    expect(s.max).toBe(96);
    expect(s.indexExact).toBeCloseTo(8485 / 96, 10);
    expect(s.index).toBe(88.39);
    expect(s.tier.code).toBe('TOT');
    expect(s.missing).toEqual([]);
  });
  it('area sub-indices', () => {
    expect(s.areas.map((a) => [a.code, a.earned, a.max, a.subIndex])).toEqual([
      ['1', 11.25, 12, 93.75],
      ['2', 7, 8, 87.5],
      ['3', 13.3, 18, 73.89], // 73.888…
      ['4', 6, 6, 100],
      ['5', 7.5, 8, 93.75],
      ['6', 5, 6, 83.33],
      ['7', 9.2, 10, 92],
      ['8', 23.1, 28, 82.5],
    ]);
  });
  it('explains N/A and round-2 corrections', () => {
    const byCode = new Map(s.leaves.map((l) => [l.code, l]));
    expect(byCode.get('1.4')).toMatchObject({
      applicable: false,
      rule: 'không áp dụng cho đơn vị: không được kiểm tra trong năm',
    });
    expect(byCode.get('3.7')).toMatchObject({ applicable: false, rule: 'không áp dụng cho loại đơn vị "xa"' });
    expect(byCode.get('1.3.4')).toMatchObject({
      points: 0.75,
      source: 'round2',
      superseded: [{ source: 'auto', points: 0 }],
    });
  });
});

describe('ranking and what-if with peers', () => {
  const twin = (u: UnitScoreInput, id: string, name: string): UnitScoreInput => ({ ...u, unitId: id, unitName: name });
  const units: UnitScoreInput[] = [
    OFFICE,
    twin(OFFICE, 'phong-vh', 'Phòng Văn hóa và Thông tin'), // same index 70.12
    fullMarks(f, 'phong-nv', 'Phòng Nội vụ-LĐTBXH', 'phong'), // 100
    { unitId: 'phong-empty', unitName: 'Phòng Tài chính-Kế hoạch', unitType: 'phong', leaves: {} }, // 0
    WARD,
    fullMarks(f, 'xa-long-giang', 'UBND xã Long Giang', 'xa'), // 100
    { ...fullMarks(f, 'xa-phuoc-tin', 'UBND xã Phước Tín', 'xa'), penalty: 5 }, // 100 × 93 / 98 = 94.897… → 94.9
  ];
  const scores = units.map((u) => computeUnitScore(f, u));

  it('ranks within unit type; equal indices share a rank (1, 2, 2, 4)', () => {
    const ranked = rankUnits(scores);
    expect(ranked.map((r) => [r.unitType, r.unitName, r.index, r.rank, r.tier.nameVi])).toEqual([
      ['phong', 'Phòng Nội vụ-LĐTBXH', 100, 1, 'Xuất sắc'],
      ['phong', 'Phòng Tư pháp', 70.12, 2, 'Khá'],
      ['phong', 'Phòng Văn hóa và Thông tin', 70.12, 2, 'Khá'],
      ['phong', 'Phòng Tài chính-Kế hoạch', 0, 4, 'Yếu'],
      ['xa', 'UBND xã Long Giang', 100, 1, 'Xuất sắc'],
      ['xa', 'UBND xã Phước Tín', 94.9, 2, 'Xuất sắc'],
      ['xa', 'UBND phường Long Thủy', 88.39, 3, 'Tốt'],
    ]);
  });

  it('what-if: office gets 2 points on the missing 4.2 → 100 × 70.02 ÷ 97 = 72.185… → 72.19, Khá, alone at rank 2', () => {
    const r = whatIf(f, units, { unitId: OFFICE.unitId, leafCode: '4.2', score: 2 });
    expect([r.before.index, r.before.tier.code, r.before.rank]).toEqual([70.12, 'KHA', 2]);
    expect([r.after.index, r.after.tier.code, r.after.rank, r.after.rankOf]).toEqual([72.19, 'KHA', 2, 4]);
    expect(r.indexDelta).toBe(2.07);
    expect(r.after.leaf).toMatchObject({ points: 2, source: 'override' });
  });

  it('what-if: ward 3.2 from 3 to 6 → 100 × 87.85 ÷ 96 = 91.510… → 91.51, Xuất sắc, still rank 3 (Phước Tín has 94.9)', () => {
    const r = whatIf(f, units, {
      unitId: WARD.unitId,
      leafCode: '3.2',
      score: { self: { kind: 'ratio_tiered', numerator: 100, denominator: 100 } },
    });
    expect([r.after.index, r.after.tier.nameVi, r.after.rank]).toEqual([91.51, 'Xuất sắc', 3]);
    expect(r.before.rank).toBe(3);
  });

  it('what-if rejects unknown unit or leaf', () => {
    expect(() => whatIf(f, units, { unitId: 'nope', leafCode: '1.1.1', score: 1 })).toThrow(/unknown unit/);
    expect(() => whatIf(f, units, { unitId: OFFICE.unitId, leafCode: '1.1', score: 1 })).toThrow(/unknown leaf/);
  });
});

describe('bonus and penalty caps', () => {
  it.each([
    [{ bonus: 10 }, 100, /vượt mức tối đa 3/], // clamped to 3 and index clamped to 100
    [{ penalty: 99 }, (100 * (97 - 5)) / 97, /vượt mức tối đa 5/],
    [{ bonus: -2 }, 100, /không hợp lệ/],
  ])('%j', (adj, exact, warning) => {
    const s = computeUnitScore(f, { ...fullMarks(f, 'u', 'u', 'phong'), ...adj });
    expect(s.indexExact).toBeCloseTo(exact, 10);
    expect(s.warnings.join('\n')).toMatch(warning);
  });
  it('an empty unit with a penalty stays at 0 (clamped), raw index negative', () => {
    const s = computeUnitScore(f, { unitId: 'u', unitName: 'u', unitType: 'phong', leaves: {}, penalty: 5 });
    expect(s.index).toBe(0);
    expect(s.indexRaw).toBeCloseTo(-500 / 97, 10);
    expect(s.missing).toHaveLength(48);
  });
  it('a unit type with no applicable leaf scores 0 with a warning', () => {
    const s = computeUnitScore(f, { unitId: 'u', unitName: 'u', unitType: 'nganh_doc', leaves: {} });
    expect([s.index, s.max]).toEqual([0, 0]);
    expect(s.warnings.join()).toMatch(/Không có tiêu chí nào áp dụng/);
  });
  it('explain: false gives the same figures without leaf texts', () => {
    const a = computeUnitScore(f, OFFICE);
    const b = computeUnitScore(f, OFFICE, { explain: false });
    expect([b.index, b.earned, b.missing, b.areas]).toEqual([a.index, a.earned, a.missing, a.areas]);
    expect(b.leaves).toEqual([]);
  });
});
