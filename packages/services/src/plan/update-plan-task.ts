// Changes a plan task's status and/or its dates (a person's override of, or return to, the dates
// computed from the time phrase): validate, check access on the task, check the version the person
// saw, then write the task and its audit entry in one transaction.
import { dbDateToIso, isoToDbDate, jsonColumns, timingColumns, type Prisma } from "@cchc/db";
import {
  decide,
  inputProblems,
  updatePlanTaskInputSchema,
  validateTimingOverride,
  type UpdatePlanTaskInput,
} from "@cchc/domain";
import type { PlanTaskSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { PLAN_TASK_RESOURCE_SELECT, planTaskResource } from "./plan-task-resource.js";

const SNAPSHOT = {
  version: true,
  status: true,
  timingKind: true,
  windowStart: true,
  windowEnd: true,
  dueDate: true,
  timingOverridden: true,
  timingNote: true,
} as const;

type SnapshotRow = Prisma.PlanTaskGetPayload<{ select: typeof SNAPSHOT }>;

function snapshot(row: SnapshotRow): PlanTaskSnapshot {
  const date = (d: Date | null) => (d ? dbDateToIso(d) : null);
  return {
    ...row,
    windowStart: date(row.windowStart),
    windowEnd: date(row.windowEnd),
    dueDate: date(row.dueDate),
  };
}

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
        timePhrase: true,
        year: { select: { year: true, status: true } },
      },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");

    const resource = planTaskResource(task);
    for (const action of [
      ...(input.status ? (["planTask.updateStatus"] as const) : []),
      ...(input.timing || input.resetTiming ? (["planTask.setTiming"] as const) : []),
    ]) {
      const decision = decide(ctx.viewer, action, resource);
      if (!decision.allowed) throw new ForbiddenError(decision.reason);
    }

    if (task.version !== input.version) throw new ConflictError("PlanTask", task.id, task.version);

    const data: Prisma.PlanTaskUpdateManyMutationInput = { version: { increment: 1 } };
    if (input.status) {
      data.status = input.status;
      data.completedAt = input.status === "DONE" ? ctx.now : null;
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
    return { taskId: task.id };
  });
}
