// Home Affairs moves a task up or down within its area (keyboard reorder): the task and its
// neighbour swap positions; version-checked, audited; one transaction.
import { decide, inputProblems, moveNeighbour, movePlanTaskInputSchema, type MovePlanTaskInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

export async function movePlanTask(ctx: OperationContext, rawInput: MovePlanTaskInput): Promise<{ taskId: string }> {
  const parsed = movePlanTaskInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;
  return ctx.prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        code: true,
        version: true,
        position: true,
        year: { select: { status: true } },
        area: { select: { tasks: { select: { id: true, code: true, position: true } } } },
      },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");
    const decision = decide(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: task.year.status });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    if (task.version !== input.version) throw new ConflictError("PlanTask", task.id, task.version);
    const other = moveNeighbour(task.area.tasks, task.id, input.direction);
    if (!other) {
      throw new ValidationError([
        {
          field: "direction",
          code: "AT_EDGE",
          message: input.direction === "UP" ? "Nhiệm vụ đã ở đầu lĩnh vực." : "Nhiệm vụ đã ở cuối lĩnh vực.",
        },
      ]);
    }
    const written = await tx.planTask.updateMany({
      where: { id: task.id, version: input.version },
      data: { position: other.position, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("PlanTask", task.id, task.version);
    await tx.planTask.update({ where: { id: other.id }, data: { position: task.position, version: { increment: 1 } } });
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_task.move",
      entity: "PlanTask",
      entityId: task.id,
      after: { code: task.code, from: task.position, to: other.position, swappedWith: other.code },
    });
    return { taskId: task.id };
  });
}
