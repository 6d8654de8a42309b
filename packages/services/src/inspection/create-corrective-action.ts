// The inspection team (a member of the visit's team, or Home Affairs) creates a corrective action from
// a weakness found on a visit: what to do, the owner unit (the visited unit unless named; it must take
// part in the year) and a due date not before today. Writes the action, its first history event and
// the audit entry in one transaction.
import { isoToDbDate } from "@cchc/db";
import { type CreateCorrectiveActionInput, createCorrectiveActionInputSchema, dueDateProblem } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { CORRECTIVE_ACTION_SELECT, correctiveActionSnapshot } from "./corrective-action-record.js";

export async function createCorrectiveAction(
  ctx: OperationContext,
  raw: CreateCorrectiveActionInput,
): Promise<{ actionId: string }> {
  const input = validate(createCorrectiveActionInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({
      where: { id: input.findingId },
      select: {
        id: true,
        kind: true,
        visit: {
          select: {
            yearId: true,
            unitId: true,
            status: true,
            year: { select: { status: true } },
            team: { select: { userId: true } },
          },
        },
      },
    });
    if (!finding) throw new NotFoundError("phát hiện kiểm tra");
    const { visit } = finding;
    const viewer = requireAllowed(ctx.viewer, "action.create", {
      type: "InspectionVisit",
      unitId: visit.unitId,
      teamUserIds: visit.team.flatMap((m) => (m.userId ? [m.userId] : [])),
      yearStatus: visit.year.status,
    });
    const problems = [];
    if (finding.kind !== "WEAKNESS") {
      problems.push({
        field: "findingId",
        code: "NOT_A_WEAKNESS",
        message: "Chỉ tạo hành động khắc phục từ một tồn tại, hạn chế (không từ mô hình, cách làm hay).",
      });
    }
    if (visit.status === "CANCELLED") {
      problems.push({ field: "findingId", code: "VISIT_CANCELLED", message: "Cuộc kiểm tra đã bị hủy." });
    }
    const due = dueDateProblem(input.dueDate, ctx.now);
    if (due) problems.push(due);
    const ownerUnitId = input.ownerUnitId ?? visit.unitId;
    const owner = await tx.yearUnit.findFirst({
      where: { yearId: visit.yearId, unitId: ownerUnitId },
      select: { unitId: true },
    });
    if (!owner) {
      problems.push({
        field: "ownerUnitId",
        code: "UNIT_NOT_IN_YEAR",
        message: "Đơn vị chủ trì khắc phục không thuộc năm đánh giá này.",
      });
    }
    if (problems.length) throw new ValidationError(problems);

    const created = await tx.correctiveAction.create({
      data: {
        findingId: finding.id,
        description: input.description,
        ownerUnitId,
        dueDate: isoToDbDate(input.dueDate),
        status: "OPEN",
        createdAt: ctx.now,
      },
      select: CORRECTIVE_ACTION_SELECT,
    });
    await tx.correctiveActionEvent.create({
      data: {
        actionId: created.id,
        fromStatus: null,
        toStatus: "OPEN",
        note: input.description,
        actorId: viewer.userId,
        at: ctx.now,
      },
    });
    await writeAudit(tx, viewer.userId, {
      action: "corrective_action.create",
      entity: "CorrectiveAction",
      entityId: created.id,
      after: correctiveActionSnapshot(created),
    });
    return { actionId: created.id };
  });
}
