// Home Affairs locks the results: computes every scored unit's index, tier and rank now and stores
// them as the year's snapshot (the one leadership approves and is published). Locking again before
// publication (or after an audited reopen of a published year) replaces the snapshot and clears its
// approval; a published year's snapshot never changes. Versioned and audited.
import { YearStatus } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { computeYearResults } from "./compute-year-results.js";
import { snapshotResultsJson } from "./result-rows.js";
import {
  type ResultSnapshotInput,
  resultSnapshotInputSchema,
  loadSnapshotFor,
  snapshotState,
  unitCount,
} from "./snapshot-state.js";

export async function lockResults(ctx: OperationContext, raw: ResultSnapshotInput): Promise<{ yearId: string }> {
  const input = validate(resultSnapshotInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { year, snap, viewer } = await loadSnapshotFor(tx, ctx, input.yearId, "results.lock");
    if (year.status !== YearStatus.APPRAISAL) {
      throw new ValidationError([
        { field: "yearId", code: "NOT_APPRAISAL", message: "Chỉ khóa kết quả khi năm đánh giá ở giai đoạn thẩm định." },
      ]);
    }
    const currentVersion = snap?.version ?? 0;
    if (input.version !== currentVersion) throw new ConflictError("ResultSnapshot", input.yearId, currentVersion);
    const rows = await computeYearResults(tx, input.yearId, ctx.now);
    const results = snapshotResultsJson({ computedAt: ctx.now.toISOString(), rows });
    const cleared = {
      results,
      lockedAt: ctx.now,
      lockedById: viewer.userId,
      approvedAt: null,
      approvedById: null,
      publishedAt: null,
      publishedById: null,
    };
    let id: string;
    if (snap) {
      const written = await tx.resultSnapshot.updateMany({
        where: { id: snap.id, version: input.version },
        data: { ...cleared, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("ResultSnapshot", input.yearId, snap.version);
      id = snap.id;
    } else {
      id = (await tx.resultSnapshot.create({ data: { yearId: input.yearId, ...cleared }, select: { id: true } })).id;
    }
    await writeAudit(tx, viewer.userId, {
      action: "results.lock",
      entity: "ResultSnapshot",
      entityId: id,
      before: snap ? snapshotState({ ...snap, units: unitCount(snap.results) }) : null,
      after: snapshotState({
        version: currentVersion + 1,
        lockedAt: ctx.now,
        approvedAt: null,
        publishedAt: null,
        units: rows.length,
      }),
    });
    return { yearId: input.yearId };
  });
}
