// Home Affairs undoes an import (the admin asks for confirmation first): its respondents go, and
// the round's counts are recomputed for the units the file touched (a unit left with no answer has
// no counts). One transaction, audited with what the import was.
import { type DeleteSurveyImportInput, deleteSurveyImportInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { validate } from "../validate.js";
import { recomputeSurveyCounts } from "./recompute-survey-counts.js";
import { requireSurveyRound } from "./survey-round.js";

export async function deleteSurveyImport(
  ctx: OperationContext,
  raw: DeleteSurveyImportInput,
): Promise<{ surveyId: string }> {
  const input = validate(deleteSurveyImportInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const found = await tx.surveyImport.findUnique({
      where: { id: input.importId },
      select: { id: true, surveyId: true, fileName: true, rowCount: true },
    });
    if (!found) throw new NotFoundError("lần nhập tệp khảo sát");
    const { viewer, survey } = await requireSurveyRound(ctx, tx, found.surveyId, "survey.manage");
    const units = await tx.surveyRespondent.findMany({
      where: { importId: found.id },
      select: { unitId: true },
      distinct: ["unitId"],
    });
    const unitIds = units.map((u) => u.unitId).sort();
    await tx.surveyRespondent.deleteMany({ where: { importId: found.id } });
    await tx.surveyImport.delete({ where: { id: found.id } });
    await recomputeSurveyCounts(tx, survey, unitIds);
    await writeAudit(tx, viewer.userId, {
      action: "survey.import_delete",
      entity: "SurveyImport",
      entityId: found.id,
      before: { surveyId: survey.id, fileName: found.fileName, rowCount: found.rowCount, unitIds },
    });
    return { surveyId: survey.id };
  });
}
