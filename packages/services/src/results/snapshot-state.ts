// What the audit log records of a results snapshot, and the input of lock/approve/publish.
import { z } from "zod";

export const resultSnapshotInputSchema = z.object({
  yearId: z.string().min(1).max(100),
  /** the snapshot's version the person saw; 0 when the year has no snapshot yet */
  version: z.number().int().min(0).max(2_147_483_647),
});
export type ResultSnapshotInput = z.input<typeof resultSnapshotInputSchema>;

export const SNAPSHOT_SELECT = {
  id: true,
  version: true,
  lockedAt: true,
  approvedAt: true,
  publishedAt: true,
  results: true,
} as const;

export function snapshotState(s: {
  version: number;
  lockedAt: Date | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  units: number;
}) {
  return {
    version: s.version,
    lockedAt: s.lockedAt?.toISOString() ?? null,
    approvedAt: s.approvedAt?.toISOString() ?? null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    units: s.units,
  };
}

export function unitCount(results: unknown): number {
  if (results && typeof results === "object" && "rows" in results && Array.isArray(results.rows)) {
    return results.rows.length;
  }
  return 0;
}
