/**
 * Showing results: instants as dd/mm/yyyy HH:mm in Vietnam's time, where a leaf's points came from
 * (as i18n keys), tier badges, ties, and the ranking's grouping and order. Nothing here computes a
 * score: index, tier and rank are the server's (the domain's engine).
 */

const VIETNAM_TIME = 'Asia/Ho_Chi_Minh';

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2022-01-20T03:05:00Z" → "20/01/2022 10:05" (Asia/Ho_Chi_Minh). Unparseable input yields "". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * Where a leaf's counted points came from (the domain's origins, lower case) or an entry's source
 * (upper case): the key under `results.source`, or null for an unknown one (shown as it is).
 */
const SOURCE_KEYS: Record<string, string> = {
  self: 'SELF',
  round1: 'ROUND1',
  round2: 'ROUND2',
  auto: 'AUTO',
  survey: 'SURVEY',
  override: 'OVERRIDE',
  SELF: 'SELF',
  EXPLANATION: 'EXPLANATION',
  ROUND1: 'ROUND1',
  ROUND2: 'ROUND2',
  AUTO: 'AUTO',
  SURVEY: 'SURVEY',
  OVERRIDE: 'OVERRIDE',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
};

export function sourceKey(source: string | null | undefined): string | null {
  return source ? (SOURCE_KEYS[source] ?? null) : null;
}

/** The badge of a tier: known sample tiers get their colour, any other tier (a setting) a plain one. */
export function tierClass(code: string): string {
  const known = ['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH', 'YEU'];
  return known.includes(code) ? `badge tier tier-${code.toLowerCase().replace('_', '-')}` : 'badge tier';
}

/**
 * A method's inputs as JSON text → its entries to list ("checked: 4"): numbers stay numbers (the
 * UI formats them), other values become text; nothing for null, one unnamed entry for a non-object.
 */
export function inputEntries(json: string | null | undefined): [string, string | number][] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [['', json]];
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [['', String(json)]];
  return Object.entries(value as Record<string, unknown>).map(([key, v]) => [
    key,
    typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v),
  ]);
}

export interface RankedRow {
  unit: { id: string };
  unitName: string;
  unitType: { id: string; code: string; nameVi: string; nameEn: string };
  points: number;
  index: number;
  rank: number;
}

export type RankingSortKey = 'rank' | 'name' | 'index' | 'points';
export interface RankingSort {
  key: RankingSortKey;
  direction: 'ascending' | 'descending';
}

/** Clicking a column: the same column flips its direction; another starts in its natural order. */
export function nextRankingSort(current: RankingSort, key: RankingSortKey): RankingSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  // rank and name read from the top (1, A…); index and points from the highest
  return { key, direction: key === 'rank' || key === 'name' ? 'ascending' : 'descending' };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function compareBy(key: RankingSortKey, a: RankedRow, b: RankedRow): number {
  switch (key) {
    case 'rank':
      return a.rank - b.rank;
    case 'name':
      return collator.compare(a.unitName, b.unitName);
    case 'index':
      return a.index - b.index;
    case 'points':
      return a.points - b.points;
  }
}

export interface RankingGroup<R extends RankedRow> {
  unitType: R['unitType'];
  rows: R[];
  /** ranks held by more than one unit of the group (shown as ties) */
  tiedRanks: Set<number>;
}

/**
 * The server's rows (grouped by unit type, then rank) → one group per unit type in the server's
 * order, optionally only one type, each sorted as asked (ties broken by the server's rank, then
 * the name, so the order is stable).
 */
export function groupRanking<R extends RankedRow>(
  rows: readonly R[],
  sort: RankingSort,
  unitTypeCode: string | null = null,
): RankingGroup<R>[] {
  const groups = new Map<string, RankingGroup<R>>();
  for (const row of rows) {
    if (unitTypeCode && row.unitType.code !== unitTypeCode) continue;
    let group = groups.get(row.unitType.code);
    if (!group) {
      group = { unitType: row.unitType, rows: [], tiedRanks: new Set() };
      groups.set(row.unitType.code, group);
    }
    group.rows.push(row);
  }
  const sign = sort.direction === 'ascending' ? 1 : -1;
  for (const group of groups.values()) {
    const seen = new Map<number, number>();
    for (const row of group.rows) seen.set(row.rank, (seen.get(row.rank) ?? 0) + 1);
    for (const [rank, count] of seen) if (count > 1) group.tiedRanks.add(rank);
    group.rows.sort(
      (a, b) => sign * compareBy(sort.key, a, b) || a.rank - b.rank || collator.compare(a.unitName, b.unitName),
    );
  }
  return [...groups.values()];
}

/** The unit types present in the ranking, in its order (for the filter). */
export function rankingUnitTypes<R extends { unitType: { code: string } }>(rows: readonly R[]): R['unitType'][] {
  const seen = new Map<string, R['unitType']>();
  for (const row of rows) if (!seen.has(row.unitType.code)) seen.set(row.unitType.code, row.unitType);
  return [...seen.values()];
}

export type SnapshotStage = 'DRAFT' | 'LOCKED' | 'APPROVED' | 'PUBLISHED';

/**
 * Where the year's results stand: a draft computed live (no snapshot), locked, approved, or
 * published (the year is published from its snapshot). A reopened year whose snapshot was
 * published earlier reads as approved until Home Affairs locks again.
 */
export function snapshotStage(
  yearStatus: string,
  snapshot: { lockedAt: string | null; approvedAt: string | null; publishedAt: string | null } | null,
): SnapshotStage {
  if (!snapshot?.lockedAt) return 'DRAFT';
  if (yearStatus === 'PUBLISHED' && snapshot.publishedAt) return 'PUBLISHED';
  if (snapshot.approvedAt) return 'APPROVED';
  return 'LOCKED';
}
