import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  type PageableResultRow,
  pageResultRows,
  RESULT_PAGE_MAX_LIMIT,
  type ResultPageQuery,
  resultPageProblems,
} from './result-page';

function row(
  unitId: string,
  unitName: string,
  unitTypeId: string,
  rank: number,
  index: number,
  tier = 'KHA',
): PageableResultRow {
  return { unitId, unitCode: unitId.toUpperCase(), unitName, unitTypeId, rank, index, tier: { code: tier } };
}

// as computed: grouped by unit type (offices first, then wards), then rank
const ROWS: PageableResultRow[] = [
  row('tc', 'Phòng Tài chính-Kế hoạch', 'phong', 1, 91.5, 'XUAT_SAC'),
  row('tp', 'Phòng Tư pháp', 'phong', 1, 91.5, 'XUAT_SAC'),
  row('vh', 'Phòng Văn hóa và Thông tin', 'phong', 3, 77.02),
  row('lp', 'UBND phường Long Phước', 'xa', 1, 88, 'TOT'),
  row('dt', 'UBND phường Đồng Tâm', 'xa', 2, 70),
  row('bd', 'UBND xã Bình Đức', 'xa', 3, 45, 'YEU'),
];

const base: ResultPageQuery = { offset: 0, limit: 50, sort: 'RANK', descending: false };
const ids = (query: Partial<ResultPageQuery>) =>
  pageResultRows(ROWS, { ...base, ...query }).rows.map((r) => r.row.unitId);

describe('pageResultRows: sorting', () => {
  it.each<[string, Partial<ResultPageQuery>, string[]]>([
    ['rank: types in the ranking order, rank, then name', {}, ['tc', 'tp', 'vh', 'lp', 'dt', 'bd']],
    [
      'rank descending: types stay in order, the last first',
      { descending: true },
      ['vh', 'tc', 'tp', 'bd', 'dt', 'lp'],
    ],
    ['index ascending across types (ties by name)', { sort: 'INDEX' }, ['bd', 'dt', 'vh', 'lp', 'tc', 'tp']],
    ['index descending: the highest first', { sort: 'INDEX', descending: true }, ['tc', 'tp', 'lp', 'vh', 'dt', 'bd']],
    // Vietnamese order: "Tài" before "Tư" before "Văn"; "phường" before "xã"; "Đồng" (đ, after d) before "Long"
    ['name in Vietnamese alphabetical order', { sort: 'NAME' }, ['tc', 'tp', 'vh', 'dt', 'lp', 'bd']],
    ['name descending', { sort: 'NAME', descending: true }, ['bd', 'lp', 'dt', 'vh', 'tp', 'tc']],
  ])('%s', (_label, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('pageResultRows: filters', () => {
  it.each<[string, Partial<ResultPageQuery>, string[]]>([
    ['by unit type', { unitTypeId: 'xa' }, ['lp', 'dt', 'bd']],
    ['by tier', { tierCode: 'XUAT_SAC' }, ['tc', 'tp']],
    ['type and tier together', { unitTypeId: 'xa', tierCode: 'KHA' }, ['dt']],
    ['search without tone marks or case', { search: 'phuoc' }, ['lp']],
    ['search with đ typed as d', { search: 'dong tam' }, ['dt']],
    ['search by the unit code', { search: 'VH' }, ['vh']],
    ['search with extra spaces', { search: '  phòng   tư ' }, ['tp']],
    ['nothing matches', { search: 'không có' }, []],
  ])('%s', (_label, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('pageResultRows: pages', () => {
  it('cuts at offset and limit, counting every matching row', () => {
    const first = pageResultRows(ROWS, { ...base, limit: 4 });
    const second = pageResultRows(ROWS, { ...base, offset: 4, limit: 4 });
    expect(first.total).toBe(6);
    expect(second.total).toBe(6);
    expect([...first.rows, ...second.rows].map((r) => r.row.unitId)).toEqual(ids({}));
    expect(second.rows).toHaveLength(2);
  });

  it('answers an empty page past the end', () => {
    expect(pageResultRows(ROWS, { ...base, offset: 100 })).toEqual({ total: 6, offset: 6, rows: [] });
  });

  it('marks ties over the whole ranking, also when the other tied unit is filtered out', () => {
    const page = pageResultRows(ROWS, { ...base, search: 'tư pháp' });
    expect(page.rows).toEqual([{ row: ROWS[1], tied: true }]);
    expect(pageResultRows(ROWS, { ...base, unitTypeId: 'xa' }).rows.every((r) => !r.tied)).toBe(true);
  });

  it('gives every row exactly once over all pages of any size and sort', () => {
    for (const sort of ['RANK', 'INDEX', 'NAME'] as const)
      for (const limit of [1, 2, 5]) {
        const seen: string[] = [];
        for (let offset = 0; offset < ROWS.length; offset += limit)
          seen.push(...pageResultRows(ROWS, { ...base, sort, offset, limit }).rows.map((r) => r.row.unitId));
        expect(seen.sort()).toEqual(ROWS.map((r) => r.unitId).sort());
      }
  });
});

describe('resultPageProblems', () => {
  it.each<[string, { offset: number; limit: number; search?: string }, string[]]>([
    ['a good query', { offset: 0, limit: RESULT_PAGE_MAX_LIMIT }, []],
    ['a negative offset', { offset: -1, limit: 10 }, ['offset']],
    ['a fractional offset', { offset: 1.5, limit: 10 }, ['offset']],
    ['a zero limit', { offset: 0, limit: 0 }, ['limit']],
    ['a limit over the maximum', { offset: 0, limit: RESULT_PAGE_MAX_LIMIT + 1 }, ['limit']],
    ['a search too long', { offset: 0, limit: 1, search: 'a'.repeat(201) }, ['search']],
  ])('%s', (_label, query, fields) => {
    expect(resultPageProblems(query).map((p) => p.field)).toEqual(fields);
  });

  it('refuses to page with a bad query', () => {
    expect(() => pageResultRows(ROWS, { ...base, limit: 0 })).toThrow('Mỗi trang có từ 1 đến 200 dòng.');
  });
});

describe('foldForSearch', () => {
  it.each([
    ['UBND phường Long Phước', 'ubnd phuong long phuoc'],
    ['Đồng Xoài', 'dong xoai'],
    ['  Văn   hóa ', 'van hoa'],
  ])('%s → %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});
