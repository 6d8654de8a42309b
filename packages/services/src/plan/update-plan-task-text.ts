// Home Affairs corrects a task's texts (content, lead and coordinating as written, time phrase). A
// new time phrase recomputes the task's dates, unless a person set them by hand. Version-checked,
// audited, one transaction.
import { timingColumns } from "@cchc/db";
import { decide, inputProblems, updatePlanTaskTextInputSchema, type UpdatePlanTaskTextInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

const TEXTS = { text: true, leadLabel: true, coordinatingLabel: true, timePhrase: true } as const;

export async function updatePlanTaskText(
  ctx: OperationContext,
  rawInput: UpdatePlanTaskTextInput,
): Promise<{ taskId: string }> {
  const parsed = updatePlanTaskTextInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;
  return ctx.prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({
      where: { id: input.id },
      select: {
        ...TEXTS,
        id: true,
        version: true,
        timingOverridden: true,
        year: { select: { year: true, status: true } },
      },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");
    const decision = decide(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: task.year.status });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    if (task.version !== input.version) throw new ConflictError("PlanTask", task.id, task.version);
    const data = {
      ...(input.text != null ? { text: input.text } : {}),
      ...(input.leadLabel != null ? { leadLabel: input.leadLabel } : {}),
      ...(input.coordinatingLabel != null
        ? { coordinatingLabel: input.coordinatingLabel.normalize("NFC").trim() }
        : {}),
      ...(input.timePhrase != null ? { timePhrase: input.timePhrase } : {}),
      ...(input.timePhrase != null && !task.timingOverridden ? timingColumns(input.timePhrase, task.year.year) : {}),
    };
    const written = await tx.planTask.updateMany({
      where: { id: task.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("PlanTask", task.id, task.version);
    const after = await tx.planTask.findUniqueOrThrow({ where: { id: task.id }, select: TEXTS });
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_task.update_text",
      entity: "PlanTask",
      entityId: task.id,
      before: {
        text: task.text,
        leadLabel: task.leadLabel,
        coordinatingLabel: task.coordinatingLabel,
        timePhrase: task.timePhrase,
      },
      after,
    });
    return { taskId: task.id };
  });
}
