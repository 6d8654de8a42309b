// Changes a plan task's status and/or its dates (a person's override of, or return to, the dates
// computed from the time phrase), in one transaction with an audit entry: who, when, why.
import { isoToDbDate, timingColumns, type PrismaClient, type Prisma } from "@cchc/db";
import { validateTimingOverride, type Viewer } from "@cchc/domain";
import { NotFoundError, ValidationError, type FieldProblem } from "../schema/errors.js";

export type TaskStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED";

export interface UpdatePlanTaskInput {
  id: string;
  status?: TaskStatus | null;
  timing?: { start: string; end: string; due?: string | null } | null;
  resetTiming?: boolean | null;
  reason?: string | null;
}

const AUDITED = {
  status: true,
  timingKind: true,
  windowStart: true,
  windowEnd: true,
  dueDate: true,
  timingOverridden: true,
  timingNote: true,
} as const;

export async function updatePlanTask(
  prisma: PrismaClient,
  viewer: Viewer,
  input: UpdatePlanTaskInput,
  now: Date,
): Promise<{ taskId: string }> {
  const reason = input.reason?.trim() || null;
  const problems: FieldProblem[] = [];
  if (input.timing && input.resetTiming) {
    problems.push({ field: "resetTiming", code: "CONFLICT", message: "Không thể vừa đặt ngày vừa khôi phục ngày tính từ kế hoạch." });
  }
  if (input.timing && !reason) {
    problems.push({ field: "reason", code: "REQUIRED", message: "Cần ghi lý do khi đặt ngày thủ công." });
  }
  if (!input.status && !input.timing && !input.resetTiming) {
    problems.push({ field: "id", code: "NOTHING_TO_CHANGE", message: "Không có thay đổi nào." });
  }
  if (problems.length) throw new ValidationError(problems);

  return prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({
      where: { id: input.id },
      select: { ...AUDITED, id: true, timePhrase: true, year: { select: { year: true } } },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");

    const data: Prisma.PlanTaskUpdateInput = {};
    if (input.status) {
      data.status = input.status;
      data.completedAt = input.status === "DONE" ? now : null;
    }
    if (input.resetTiming) {
      Object.assign(data, timingColumns(task.timePhrase, task.year.year), { timingOverridden: false });
    } else if (input.timing) {
      const override = { start: input.timing.start, end: input.timing.end, due: input.timing.due ?? null };
      const invalid = validateTimingOverride(override, task.year.year);
      if (invalid.length) {
        throw new ValidationError(invalid.map((p) => ({ field: `timing.${p.field}`, code: p.code, message: p.messageVi })));
      }
      Object.assign(data, {
        timingKind: override.due ? "WINDOW" : "ONGOING",
        windowStart: isoToDbDate(override.start),
        windowEnd: isoToDbDate(override.end),
        dueDate: override.due ? isoToDbDate(override.due) : null,
        occurrences: [],
        timingOverridden: true,
        timingNote: reason,
      });
    }
    const updated = await tx.planTask.update({ where: { id: task.id }, data, select: AUDITED });
    const { id: _id, timePhrase: _phrase, year: _year, ...before } = task;
    await tx.auditLog.create({
      data: {
        actorId: viewer.userId,
        action: "plan_task.update",
        entity: "PlanTask",
        entityId: task.id,
        before: before as unknown as Prisma.InputJsonValue,
        after: updated as unknown as Prisma.InputJsonValue,
        reason,
      },
    });
    return { taskId: task.id };
  });
}
