// The evaluation dashboard's ranking: per unit type, one bar per unit with its index, its tier (and
// the tier's order, best first, so a chart can colour it) and its rank; equal values share a rank
// (1, 2, 2, 4) and are marked as ties so the chart can show them. With an area chosen, the bars are
// that area's sub-index and the ranks are recomputed on it (units where nothing in the area applies
// are left out).
import type { ClassificationTier } from '../framework/types';
import type { ResultRow } from '../results/result-rows';
import { classifyIndex } from '../scoring/classify-index';

export interface RankingBar {
  unitId: string;
  unitName: string;
  /** the overall index, or the area's sub-index when an area is chosen */
  value: number;
  tierCode: string;
  tierNameVi: string;
  tierNameEn: string;
  /** 0 = the best tier (highest minimum), then 1, 2, … */
  tierOrder: number;
  rank: number;
  /** another unit of the same type has the same rank */
  tied: boolean;
}

export interface RankingGroup {
  unitTypeId: string;
  unitTypeCode: string;
  unitTypeNameVi: string;
  unitTypeNameEn: string;
  /** mean of the bars' values, 2 dp; null without bars */
  average: number | null;
  bars: RankingBar[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Tiers best first (highest minimum percent first). */
export function tierOrder(tiers: readonly ClassificationTier[]): ClassificationTier[] {
  return [...tiers].sort((a, b) => b.minPercent - a.minPercent);
}

/** Competition ranking of values, highest first: [90, 80, 80, 70] → [1, 2, 2, 4]. */
export function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  return values.map((v) => sorted.indexOf(v) + 1);
}

/**
 * Groups result rows (already ranked by the results engine) into one group per unit type, in the
 * rows' order of types. `areaCode`: rank on that area's sub-index instead of the overall index.
 */
export function rankingGroups(
  rows: readonly ResultRow[],
  tiers: readonly ClassificationTier[],
  options: { unitTypeId?: string | null; areaCode?: string | null } = {},
): RankingGroup[] {
  const ordered = tierOrder(tiers);
  const orderOf = new Map(ordered.map((t, i) => [t.code, i]));
  const groups = new Map<string, RankingGroup & { raw: Array<{ row: ResultRow; value: number }> }>();
  for (const row of rows) {
    if (options.unitTypeId && row.unitTypeId !== options.unitTypeId) continue;
    let value: number | null = row.index;
    if (options.areaCode) value = row.areaIndices.find((a) => a.areaCode === options.areaCode)?.index ?? null;
    let group = groups.get(row.unitTypeId);
    if (!group) {
      group = {
        unitTypeId: row.unitTypeId,
        unitTypeCode: row.unitTypeCode,
        unitTypeNameVi: row.unitTypeNameVi,
        unitTypeNameEn: row.unitTypeNameEn,
        average: null,
        bars: [],
        raw: [],
      };
      groups.set(row.unitTypeId, group);
    }
    if (value !== null) group.raw.push({ row, value });
  }
  return [...groups.values()].map(({ raw, ...group }) => {
    const ranks = options.areaCode ? competitionRanks(raw.map((r) => r.value)) : raw.map((r) => r.row.rank);
    const bars = raw.map(({ row, value }, i): RankingBar => {
      const tier =
        options.areaCode && ordered.length > 0
          ? classifyIndex(value, ordered)
          : { code: row.tier.code, nameVi: row.tier.nameVi, nameEn: row.tier.nameEn, minPercent: row.tier.minPercent };
      return {
        unitId: row.unitId,
        unitName: row.unitName,
        value,
        tierCode: tier.code,
        tierNameVi: tier.nameVi,
        tierNameEn: tier.nameEn,
        tierOrder: orderOf.get(tier.code) ?? ordered.length,
        rank: ranks[i] ?? 0,
        tied: false,
      };
    });
    bars.sort((a, b) => a.rank - b.rank || a.unitName.localeCompare(b.unitName, 'vi'));
    const count = new Map<number, number>();
    for (const b of bars) count.set(b.rank, (count.get(b.rank) ?? 0) + 1);
    for (const b of bars) b.tied = (count.get(b.rank) ?? 0) > 1;
    const average = bars.length === 0 ? null : round2(bars.reduce((s, b) => s + b.value, 0) / bars.length);
    return { ...group, average, bars };
  });
}
