// Home Affairs sets a task's status by hand (kept as PlanTask.statusOverride with its reason, apart
// from the units' roll-up), or clears it (status null) so the task returns to its roll-up. One
// transaction, version-checked, audited as `plan_task.update` with the reason.
import {
  decide,
  inputProblems,
  overrideColumns,
  overrideTaskStatusInputSchema,
  type OverrideTaskStatusInput,
} from "@cchc/domain";
import { dbDateToIso } from "@cchc/db";
import type { PlanTaskSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { readRollup, ROLLUP_TASK_SELECT } from "./task-rollup.js";

export const PLAN_TASK_SNAPSHOT_SELECT = {
  version: true,
  status: true,
  timingKind: true,
  windowStart: true,
  windowEnd: true,
  dueDate: true,
  timingOverridden: true,
  timingNote: true,
  statusOverride: true,
  statusOverrideReason: true,
} as const;

export function planTaskSnapshot(row: {
  version: number;
  status: PlanTaskSnapshot["status"];
  timingKind: PlanTaskSnapshot["timingKind"];
  windowStart: Date | null;
  windowEnd: Date | null;
  dueDate: Date | null;
  timingOverridden: boolean;
  timingNote: string | null;
  statusOverride: PlanTaskSnapshot["status"] | null;
  statusOverrideReason: string | null;
}): PlanTaskSnapshot {
  const date = (d: Date | null) => (d ? dbDateToIso(d) : null);
  return {
    ...row,
    windowStart: date(row.windowStart),
    windowEnd: date(row.windowEnd),
    dueDate: date(row.dueDate),
  };
}

export async function overrideTaskStatus(
  ctx: OperationContext,
  rawInput: OverrideTaskStatusInput,
): Promise<{ taskId: string }> {
  const parsed = overrideTaskStatusInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;

  return ctx.prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({
      where: { id: input.taskId },
      select: { ...ROLLUP_TASK_SELECT, ...PLAN_TASK_SNAPSHOT_SELECT, year: { select: { status: true } } },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");
    const decision = decide(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: task.year.status });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    if (task.version !== input.version) throw new ConflictError("PlanTask", task.id, task.version);

    const rollup = await readRollup(tx, task);
    // With no lead unit there is no roll-up: clearing the override returns the task to "not started".
    const columns = overrideColumns(
      input.status,
      rollup?.status ?? "NOT_STARTED",
      input.reason,
      task.completedAt,
      ctx.now,
    );
    const written = await tx.planTask.updateMany({
      where: { id: task.id, version: input.version },
      data: { ...columns, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("PlanTask", task.id, task.version);
    const after = await tx.planTask.findUniqueOrThrow({ where: { id: task.id }, select: PLAN_TASK_SNAPSHOT_SELECT });
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_task.update",
      entity: "PlanTask",
      entityId: task.id,
      before: planTaskSnapshot(task),
      after: planTaskSnapshot(after),
      reason: input.reason,
    });
    return { taskId: task.id };
  });
}
