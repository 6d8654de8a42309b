// Publishes the approved snapshot: leadership, or Home Affairs once leadership approved it. The
// year becomes PUBLISHED through the domain's year-stage rule (`yearStatusChange`, the one
// `setYearStatus` applies) and the same audited `year.status_change` event, in the same transaction.
// From then on the snapshot never changes (the year is read-only; an audited reopen via
// `setYearStatus` keeps it until the next lock).
import { YearStatus, yearStatusChange } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import {
  type ResultSnapshotInput,
  resultSnapshotInputSchema,
  loadSnapshotFor,
  snapshotState,
  unitCount,
} from "./snapshot-state.js";

export async function publishResults(ctx: OperationContext, raw: ResultSnapshotInput): Promise<{ yearId: string }> {
  const input = validate(resultSnapshotInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { year, snap, viewer } = await loadSnapshotFor(tx, ctx, input.yearId, "results.publish");
    if (!snap?.lockedAt || !snap.approvedAt || snap.publishedAt) {
      throw new ValidationError([
        {
          field: "yearId",
          code: "NOT_APPROVED",
          message: "Kết quả chưa được khóa và phê duyệt: chỉ công bố kết quả đã được lãnh đạo phê duyệt.",
        },
      ]);
    }
    if (snap.version !== input.version) throw new ConflictError("ResultSnapshot", input.yearId, snap.version);
    const change = yearStatusChange(year.status, YearStatus.PUBLISHED);
    if ("code" in change) throw new ValidationError([{ field: "yearId", ...change }]);

    const written = await tx.resultSnapshot.updateMany({
      where: { id: snap.id, version: input.version },
      data: { publishedAt: ctx.now, publishedById: viewer.userId, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("ResultSnapshot", input.yearId, snap.version);
    const moved = await tx.evaluationYear.updateMany({
      where: { id: input.yearId, version: year.version },
      data: { status: YearStatus.PUBLISHED, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new ConflictError("EvaluationYear", input.yearId, year.version);
    const units = unitCount(snap.results);
    await writeAudit(tx, viewer.userId, {
      action: "results.publish",
      entity: "ResultSnapshot",
      entityId: snap.id,
      before: snapshotState({ ...snap, units }),
      after: snapshotState({ ...snap, version: snap.version + 1, publishedAt: ctx.now, units }),
    });
    await writeAudit(tx, viewer.userId, {
      action: "year.status_change",
      entity: "EvaluationYear",
      entityId: input.yearId,
      before: { version: year.version, status: year.status },
      after: { version: year.version + 1, status: YearStatus.PUBLISHED },
      reason: null,
    });
    return { yearId: input.yearId };
  });
}
