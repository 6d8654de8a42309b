// Pure: a year's stored rows → the engine's UnitScoreInput per unit. Each leaf's entries go through
// the domain's `leafInputFromEntries` (so the engine's precedence decides which value counts);
// bonuses and penalties are summed per unit (the engine clamps them to the framework's caps).
import { leafInputFromEntries, type LeafScoreInput, type StoredEntry, type UnitScoreInput } from "@cchc/domain";
import type { ResultAdjustment, ResultEntry, ResultUnit } from "./year-results-data.js";

/** What the engine reads of an entry (the scorecard's rows carry more). */
type EntryValue = Pick<ResultEntry, "unitId" | "leafCode" | "source" | "inputs" | "points" | "comment" | "reasonCode">;

export function unitScoreInputs(
  units: readonly ResultUnit[],
  entries: readonly EntryValue[],
  adjustments: readonly ResultAdjustment[],
): UnitScoreInput[] {
  const byUnitLeaf = new Map<string, Map<string, StoredEntry[]>>();
  for (const e of entries) {
    let leaves = byUnitLeaf.get(e.unitId);
    if (!leaves) byUnitLeaf.set(e.unitId, (leaves = new Map()));
    const list = leaves.get(e.leafCode);
    const stored: StoredEntry = {
      source: e.source,
      inputs: e.inputs,
      points: e.points,
      comment: e.comment,
      reasonCode: e.reasonCode,
    };
    if (list) list.push(stored);
    else leaves.set(e.leafCode, [stored]);
  }
  const adjust = new Map<string, { bonus: number; penalty: number }>();
  for (const a of adjustments) {
    const sum = adjust.get(a.unitId) ?? { bonus: 0, penalty: 0 };
    if (a.kind === "BONUS") sum.bonus += a.points;
    else sum.penalty += a.points;
    adjust.set(a.unitId, sum);
  }
  return units.map((u) => {
    const leaves: Record<string, LeafScoreInput> = {};
    for (const [code, list] of byUnitLeaf.get(u.unitId) ?? []) leaves[code] = leafInputFromEntries(list);
    const adj = adjust.get(u.unitId);
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      unitType: u.unitTypeCode,
      leaves,
      ...(adj ? { bonus: adj.bonus, penalty: adj.penalty } : {}),
    };
  });
}
