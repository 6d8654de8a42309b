// Home Affairs opens a survey round of a year: citizens (SIPAS-style) or leaders, for the first six
// months or the whole year, with a title, a fieldwork window within the year (a year-end round may
// run to 31/01 of the next) and a target percent (the plan: more than 85 %). One round per kind and
// period in a year. Audited.
import { type CreateSurveyRoundInput, createSurveyRoundInputSchema, surveyWindowProblem } from "@cchc/domain";
import { dbDateToIso, isoToDbDate } from "@cchc/db";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";

export async function createSurveyRound(
  ctx: OperationContext,
  raw: CreateSurveyRoundInput,
): Promise<{ surveyId: string }> {
  const input = validate(createSurveyRoundInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: { id: true, year: true, status: true },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "survey.manage", { type: "EvaluationYear", yearStatus: year.status });
    const windowProblem = surveyWindowProblem(year.year, input.startsOn, input.endsOn);
    if (windowProblem) throw new ValidationError([windowProblem]);
    const same = await tx.survey.findFirst({
      where: { yearId: year.id, kind: input.kind, periodCode: input.periodCode },
      select: { id: true },
    });
    if (same) {
      throw new ValidationError([
        {
          field: "periodCode",
          code: "DUPLICATE_ROUND",
          message: "Năm này đã có đợt khảo sát cùng loại cho kỳ này.",
        },
      ]);
    }
    const created = await tx.survey.create({
      data: {
        yearId: year.id,
        kind: input.kind,
        periodCode: input.periodCode,
        title: input.title,
        targetPercent: input.targetPercent,
        startsOn: input.startsOn ? isoToDbDate(input.startsOn) : null,
        endsOn: input.endsOn ? isoToDbDate(input.endsOn) : null,
      },
      select: { id: true, startsOn: true, endsOn: true },
    });
    await writeAudit(tx, viewer.userId, {
      action: "survey.create",
      entity: "Survey",
      entityId: created.id,
      after: {
        yearId: year.id,
        kind: input.kind,
        periodCode: input.periodCode,
        title: input.title,
        targetPercent: input.targetPercent,
        startsOn: created.startsOn ? dbDateToIso(created.startsOn) : null,
        endsOn: created.endsOn ? dbDateToIso(created.endsOn) : null,
      },
    });
    return { surveyId: created.id };
  });
}
