// A unit's lineage for its trend: the unit itself and, going back, the units it came from (renamed,
// merged into it, split from them), following UnitLineage links from a unit to its predecessors.
// Each unit appears once (the shortest way back), cycles in bad data are ignored.
import type { LineageKind } from '../enums';

export interface LineageLink {
  fromUnitId: string;
  toUnitId: string;
  kind: LineageKind;
  /** ISO date the change took effect */
  effectiveDate: string;
}

export interface LineageMember {
  unitId: string;
  /** 0 = the unit itself, 1 = a direct predecessor, … */
  depth: number;
  /** how this member became (part of) its successor; null for the unit itself */
  kind: LineageKind | null;
}

/** The unit and all its predecessors, nearest first (breadth first; ties in link order). */
export function lineageChain(unitId: string, links: readonly LineageLink[]): LineageMember[] {
  const byTo = new Map<string, LineageLink[]>();
  for (const l of links) {
    const list = byTo.get(l.toUnitId);
    if (list) list.push(l);
    else byTo.set(l.toUnitId, [l]);
  }
  const out: LineageMember[] = [{ unitId, depth: 0, kind: null }];
  const seen = new Set([unitId]);
  for (let i = 0; i < out.length; i++) {
    const member = out[i] as LineageMember;
    for (const l of byTo.get(member.unitId) ?? []) {
      if (seen.has(l.fromUnitId)) continue;
      seen.add(l.fromUnitId);
      out.push({ unitId: l.fromUnitId, depth: member.depth + 1, kind: l.kind });
    }
  }
  return out;
}

export interface TrendYearRows {
  year: number;
  /** the index of every unit ranked that year */
  indices: ReadonlyArray<{ unitId: string; unitName: string; index: number; tierCode: string }>;
}

export interface TrendPoint {
  year: number;
  /** the unit's index that year; for a year before a merge, the mean of its predecessors' indices */
  index: number;
  tierCode: string | null;
  /** whose results these are (the unit's name that year, or its predecessors' names) */
  unitNames: string[];
  /** true when the point comes from predecessors, not the unit itself */
  viaLineage: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The unit's trend over the years it (or, before a rename or merge, its predecessors) has results:
 * per year, the nearest members of the chain that were ranked that year; several (a merge) are
 * averaged. Years without any member are left out. Oldest year first.
 */
export function lineageTrend(chain: readonly LineageMember[], years: readonly TrendYearRows[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const byUnit = new Map(y.indices.map((r) => [r.unitId, r]));
    let found: Array<{ unitName: string; index: number; tierCode: string }> = [];
    let depth = -1;
    for (const m of chain) {
      if (depth >= 0 && m.depth > depth) break;
      const row = byUnit.get(m.unitId);
      if (!row) continue;
      depth = m.depth;
      found.push(row);
    }
    if (found.length === 0) continue;
    found = found.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
    const index = round2(found.reduce((s, r) => s + r.index, 0) / found.length);
    points.push({
      year: y.year,
      index,
      tierCode: found.length === 1 ? (found[0]?.tierCode ?? null) : null,
      unitNames: found.map((r) => r.unitName),
      viaLineage: depth > 0,
    });
  }
  return points;
}
