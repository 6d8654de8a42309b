// A year's results: every scored unit's index, tier and area sub-indices (the domain's
// `computeUnitScore`, without per-leaf explanations: at 10,000 units they cost ~1 GB) and its rank
// within its unit type (the domain's `rankUnits`: equal indices share a rank). Explanations are built
// per unit on demand (`unitScorecard`).
import { computeUnitScore, type Framework, rankUnits, type UnitScoreInput } from "@cchc/domain";
import { loadAutoLeafData } from "../scoring/auto-leaf-data.js";
import { autoLeafValues, withAutoLeaves } from "../scoring/auto-leaf-values.js";
import { loadRankingEntries } from "./ranking-entries.js";
import type { ResultRow } from "./result-rows.js";
import { unitScoreInputs } from "./unit-score-inputs.js";
import { loadYearResultsData, type ResultsReader, type ResultUnit } from "./year-results-data.js";

/**
 * Pure: scores and ranks the units. Rows come grouped by unit type (the types' order), then rank,
 * then the domain's tie order (name, id).
 */
export function rankYearResults(
  framework: Framework,
  units: readonly ResultUnit[],
  inputs: readonly UnitScoreInput[],
): ResultRow[] {
  const unitById = new Map(units.map((u) => [u.unitId, u]));
  const scores = inputs.map((input) => {
    const s = computeUnitScore(framework, input, { explain: false });
    return { ...s, leaves: [] };
  });
  const ranked = rankUnits(scores);
  const rows = ranked.map((s): ResultRow => {
    const u = unitById.get(s.unitId);
    if (!u) throw new RangeError(`rankYearResults: no unit ${s.unitId}`);
    return {
      unitId: u.unitId,
      unitCode: u.unitCode,
      unitName: u.unitName,
      unitTypeId: u.unitTypeId,
      unitTypeCode: u.unitTypeCode,
      unitTypeNameVi: u.unitTypeNameVi,
      unitTypeNameEn: u.unitTypeNameEn,
      points: Math.round((s.earned + s.bonus - s.penalty) * 10_000) / 10_000,
      earned: s.earned,
      bonus: s.bonus,
      penalty: s.penalty,
      maxPoints: s.max,
      index: s.index,
      tier: { code: s.tier.code, nameVi: s.tier.nameVi, nameEn: s.tier.nameEn, minPercent: s.tier.minPercent },
      rank: s.rank,
      rankOf: s.rankOf,
      areaIndices: s.areas.map((a) => ({ areaCode: a.code, index: a.subIndex })),
    };
  });
  const position = new Map(units.map((u) => [u.unitTypeCode, u.unitTypePosition]));
  // stable sort: keeps the domain's order within a type
  return rows.sort((a, b) => (position.get(a.unitTypeCode) ?? 0) - (position.get(b.unitTypeCode) ?? 0));
}

/**
 * Loads a year's rows (a fixed number of queries) and ranks every scored unit, automatic leaves
 * computed as of `now` (see scoring/auto-leaf-values.ts). No access check: callers check.
 */
export async function computeYearResults(
  prisma: ResultsReader,
  yearId: string,
  now: Date = new Date(),
): Promise<ResultRow[]> {
  const { data, inputs } = await loadYearScoreInputs(prisma, yearId, now);
  return rankYearResults(data.framework, data.units, inputs);
}

/**
 * The year's framework, scored units and every unit's score input (entries, adjustments, automatic
 * leaves as of `now`): what the ranking and the annual report's leaf scores are computed from.
 */
export async function loadYearScoreInputs(prisma: ResultsReader, yearId: string, now: Date) {
  const data = await loadYearResultsData(prisma, yearId, { entries: false });
  const entries = await loadRankingEntries(prisma, yearId);
  const auto = autoLeafValues(
    data.framework,
    data.units,
    await loadAutoLeafData(prisma, { yearId, year: data.year, now }),
  );
  const inputs = withAutoLeaves(unitScoreInputs(data.units, entries, data.adjustments), auto);
  return { data, inputs };
}
