// A unit's area profile: its sub-index in each area of the framework beside the mean sub-index of
// the units of its type (units where nothing in the area applies are left out of the mean).
import type { ResultRow } from '../results/result-rows';

export interface AreaProfilePoint {
  areaCode: string;
  areaName: string;
  /** null when nothing in the area applies to the unit */
  unitIndex: number | null;
  /** null when no unit of the type has a sub-index there */
  typeAverage: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function areaProfile(
  unit: Pick<ResultRow, 'unitId' | 'unitTypeId' | 'areaIndices'>,
  rows: ReadonlyArray<Pick<ResultRow, 'unitTypeId' | 'areaIndices'>>,
  areas: ReadonlyArray<{ code: string; name: string }>,
): AreaProfilePoint[] {
  const sameType = rows.filter((r) => r.unitTypeId === unit.unitTypeId);
  return areas.map((area) => {
    const values = sameType
      .map((r) => r.areaIndices.find((a) => a.areaCode === area.code)?.index ?? null)
      .filter((v): v is number => v !== null);
    return {
      areaCode: area.code,
      areaName: area.name,
      unitIndex: unit.areaIndices.find((a) => a.areaCode === area.code)?.index ?? null,
      typeAverage: values.length === 0 ? null : round2(values.reduce((s, v) => s + v, 0) / values.length),
    };
  });
}
