// Leadership approves the locked snapshot for publication. Versioned and audited.
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

export async function approveResults(ctx: OperationContext, raw: ResultSnapshotInput): Promise<{ yearId: string }> {
  const input = validate(resultSnapshotInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { snap, viewer } = await loadSnapshotFor(tx, ctx, input.yearId, "results.approve");
    if (!snap?.lockedAt || snap.publishedAt) {
      throw new ValidationError([
        { field: "yearId", code: "NOT_LOCKED", message: "Kết quả chưa được khóa: Phòng Nội vụ khóa kết quả trước." },
      ]);
    }
    if (snap.version !== input.version) throw new ConflictError("ResultSnapshot", input.yearId, snap.version);
    if (snap.approvedAt) {
      throw new ValidationError([{ field: "yearId", code: "ALREADY_APPROVED", message: "Kết quả đã được phê duyệt." }]);
    }
    const written = await tx.resultSnapshot.updateMany({
      where: { id: snap.id, version: input.version },
      data: { approvedAt: ctx.now, approvedById: viewer.userId, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("ResultSnapshot", input.yearId, snap.version);
    const units = unitCount(snap.results);
    await writeAudit(tx, viewer.userId, {
      action: "results.approve",
      entity: "ResultSnapshot",
      entityId: snap.id,
      before: snapshotState({ ...snap, units }),
      after: snapshotState({ ...snap, version: snap.version + 1, approvedAt: ctx.now, units }),
    });
    return { yearId: input.yearId };
  });
}
