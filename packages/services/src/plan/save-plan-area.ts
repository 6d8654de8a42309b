// Home Affairs adds an area to a year's plan (a Roman-numeral code not yet used, placed after the
// last area) or renames one; access on the year, audited, one transaction each.
import {
  addPlanAreaInputSchema,
  decide,
  inputProblems,
  updatePlanAreaInputSchema,
  type AddPlanAreaInput,
  type UpdatePlanAreaInput,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

export async function addPlanArea(ctx: OperationContext, rawInput: AddPlanAreaInput): Promise<{ areaId: string }> {
  const parsed = addPlanAreaInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: { id: true, status: true, planAreas: { select: { code: true, position: true } } },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const decision = decide(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: year.status });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    if (year.planAreas.some((a) => a.code === input.code)) {
      throw new ValidationError([
        { field: "code", code: "AREA_CODE_TAKEN", message: `Kế hoạch đã có lĩnh vực ${input.code}.` },
      ]);
    }
    const position = year.planAreas.reduce((max, a) => Math.max(max, a.position), -1) + 1;
    const area = await tx.planArea.create({
      data: { yearId: year.id, code: input.code, name: input.name, position },
      select: { id: true },
    });
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_area.save",
      entity: "PlanArea",
      entityId: area.id,
      before: null,
      after: { code: input.code, name: input.name, position },
    });
    return { areaId: area.id };
  });
}

export async function updatePlanArea(
  ctx: OperationContext,
  rawInput: UpdatePlanAreaInput,
): Promise<{ areaId: string }> {
  const parsed = updatePlanAreaInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;
  return ctx.prisma.$transaction(async (tx) => {
    const area = await tx.planArea.findUnique({
      where: { id: input.id },
      select: { id: true, code: true, name: true, position: true, year: { select: { status: true } } },
    });
    if (!area) throw new NotFoundError("lĩnh vực của kế hoạch");
    const decision = decide(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: area.year.status });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    await tx.planArea.update({ where: { id: area.id }, data: { name: input.name } });
    await writeAudit(tx, ctx.viewer?.userId ?? null, {
      action: "plan_area.save",
      entity: "PlanArea",
      entityId: area.id,
      before: { code: area.code, name: area.name, position: area.position },
      after: { code: area.code, name: input.name, position: area.position },
    });
    return { areaId: area.id };
  });
}
