import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  groupRanking,
  inputEntries,
  nextRankingSort,
  rankingUnitTypes,
  type RankedRow,
  snapshotStage,
  sourceKey,
  tierClass,
} from './results-format';

const phong = { id: 'ut-phong', code: 'phong', nameVi: 'Phòng chuyên môn', nameEn: 'Specialised office' };
const xa = { id: 'ut-xa', code: 'xa', nameVi: 'UBND xã, phường', nameEn: 'Commune/ward committee' };
const row = (id: string, unitName: string, unitType: typeof phong, index: number, rank: number): RankedRow => ({
  unit: { id },
  unitName,
  unitType,
  index,
  points: index,
  rank,
});

// the server's order: by unit type, then rank; Tư pháp and Tài chính tie at rank 1
const rows = [
  row('tp', 'Phòng Tư pháp', phong, 91.5, 1),
  row('tc', 'Phòng Tài chính-Kế hoạch', phong, 91.5, 1),
  row('vh', 'Phòng Văn hóa và Thông tin', phong, 77.02, 3),
  row('lp', 'UBND phường Long Phước', xa, 88, 1),
  row('lt', 'UBND phường Long Thủy', xa, 64.25, 2),
];
const names = (list: RankedRow[]) => list.map((r) => r.unit.id);

describe('formatDateTime', () => {
  it.each([
    ['2022-01-20T03:05:00.000Z', '20/01/2022 10:05'],
    ['2021-12-31T17:30:00Z', '01/01/2022 00:30'],
    ['2022-02-07T00:00:00+07:00', '07/02/2022 00:00'],
    ['not a date', ''],
    [null, ''],
  ])('%s → %s (Vietnam time)', (value, expected) => {
    expect(formatDateTime(value)).toBe(expected);
  });
});

describe('sourceKey', () => {
  it.each([
    ['round2', 'ROUND2'],
    ['self', 'SELF'],
    ['override', 'OVERRIDE'],
    ['NOT_APPLICABLE', 'NOT_APPLICABLE'],
    ['EXPLANATION', 'EXPLANATION'],
    ['something-new', null],
    [null, null],
  ])('%s → %s', (source, key) => {
    expect(sourceKey(source)).toBe(key);
  });
});

describe('tierClass', () => {
  it('colours the sample tiers and leaves any other tier plain', () => {
    expect(tierClass('TRUNG_BINH')).toBe('badge tier tier-trung-binh');
    expect(tierClass('XUAT_SAC')).toBe('badge tier tier-xuat-sac');
    expect(tierClass('A')).toBe('badge tier');
  });
});

describe('inputEntries', () => {
  it('lists an object’s entries, keeps odd values readable', () => {
    expect(inputEntries('{"checked":4,"total":5,"items":["a","b"],"note":"đủ"}')).toEqual([
      ['checked', 4],
      ['total', 5],
      ['items', '["a","b"]'],
      ['note', 'đủ'],
    ]);
    expect(inputEntries(null)).toEqual([]);
    expect(inputEntries('3')).toEqual([['', '3']]);
    expect(inputEntries('{oops')).toEqual([['', '{oops']]);
  });
});

describe('groupRanking', () => {
  it('groups by unit type in the server’s order and marks shared ranks as ties', () => {
    const groups = groupRanking(rows, { key: 'rank', direction: 'ascending' });
    expect(groups.map((g) => g.unitType.code)).toEqual(['phong', 'xa']);
    // a tie is ordered by name (stable), both keep rank 1
    expect(names(groups[0]!.rows)).toEqual(['tc', 'tp', 'vh']);
    expect([...groups[0]!.tiedRanks]).toEqual([1]);
    expect([...groups[1]!.tiedRanks]).toEqual([]);
  });

  it('filters one unit type', () => {
    const groups = groupRanking(rows, { key: 'rank', direction: 'ascending' }, 'xa');
    expect(groups.map((g) => g.unitType.code)).toEqual(['xa']);
    expect(names(groups[0]!.rows)).toEqual(['lp', 'lt']);
  });

  it.each([
    [{ key: 'name', direction: 'ascending' } as const, ['tc', 'tp', 'vh']],
    [{ key: 'name', direction: 'descending' } as const, ['vh', 'tp', 'tc']],
    [{ key: 'index', direction: 'ascending' } as const, ['vh', 'tc', 'tp']],
    [{ key: 'rank', direction: 'descending' } as const, ['vh', 'tc', 'tp']],
  ])('sorts within each group: %o', (sort, expected) => {
    expect(names(groupRanking(rows, sort)[0]!.rows)).toEqual(expected);
  });

  it('does not change the rows it was given', () => {
    const copy = structuredClone(rows);
    groupRanking(rows, { key: 'name', direction: 'descending' });
    expect(rows).toEqual(copy);
  });
});

describe('nextRankingSort and rankingUnitTypes', () => {
  it('flips the same column, starts a new one in its natural order', () => {
    expect(nextRankingSort({ key: 'rank', direction: 'ascending' }, 'rank')).toEqual({
      key: 'rank',
      direction: 'descending',
    });
    expect(nextRankingSort({ key: 'rank', direction: 'ascending' }, 'index')).toEqual({
      key: 'index',
      direction: 'descending',
    });
    expect(nextRankingSort({ key: 'index', direction: 'descending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
  });

  it('lists the unit types present, once each', () => {
    expect(rankingUnitTypes(rows).map((t) => t.code)).toEqual(['phong', 'xa']);
  });
});

describe('snapshotStage', () => {
  const at = '2022-01-20T03:00:00Z';
  it.each([
    ['APPRAISAL', null, 'DRAFT'],
    ['APPRAISAL', { lockedAt: at, approvedAt: null, publishedAt: null }, 'LOCKED'],
    ['APPRAISAL', { lockedAt: at, approvedAt: at, publishedAt: null }, 'APPROVED'],
    ['PUBLISHED', { lockedAt: at, approvedAt: at, publishedAt: at }, 'PUBLISHED'],
    // reopened after publication: no longer what is published
    ['APPRAISAL', { lockedAt: at, approvedAt: at, publishedAt: at }, 'APPROVED'],
  ] as const)('%s with %o → %s', (status, snapshot, stage) => {
    expect(snapshotStage(status, snapshot)).toBe(stage);
  });
});
