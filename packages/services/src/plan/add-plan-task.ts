// Home Affairs adds a task to an area of a year's plan: validate, check access on the year, give it
// the area's next number and the place after the area's last task (later tasks move down by one),
// compute its dates from the time phrase, link its units, audit; one transaction.
import { timingColumns } from "@cchc/db";
import {
  addPlanTaskInputSchema,
  decide,
  inputProblems,
  nextTaskNumber,
  overlappingUnits,
  type AddPlanTaskInput,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

export async function addPlanTask(ctx: OperationContext, rawInput: AddPlanTaskInput): Promise<{ taskId: string }> {
  const parsed = addPlanTaskInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;
  const lead = [...new Set(input.leadUnitIds ?? [])];
  const coordinating = [...new Set(input.coordinatingUnitIds ?? [])];
  if (overlappingUnits(lead, coordinating).length) {
    throw new ValidationError([
      {
        field: "coordinatingUnitIds",
        code: "BOTH_LEAD_AND_COORDINATING",
        message: "Một đơn vị không thể vừa chủ trì vừa phối hợp cùng một nhiệm vụ.",
      },
    ]);
  }

  return ctx.prisma.$transaction(async (tx) => {
    const area = await tx.planArea.findUnique({
      where: { id: input.areaId },
      select: {
        id: true,
        code: true,
        position: true,
        yearId: true,
        year: { select: { year: true, status: true } },
        tasks: { select: { number: true, position: true } },
      },
    });
    if (!area) throw new NotFoundError("lĩnh vực của kế hoạch");
    const decision = decide(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: area.year.status });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);

    const units = [...lead, ...coordinating];
    if (units.length) {
      const taking = await tx.yearUnit.count({ where: { yearId: area.yearId, unitId: { in: units } } });
      if (taking !== units.length) {
        throw new ValidationError([
          { field: "leadUnitIds", code: "UNIT_NOT_IN_YEAR", message: "Có đơn vị không tham gia năm đánh giá này." },
        ]);
      }
    }

    const number = nextTaskNumber(area.tasks.map((t) => t.number));
    // After the area's last task; an empty area goes after the tasks of the areas before it.
    const last = area.tasks.length
      ? Math.max(...area.tasks.map((t) => t.position))
      : ((
          await tx.planTask.aggregate({
            where: { yearId: area.yearId, area: { position: { lt: area.position } } },
            _max: { position: true },
          })
        )._max.position ?? -1);
    const position = last + 1;
    await tx.planTask.updateMany({
      where: { yearId: area.yearId, position: { gte: position } },
      data: { position: { increment: 1 } },
    });
    const code = `${area.code}.${number}`;
    const created = await tx.planTask.create({
      data: {
        yearId: area.yearId,
        areaId: area.id,
        number,
        code,
        text: input.text,
        leadLabel: input.leadLabel,
        coordinatingLabel: input.coordinatingLabel ?? "",
        timePhrase: input.timePhrase,
        position,
        ...timingColumns(input.timePhrase, area.year.year),
      },
      select: { id: true },
    });
    if (units.length) {
      await tx.planTaskUnit.createMany({
        data: [
          ...lead.map((unitId) => ({ taskId: created.id, unitId, role: "LEAD" as const })),
          ...coordinating.map((unitId) => ({ taskId: created.id, unitId, role: "COORDINATING" as const })),
        ],
      });
    }
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_task.create",
      entity: "PlanTask",
      entityId: created.id,
      after: {
        code,
        areaId: area.id,
        text: input.text,
        timePhrase: input.timePhrase,
        position,
        leadUnitIds: lead,
        coordinatingUnitIds: coordinating,
      },
    });
    return { taskId: created.id };
  });
}
