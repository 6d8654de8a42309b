// The year's inspection plan (one per year): its title and the plan task that orders the inspections
// (task VII.1 in the sample). Home Affairs or an inspector; a change names the version it saw. Visits
// scheduled without a plan are linked to it when it is created. Audited.
import { type SaveInspectionPlanInput, saveInspectionPlanInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";

const PLAN_SELECT = { id: true, version: true, yearId: true, title: true, planTaskId: true } as const;

export async function saveInspectionPlan(
  ctx: OperationContext,
  raw: SaveInspectionPlanInput,
): Promise<{ planId: string }> {
  const input = validate(saveInspectionPlanInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: { status: true, inspectionPlan: { select: PLAN_SELECT } },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "inspection.plan", { type: "EvaluationYear", yearStatus: year.status });
    const existing = year.inspectionPlan;
    if ((existing?.version ?? null) !== (input.version ?? null)) {
      throw new ConflictError("InspectionPlan", existing?.id ?? input.yearId, existing?.version ?? 0);
    }
    const planTaskId = input.planTaskId ?? null;
    if (planTaskId) {
      const task = await tx.planTask.findFirst({
        where: { id: planTaskId, yearId: input.yearId },
        select: { id: true },
      });
      if (!task) {
        throw new ValidationError([
          { field: "planTaskId", code: "NOT_IN_YEAR", message: "Nhiệm vụ không thuộc kế hoạch của năm này." },
        ]);
      }
    }
    let planId: string;
    if (existing) {
      const written = await tx.inspectionPlan.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { title: input.title, planTaskId, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("InspectionPlan", existing.id, existing.version);
      planId = existing.id;
    } else {
      planId = (
        await tx.inspectionPlan.create({
          data: { yearId: input.yearId, title: input.title, planTaskId, createdAt: ctx.now },
          select: { id: true },
        })
      ).id;
    }
    await tx.inspectionVisit.updateMany({ where: { yearId: input.yearId, planId: null }, data: { planId } });
    const after = await tx.inspectionPlan.findUniqueOrThrow({ where: { id: planId }, select: PLAN_SELECT });
    await writeAudit(tx, viewer.userId, {
      action: "inspection_plan.save",
      entity: "InspectionPlan",
      entityId: planId,
      before: existing
        ? { version: existing.version, yearId: existing.yearId, title: existing.title, planTaskId: existing.planTaskId }
        : null,
      after: { version: after.version, yearId: after.yearId, title: after.title, planTaskId: after.planTaskId },
    });
    return { planId };
  });
}
