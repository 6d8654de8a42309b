// The shape of a year's ranking as computed and as stored in ResultSnapshot.results: one zod schema,
// used by the database's JSON codec (packages/db/src/json-columns.ts) and the results operations.
import { z } from 'zod';

const tier = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), minPercent: z.number() });

export const resultRowSchema = z.object({
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
export type ResultRow = z.infer<typeof resultRowSchema>;

export const snapshotResultsSchema = z.object({
  /** when the snapshot was computed (ISO date-time) */
  computedAt: z.string(),
  rows: z.array(resultRowSchema),
});
export type SnapshotResults = z.infer<typeof snapshotResultsSchema>;
