// The shape of a year's ranking, as computed and as stored in ResultSnapshot.results (checked with
// zod both ways: a corrupt snapshot fails loudly, naming the column).
import type { Prisma } from "@cchc/db";
import { z } from "zod";

const tier = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), minPercent: z.number() });

export const resultRow = z.object({
  unitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  unitTypeId: z.string(),
  unitTypeCode: z.string(),
  unitTypeNameVi: z.string(),
  unitTypeNameEn: z.string(),
  /** points counted: earned + bonus − penalty (bonus and penalty as clamped by the caps) */
  points: z.number(),
  earned: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  /** maximum points of the items that apply to the unit */
  maxPoints: z.number(),
  /** rounded to 2 dp */
  index: z.number(),
  tier,
  /** 1-based within the unit type; equal indices share a rank */
  rank: z.number().int(),
  rankOf: z.number().int(),
  areaIndices: z.array(z.object({ areaCode: z.string(), index: z.number().nullable() })),
});
export type ResultRow = z.infer<typeof resultRow>;

export const snapshotResults = z.object({
  /** when the snapshot was computed (ISO date-time) */
  computedAt: z.string(),
  rows: z.array(resultRow),
});
export type SnapshotResults = z.infer<typeof snapshotResults>;

export class SnapshotColumnError extends Error {
  constructor(issues: string) {
    super(`JSON column ResultSnapshot.results does not match its shape: ${issues}`);
  }
}

export function parseSnapshotResults(value: unknown): SnapshotResults {
  const parsed = snapshotResults.safeParse(value);
  if (!parsed.success) throw new SnapshotColumnError(z.prettifyError(parsed.error));
  return parsed.data;
}

export function snapshotResultsJson(value: SnapshotResults): Prisma.InputJsonValue {
  return snapshotResults.parse(value);
}
