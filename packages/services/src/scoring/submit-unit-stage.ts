// A unit submits a stage: its self-assessment (every self-scored leaf of its type claimed or marked
// not applicable, each claim with evidence or an explanation) or its explanation. Only the unit's
// officer, only while the stage is open for the unit (a reopening extends it), not once the results
// are locked, once per stage. After it the unit's entries of that stage are read-only
// (saveScoreEntry refuses with ALREADY_SUBMITTED) until Home Affairs reopens the stage for the unit.
import {
  CycleStage,
  inputIssue,
  SUBMITTED_STAGES,
  submissionProblems,
  TEXT_LIMITS,
  toLocalIsoDate,
} from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError, StageClosedError, ValidationError } from "../errors.js";
import { FRAMEWORK_TREE_SELECT, frameworkFromRows } from "../framework/framework-from-rows.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { unitStageOpen } from "./unit-stage-open.js";

const submitUnitStageInputSchema = z.object({
  yearId: z.string().max(TEXT_LIMITS.id),
  unitId: z.string().max(TEXT_LIMITS.id),
  stage: z
    .enum(CycleStage)
    .refine(
      (s) => s in SUBMITTED_STAGES,
      inputIssue("NOT_SUBMITTED_BY_UNIT", "Đơn vị chỉ nộp giai đoạn tự đánh giá và giải trình."),
    ),
});

export type SubmitUnitStageInput = z.input<typeof submitUnitStageInputSchema>;

export async function submitUnitStage(
  ctx: OperationContext,
  raw: SubmitUnitStageInput,
): Promise<{ submissionId: string }> {
  const input = validate(submitUnitStageInputSchema, raw);
  const today = toLocalIsoDate(ctx.now);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: {
        status: true,
        framework: { select: FRAMEWORK_TREE_SELECT },
        resultSnapshot: { select: { lockedAt: true } },
        units: { where: { unitId: input.unitId }, select: { type: { select: { code: true } } } },
      },
    });
    const yearUnit = year?.units[0];
    if (!year || !yearUnit) throw new NotFoundError("đơn vị trong năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "unitRecord.edit", {
      type: "UnitRecord",
      unitId: input.unitId,
      yearStatus: year.status,
    });
    if (year.resultSnapshot?.lockedAt) throw new StageClosedError([input.stage], true);
    if (!(await unitStageOpen(tx, input, [input.stage], today))) throw new StageClosedError([input.stage], false);
    const already = await tx.unitStageSubmission.findUnique({
      where: { yearId_unitId_stage: { yearId: input.yearId, unitId: input.unitId, stage: input.stage } },
      select: { id: true },
    });
    if (already) {
      throw new ValidationError([
        { field: "stage", code: "ALREADY_SUBMITTED", message: "Đơn vị đã nộp giai đoạn này." },
      ]);
    }
    if (!year.framework) throw new NotFoundError("bộ tiêu chí của năm đánh giá");
    const codeOf = new Map(year.framework.nodes.map((n) => [n.id, n.code]));
    const entries = await tx.scoreEntry.findMany({
      where: { yearId: input.yearId, unitId: input.unitId, source: { in: ["SELF", "NOT_APPLICABLE"] } },
      select: { nodeId: true, source: true, comment: true, _count: { select: { evidence: true } } },
    });
    const problems = submissionProblems(
      frameworkFromRows(year.framework),
      yearUnit.type.code,
      input.stage,
      entries.flatMap((e) => {
        const leafCode = codeOf.get(e.nodeId);
        return leafCode ? [{ leafCode, source: e.source, comment: e.comment, evidenceCount: e._count.evidence }] : [];
      }),
    );
    if (problems.length) throw new ValidationError(problems);
    const row = await tx.unitStageSubmission.create({
      data: {
        yearId: input.yearId,
        unitId: input.unitId,
        stage: input.stage,
        submittedAt: ctx.now,
        submittedById: viewer.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, viewer.userId, {
      action: "stage.submit",
      entity: "Unit",
      entityId: input.unitId,
      after: { yearId: input.yearId, stage: input.stage, submissionId: row.id },
    });
    return { submissionId: row.id };
  });
}
