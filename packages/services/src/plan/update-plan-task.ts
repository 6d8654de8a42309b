// Changes a plan task's status and/or its dates (a person's override of, or return to, the dates
// computed from the time phrase): validate, check access on the task, check the version the person
// saw, then write the task and its audit entry in one transaction.
//
// The status (issue #10): the task's status is the roll-up of its lead units' progress. Home
// Affairs' status here is its hand-set override (PlanTask.statusOverride, the same as
// `overrideTaskStatus`); a lead unit's officer setting the status reports the unit's own part
// (TaskProgress: DONE 100 %, NOT_STARTED 0 %, IN_PROGRESS keeps its percent) and the task takes the
// roll-up.
import { isoToDbDate, jsonColumns, timingColumns, type Prisma } from "@cchc/db";
import {
  decide,
  inputProblems,
  percentForStatus,
  Role,
  updatePlanTaskInputSchema,
  validateTimingOverride,
  type UpdatePlanTaskInput,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { PLAN_TASK_SNAPSHOT_SELECT as SNAPSHOT, planTaskSnapshot as snapshot } from "./override-task-status.js";
import { PLAN_TASK_RESOURCE_SELECT, planTaskResource } from "./plan-task-resource.js";
import { readRollup, ROLLUP_TASK_SELECT, rollupColumns } from "./task-rollup.js";
import { auditTaskPart, writeTaskPart } from "./report-task-progress.js";

export async function updatePlanTask(
  ctx: OperationContext,
  rawInput: UpdatePlanTaskInput,
): Promise<{ taskId: string }> {
  const parsed = updatePlanTaskInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;
  const reason = input.reason?.trim() || null;

  return ctx.prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({
      where: { id: input.id },
      select: {
        ...SNAPSHOT,
        ...PLAN_TASK_RESOURCE_SELECT,
        id: true,
        yearId: true,
        timePhrase: true,
        completedAt: true,
        year: { select: { year: true, status: true } },
        units: ROLLUP_TASK_SELECT.units,
      },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");

    const resource = planTaskResource({ year: task.year, units: task.units.filter((u) => u.role === "LEAD") });
    for (const action of [
      ...(input.status ? (["planTask.updateStatus"] as const) : []),
      ...(input.timing || input.resetTiming ? (["planTask.setTiming"] as const) : []),
    ]) {
      const decision = decide(ctx.viewer, action, resource);
      if (!decision.allowed) throw new ForbiddenError(decision.reason);
    }

    if (task.version !== input.version) throw new ConflictError("PlanTask", task.id, task.version);

    const data: Prisma.PlanTaskUpdateManyMutationInput = { version: { increment: 1 } };
    let part: Awaited<ReturnType<typeof writeTaskPart>> | null = null;
    const unitId = ctx.viewer?.unitId ?? null;
    if (input.status && ctx.viewer?.roles.includes(Role.HOME_AFFAIRS)) {
      // Home Affairs' status is its override of the roll-up.
      data.status = input.status;
      data.statusOverride = input.status;
      data.statusOverrideReason = reason;
      data.completedAt = input.status === "DONE" ? (task.completedAt ?? ctx.now) : null;
    } else if (input.status && unitId) {
      // A lead unit's officer: the unit's own part, then the task's roll-up.
      if (input.status === "CANCELLED") {
        throw new ValidationError([
          {
            field: "status",
            code: "CANCEL_NOT_ALLOWED",
            message: "Đơn vị không được hủy nhiệm vụ; chỉ Sở Nội vụ đặt trạng thái này.",
          },
        ]);
      }
      const previous = await tx.taskProgress.findUnique({
        where: { taskId_unitId: { taskId: task.id, unitId } },
        select: { percent: true },
      });
      part = await writeTaskPart(
        tx,
        ctx,
        task,
        unitId,
        { status: input.status, percent: percentForStatus(input.status, previous?.percent ?? null) },
        false,
      );
      const columns = rollupColumns(task, await readRollup(tx, task), ctx.now);
      if (columns) Object.assign(data, columns);
    }
    if (input.resetTiming) {
      Object.assign(data, timingColumns(task.timePhrase, task.year.year), { timingOverridden: false });
    } else if (input.timing) {
      const override = { start: input.timing.start, end: input.timing.end, due: input.timing.due ?? null };
      const invalid = validateTimingOverride(override, task.year.year);
      if (invalid.length) {
        throw new ValidationError(
          invalid.map((p) => ({ field: `timing.${p.field}`, code: p.code, message: p.messageVi })),
        );
      }
      Object.assign(data, {
        timingKind: override.due ? "WINDOW" : "ONGOING",
        windowStart: isoToDbDate(override.start),
        windowEnd: isoToDbDate(override.end),
        dueDate: override.due ? isoToDbDate(override.due) : null,
        occurrences: jsonColumns.occurrences.toJson([]),
        timingOverridden: true,
        timingNote: reason,
      });
    }

    // The version check and the write are one statement: of two people who saw version N, exactly
    // one writes; the other gets a conflict with the current values and nothing is overwritten.
    const written = await tx.planTask.updateMany({ where: { id: task.id, version: input.version }, data });
    if (written.count === 0) throw new ConflictError("PlanTask", task.id, task.version);
    const after = await tx.planTask.findUniqueOrThrow({ where: { id: task.id }, select: SNAPSHOT });
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_task.update",
      entity: "PlanTask",
      entityId: task.id,
      before: snapshot(task),
      after: snapshot(after),
      reason,
    });
    if (part && unitId) await auditTaskPart(tx, ctx, task.id, unitId, part.progressId, part.before);
    return { taskId: task.id };
  });
}
