// The team records the minutes (biên bản) at the end of the visit: its number in the year ("Số:
// 05/BB-ĐKT", not used by another visit of the year), where, a summary of the work and the
// conclusions. IN_PROGRESS → MINUTES_RECORDED; while not concluded they may be corrected (same step).
// Versioned (ConflictError) and audited. The document itself is issued at the conclusion.
import {
  canMoveVisit,
  minutesNumber,
  type RecordVisitMinutesInput,
  recordVisitMinutesInputSchema,
  toLocalIsoDate,
  VisitStatus,
} from "@cchc/domain";
import type { VisitMinutesSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { MinutesStepError } from "./visit-step-errors.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "./visit-resource.js";

export const VISIT_MINUTES_SELECT = {
  id: true,
  version: true,
  yearId: true,
  status: true,
  minutesNumber: true,
  place: true,
  minutes: true,
  conclusions: true,
  minutesFileId: true,
  visitedDate: true,
  startedAt: true,
} as const;

export function visitMinutesSnapshot(row: {
  version: number;
  status: string;
  minutesNumber: string | null;
  place: string | null;
  minutes: string | null;
  conclusions: string | null;
  minutesFileId: string | null;
}): VisitMinutesSnapshot {
  return {
    version: row.version,
    status: row.status,
    minutesNumber: row.minutesNumber,
    place: row.place,
    minutes: row.minutes,
    conclusions: row.conclusions,
    minutesFileId: row.minutesFileId,
  };
}

export async function recordVisitMinutes(
  ctx: OperationContext,
  raw: RecordVisitMinutesInput,
): Promise<{ visitId: string }> {
  const input = validate(recordVisitMinutesInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.inspectionVisit.findUnique({
      where: { id: input.visitId },
      select: { ...VISIT_MINUTES_SELECT, ...VISIT_RESOURCE_SELECT },
    });
    if (!before) throw new NotFoundError("cuộc kiểm tra");
    const viewer = requireAllowed(ctx.viewer, "visit.minutes", visitResource(before));
    const status = before.status as VisitStatus;
    if (status !== VisitStatus.MINUTES_RECORDED && !canMoveVisit(status, VisitStatus.MINUTES_RECORDED)) {
      throw new MinutesStepError(
        status,
        status === VisitStatus.CONCLUDED
          ? "Cuộc kiểm tra đã kết luận: biên bản đã ban hành, không sửa được."
          : "Chỉ lập biên bản khi cuộc kiểm tra đang diễn ra.",
      );
    }
    if (before.version !== input.version) throw new ConflictError("InspectionVisit", before.id, before.version);
    const number = minutesNumber(input.number);
    const clash = await tx.inspectionVisit.findFirst({
      where: { yearId: before.yearId, minutesNumber: number, id: { not: before.id } },
      select: { id: true },
    });
    if (clash) {
      throw new ValidationError([
        {
          field: "number",
          code: "NUMBER_TAKEN",
          message: `Số biên bản ${number} đã dùng cho cuộc kiểm tra khác trong năm.`,
        },
      ]);
    }
    const written = await tx.inspectionVisit.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        status: VisitStatus.MINUTES_RECORDED,
        minutesNumber: number,
        place: input.place,
        minutes: input.summary,
        conclusions: input.conclusions,
        // the day on the spot: as recorded, else the day the visit started, else today
        visitedDate: before.visitedDate ?? new Date(`${toLocalIsoDate(before.startedAt ?? ctx.now)}T00:00:00Z`),
        version: { increment: 1 },
      },
    });
    if (written.count === 0) throw new ConflictError("InspectionVisit", before.id, before.version);
    const after = await tx.inspectionVisit.findUniqueOrThrow({
      where: { id: before.id },
      select: VISIT_MINUTES_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: "visit.record_minutes",
      entity: "InspectionVisit",
      entityId: before.id,
      before: visitMinutesSnapshot(before),
      after: visitMinutesSnapshot(after),
    });
    return { visitId: before.id };
  });
}
