// One page of a year's ranking, for tables of thousands of rows (a province or a country: 10,000
// units): filtered by unit type, tier and a search on the unit's name or code, sorted by rank, index or
// name, then cut at offset/limit. Pure: the API pages the cached ranking with it, so a page costs no
// query and the same rows come back whatever page is asked.
import { compareVietnamese } from '../text/vietnamese-order';

export const RESULT_PAGE_SORT_KEYS = ['RANK', 'INDEX', 'NAME'] as const;
export type ResultPageSortKey = (typeof RESULT_PAGE_SORT_KEYS)[number];
/** The most rows one page may hold. */
export const RESULT_PAGE_MAX_LIMIT = 200;
/** The longest search text taken into account. */
export const RESULT_PAGE_MAX_SEARCH = 200;

/** What the paging reads of a ranking row (the domain's ResultRow has it all). */
export interface PageableResultRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  unitTypeId: string;
  index: number;
  rank: number;
  tier: { code: string };
}

export interface ResultPageQuery {
  offset: number;
  limit: number;
  sort: ResultPageSortKey;
  descending: boolean;
  unitTypeId?: string | null;
  tierCode?: string | null;
  search?: string | null;
}

export interface ResultPageRow<R> {
  row: R;
  /** another unit of the same type has the same rank (shown as a tie), whatever the filter */
  tied: boolean;
}

export interface ResultPage<R> {
  /** rows matching the filters (all pages) */
  total: number;
  /** the offset used (the one asked, at most `total`) */
  offset: number;
  rows: ResultPageRow<R>[];
}

export type ResultPageProblem = { field: 'offset' | 'limit' | 'search'; message: string };

/** The query's problems, in Vietnamese; none when it can be answered. */
export function resultPageProblems(query: Pick<ResultPageQuery, 'offset' | 'limit' | 'search'>): ResultPageProblem[] {
  const problems: ResultPageProblem[] = [];
  if (!Number.isInteger(query.offset) || query.offset < 0)
    problems.push({ field: 'offset', message: 'Vị trí bắt đầu phải là số nguyên không âm.' });
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > RESULT_PAGE_MAX_LIMIT)
    problems.push({ field: 'limit', message: `Mỗi trang có từ 1 đến ${RESULT_PAGE_MAX_LIMIT} dòng.` });
  if ((query.search ?? '').length > RESULT_PAGE_MAX_SEARCH)
    problems.push({ field: 'search', message: `Từ khóa tìm kiếm tối đa ${RESULT_PAGE_MAX_SEARCH} ký tự.` });
  return problems;
}

/** Lower case without tone marks or letter modifiers (đ → d): "Phước" and "phuoc" match. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a row's rank is shared by another unit of its type in `rows` (the whole ranking): a tie,
 * whatever a page or a filter shows.
 */
export function sharedRank<R extends Pick<PageableResultRow, 'unitTypeId' | 'rank'>>(
  rows: readonly R[],
): (row: R) => boolean {
  const counts = new Map<string, number>();
  const key = (row: R) => `${row.unitTypeId}\u0000${row.rank}`;
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return (row) => (counts.get(key(row)) ?? 0) > 1;
}

/** The rows matching the query's filters, in its order, and whether a row's rank is shared. */
export interface SortedResultRows<R> {
  rows: R[];
  tied: (row: R) => boolean;
}

/**
 * `rows` (the ranking as computed: grouped by unit type in the framework's order, then by rank)
 * filtered and sorted as the query asks (offset and limit aside). Sorts:
 * - RANK: unit types in the ranking's order, then rank (descending: the last first), then the name;
 * - INDEX: the index across types (descending: the highest first), then the name;
 * - NAME: Vietnamese alphabetical order of the name, then the unit's code.
 * Ties always end with the unit's id, so pages never overlap or skip a row. The result depends only
 * on the rows and the filter/sort part of the query: a caller may keep it for the next pages.
 */
export function sortResultRows<R extends PageableResultRow>(
  rows: readonly R[],
  query: Pick<ResultPageQuery, 'sort' | 'descending' | 'unitTypeId' | 'tierCode' | 'search'>,
): SortedResultRows<R> {
  // ties are a property of the ranking, not of the page: counted over every row of the type
  const tied = sharedRank(rows);
  const typeOrder = new Map<string, number>();
  for (const row of rows) if (!typeOrder.has(row.unitTypeId)) typeOrder.set(row.unitTypeId, typeOrder.size);

  const needle = foldForSearch(query.search ?? '');
  const matching = rows.filter(
    (row) =>
      (!query.unitTypeId || row.unitTypeId === query.unitTypeId) &&
      (!query.tierCode || row.tier.code === query.tierCode) &&
      (!needle || foldForSearch(row.unitName).includes(needle) || foldForSearch(row.unitCode).includes(needle)),
  );

  const sign = query.descending ? -1 : 1;
  const byId = (a: R, b: R) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
  const byName = (a: R, b: R) => compareVietnamese(a.unitName, b.unitName);
  const compare: (a: R, b: R) => number =
    query.sort === 'RANK'
      ? (a, b) =>
          (typeOrder.get(a.unitTypeId) ?? 0) - (typeOrder.get(b.unitTypeId) ?? 0) ||
          sign * (a.rank - b.rank) ||
          byName(a, b) ||
          byId(a, b)
      : query.sort === 'INDEX'
        ? (a, b) => sign * (a.index - b.index) || byName(a, b) || byId(a, b)
        : (a, b) => sign * byName(a, b) || sign * compareVietnamese(a.unitCode, b.unitCode) || byId(a, b);

  return { rows: matching.sort(compare), tied };
}

/** One page of sorted rows (see {@link sortResultRows}). Throws on a query with problems. */
export function pageOfSortedRows<R>(
  sorted: SortedResultRows<R>,
  query: Pick<ResultPageQuery, 'offset' | 'limit' | 'search'>,
): ResultPage<R> {
  const problems = resultPageProblems(query);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join(' '));
  const offset = Math.min(query.offset, sorted.rows.length);
  return {
    total: sorted.rows.length,
    offset,
    rows: sorted.rows.slice(offset, offset + query.limit).map((row) => ({ row, tied: sorted.tied(row) })),
  };
}

/** The page asked of `rows`: {@link sortResultRows}, then {@link pageOfSortedRows}. */
export function pageResultRows<R extends PageableResultRow>(rows: readonly R[], query: ResultPageQuery): ResultPage<R> {
  const problems = resultPageProblems(query);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join(' '));
  return pageOfSortedRows(sortResultRows(rows, query), query);
}
