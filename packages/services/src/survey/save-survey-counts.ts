// Home Affairs enters a unit's aggregate counts in a round where only totals exist: per aspect the
// five levels (citizens) or per question A–D (leaders). Each aspect's row names the version it saw
// (none for a new row): a changed row answers ConflictError and nothing is written. A row of zeros
// removes the aspect. A unit whose counts come from imported respondents is refused (undo the import
// instead). One transaction, audited with the unit's rows before and after.
import { CITIZEN_ASPECT_CODES, type SaveSurveyCountsInput, saveSurveyCountsInputSchema } from "@cchc/domain";
import type { SurveyCountsSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext, Tx } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { surveyLeafIds } from "./survey-leaves.js";
import { requireSurveyRound } from "./survey-round.js";

const COUNT_SELECT = {
  id: true,
  aspect: true,
  version: true,
  veryDissatisfied: true,
  dissatisfied: true,
  neutral: true,
  satisfied: true,
  verySatisfied: true,
  answerA: true,
  answerB: true,
  answerC: true,
  answerD: true,
} as const;

async function unitCounts(tx: Tx, surveyId: string, unitId: string): Promise<SurveyCountsSnapshot> {
  const rows = await tx.surveyResult.findMany({
    where: { surveyId, unitId },
    select: COUNT_SELECT,
    orderBy: { aspect: "asc" },
  });
  return {
    unitId,
    rows: rows.map((r) => ({
      aspect: r.aspect,
      version: r.version,
      levels: [r.veryDissatisfied, r.dissatisfied, r.neutral, r.satisfied, r.verySatisfied],
      letters: [r.answerA, r.answerB, r.answerC, r.answerD],
    })),
  };
}

export async function saveSurveyCounts(
  ctx: OperationContext,
  raw: SaveSurveyCountsInput,
): Promise<{ surveyId: string }> {
  const input = validate(saveSurveyCountsInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const { viewer, survey } = await requireSurveyRound(ctx, tx, input.surveyId, "survey.manage");
    const inYear = await tx.yearUnit.findUnique({
      where: { yearId_unitId: { yearId: survey.yearId, unitId: input.unitId } },
      select: { unitId: true },
    });
    if (!inYear) throw new NotFoundError("đơn vị trong năm đánh giá");
    const leafOf = await surveyLeafIds(tx, survey.yearId, survey.kind);
    const problems: Array<{ field: string; code: string; message: string }> = [];
    const seen = new Set<string>();
    input.rows.forEach((r, i) => {
      const known =
        survey.kind === "CITIZEN"
          ? (CITIZEN_ASPECT_CODES as readonly string[]).includes(r.aspect)
          : leafOf.has(r.aspect);
      if (!known || seen.has(r.aspect)) {
        problems.push({
          field: `rows.${i}.aspect`,
          code: "UNKNOWN_ASPECT",
          message: seen.has(r.aspect) ? "Yếu tố bị lặp lại." : "Yếu tố/câu hỏi không thuộc đợt khảo sát này.",
        });
      }
      seen.add(r.aspect);
      const needed = survey.kind === "CITIZEN" ? r.levels : r.letters;
      if (!needed) {
        problems.push({
          field: `rows.${i}.${survey.kind === "CITIZEN" ? "levels" : "letters"}`,
          code: "REQUIRED",
          message: survey.kind === "CITIZEN" ? "Cần số phiếu cho 5 mức độ." : "Cần số phiếu A, B, C, D.",
        });
      }
    });
    if (problems.length) throw new ValidationError(problems);
    const imported = await tx.surveyRespondent.findFirst({
      where: { surveyId: survey.id, unitId: input.unitId },
      select: { id: true },
    });
    if (imported) {
      throw new ValidationError([
        {
          field: "unitId",
          code: "UNIT_HAS_RESPONDENTS",
          message:
            "Đơn vị đã có phiếu nhập từ tệp trong đợt này: hãy hoàn tác lần nhập trước khi nhập số liệu tổng hợp.",
        },
      ]);
    }
    const before = await unitCounts(tx, survey.id, input.unitId);
    const current = new Map(
      (
        await tx.surveyResult.findMany({ where: { surveyId: survey.id, unitId: input.unitId }, select: COUNT_SELECT })
      ).map((r) => [r.aspect, r]),
    );
    for (const r of input.rows) {
      const row = current.get(r.aspect);
      if ((row?.version ?? null) !== (r.version ?? null)) {
        throw new ConflictError("SurveyResult", row?.id ?? survey.id, row?.version ?? 0);
      }
      const levels = r.levels ?? [0, 0, 0, 0, 0];
      const letters = r.letters ?? [0, 0, 0, 0];
      const data = {
        veryDissatisfied: levels[0] ?? 0,
        dissatisfied: levels[1] ?? 0,
        neutral: levels[2] ?? 0,
        satisfied: levels[3] ?? 0,
        verySatisfied: levels[4] ?? 0,
        answerA: letters[0] ?? 0,
        answerB: letters[1] ?? 0,
        answerC: letters[2] ?? 0,
        answerD: letters[3] ?? 0,
      };
      const empty = Object.values(data).every((n) => n === 0);
      if (row) {
        const written = empty
          ? await tx.surveyResult.deleteMany({ where: { id: row.id, version: row.version } })
          : await tx.surveyResult.updateMany({
              where: { id: row.id, version: row.version },
              data: { ...data, frameworkNodeId: leafOf.get(r.aspect) ?? null, version: { increment: 1 } },
            });
        if (written.count === 0) throw new ConflictError("SurveyResult", row.id, row.version);
      } else if (!empty) {
        await tx.surveyResult.create({
          data: {
            surveyId: survey.id,
            unitId: input.unitId,
            aspect: r.aspect,
            frameworkNodeId: leafOf.get(r.aspect) ?? null,
            ...data,
          },
        });
      }
    }
    await writeAudit(tx, viewer.userId, {
      action: "survey.counts_save",
      entity: "Survey",
      entityId: survey.id,
      before,
      after: await unitCounts(tx, survey.id, input.unitId),
    });
    return { surveyId: survey.id };
  });
}
