export interface Rankable {
  unitId: string;
  unitName: string;
  unitType: string;
  /** the published (rounded) index */
  index: number;
}

export type Ranked<T extends Rankable> = T & {
  /** 1-based rank within the unit type; equal indices share a rank (1, 2, 2, 4) */
  rank: number;
  /** number of units of the same type */
  rankOf: number;
};

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Deterministic order: type, index desc, then name (Vietnamese collation), then id. */
function compare(a: Rankable, b: Rankable): number {
  if (a.unitType !== b.unitType) return a.unitType < b.unitType ? -1 : 1;
  if (a.index !== b.index) return b.index - a.index;
  const byName = collator.compare(a.unitName, b.unitName);
  if (byName !== 0) return byName;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}

/**
 * Ranks units within their unit type, descending by (rounded) index. Equal indices share a
 * rank (competition ranking 1, 2, 2, 4); ties are listed by name then id, so the output does
 * not depend on the input order. Output: grouped by unit type code, then rank.
 */
export function rankUnits<T extends Rankable>(units: readonly T[]): Array<Ranked<T>> {
  const sorted = [...units].sort(compare);
  const out: Array<Ranked<T>> = new Array(sorted.length);
  const sizes = new Map<string, number>();
  for (const u of sorted) sizes.set(u.unitType, (sizes.get(u.unitType) ?? 0) + 1);
  let groupStart = 0;
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    const u = sorted[i] as T;
    const prev = sorted[i - 1];
    if (!prev || prev.unitType !== u.unitType) {
      groupStart = i;
      rank = 1;
    } else if (prev.index !== u.index) {
      rank = i - groupStart + 1;
    }
    out[i] = { ...u, rank, rankOf: sizes.get(u.unitType) ?? 0 };
  }
  return out;
}
