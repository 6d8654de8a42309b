// What the audit log records of a results snapshot, the input of lock/approve/publish, and the
// first steps they share: load the year and its snapshot, and check who may act on them.
import { jsonColumns } from "@cchc/db";
import type { Action } from "@cchc/domain";
import { z } from "zod";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";

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

/** Units ranked in a stored snapshot (0 before the first lock). */
export function unitCount(results: unknown): number {
  return results === null ? 0 : jsonColumns.resultSnapshot.parse(results).rows.length;
}

/** The year, its snapshot (null before the first lock) and the viewer, who may do `action` on them. */
export async function loadSnapshotFor(tx: Tx, ctx: OperationContext, yearId: string, action: Action) {
  const year = await tx.evaluationYear.findUnique({
    where: { id: yearId },
    select: { status: true, version: true, resultSnapshot: { select: SNAPSHOT_SELECT } },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  const snap = year.resultSnapshot;
  const viewer = requireAllowed(ctx.viewer, action, {
    type: "YearResults",
    unitId: null,
    approved: Boolean(snap?.approvedAt),
    yearStatus: year.status,
  });
  return { year, snap, viewer };
}
