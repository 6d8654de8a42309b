// Home Affairs imports a file of citizen respondents (XLSX or CSV, one respondent a row) into a
// round: all or nothing. Every row is checked (the unit is a unit of the year, each aspect 1–5 or
// empty, gender and age group from the lists) and duplicates are refused with their row numbers (the
// same normalised row twice in the file, or already imported into the round); a unit whose counts
// were typed by hand (aggregate counts, no respondents) is refused too, so an import never silently
// replaces them. Then, in one transaction: the SurveyImport, its respondents (answers and the row's
// fingerprint), and the round's counts recomputed for the units the file touched. Audited.
import { createHash } from "node:crypto";
import {
  duplicateRowProblems,
  type ImportSurveyRespondentsInput,
  importSurveyRespondentsInputSchema,
  readSurveyRows,
  SURVEY_FILE_MAX_BYTES,
  type SurveyRowProblem,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { readSurveyFile } from "./read-survey-file.js";
import { recomputeSurveyCounts } from "./recompute-survey-counts.js";
import { SurveyFileError } from "./survey-file-error.js";
import { requireSurveyRound } from "./survey-round.js";

export const respondentFingerprint = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

export async function importSurveyRespondents(
  ctx: OperationContext,
  raw: ImportSurveyRespondentsInput,
): Promise<{ importId: string; rowCount: number; unitCount: number }> {
  const input = validate(importSurveyRespondentsInputSchema, raw);
  const bytes = Buffer.from(input.contentBase64, "base64");
  if (bytes.length > SURVEY_FILE_MAX_BYTES) {
    throw new ValidationError([{ field: "contentBase64", code: "FILE_TOO_LARGE", message: "Tệp lớn hơn 2 MB." }]);
  }
  // check access before reading the file: a person without the right learns nothing about it
  const round = await ctx.prisma.$transaction((tx) => requireSurveyRound(ctx, tx, input.surveyId, "survey.manage"));
  if (round.survey.kind !== "CITIZEN") {
    throw new ValidationError([
      {
        field: "surveyId",
        code: "NOT_CITIZEN_SURVEY",
        message: "Chỉ nhập tệp phiếu cho khảo sát người dân; khảo sát lãnh đạo nhập số liệu tổng hợp.",
      },
    ]);
  }
  const sheet = await readSurveyFile(bytes);
  return ctx.prisma.$transaction(async (tx) => {
    const { viewer, survey } = await requireSurveyRound(ctx, tx, input.surveyId, "survey.manage");
    const yearUnits = await tx.yearUnit.findMany({
      where: { yearId: survey.yearId },
      select: { unitId: true, unit: { select: { code: true } } },
    });
    const read = readSurveyRows(sheet, new Map(yearUnits.map((u) => [u.unit.code, u.unitId])));
    if (!read.ok) throw new SurveyFileError(read.problems);
    const rows = read.respondents.map((r) => ({ ...r, fingerprint: respondentFingerprint(r.key) }));
    const existing = await tx.surveyRespondent.findMany({
      where: { surveyId: survey.id, fingerprint: { in: [...new Set(rows.map((r) => r.fingerprint))] } },
      select: { fingerprint: true },
    });
    const problems: SurveyRowProblem[] = duplicateRowProblems(rows, new Set(existing.map((e) => e.fingerprint)));
    const unitIds = [...new Set(rows.map((r) => r.unitId))];
    const withRespondents = await tx.surveyRespondent.findMany({
      where: { surveyId: survey.id, unitId: { in: unitIds } },
      select: { unitId: true },
      distinct: ["unitId"],
    });
    const withCounts = await tx.surveyResult.findMany({
      where: { surveyId: survey.id, unitId: { in: unitIds } },
      select: { unitId: true },
      distinct: ["unitId"],
    });
    const imported = new Set(withRespondents.map((r) => r.unitId));
    const typed = new Set(withCounts.flatMap((r) => (r.unitId && !imported.has(r.unitId) ? [r.unitId] : [])));
    for (const unitId of typed) {
      const first = rows.find((r) => r.unitId === unitId);
      if (first) {
        problems.push({
          row: first.row,
          column: "Mã đơn vị",
          code: "UNIT_HAS_COUNTS",
          message: `Dòng ${first.row}: đơn vị "${first.unitCode}" đã có số liệu tổng hợp nhập tay trong đợt này; hãy xoá số liệu đó trước khi nhập phiếu.`,
        });
      }
    }
    if (problems.length) throw new SurveyFileError(problems.sort((a, b) => a.row - b.row));

    const created = await tx.surveyImport.create({
      data: {
        surveyId: survey.id,
        fileName: input.fileName,
        rowCount: rows.length,
        importedById: viewer.userId,
        importedAt: ctx.now,
      },
      select: { id: true },
    });
    await tx.surveyRespondent.createMany({
      data: rows.map((r) => ({
        surveyId: survey.id,
        importId: created.id,
        unitId: r.unitId,
        rowNumber: r.row,
        answers: r.answers,
        gender: r.gender,
        ageGroup: r.ageGroup,
        fingerprint: r.fingerprint,
        createdAt: ctx.now,
      })),
    });
    await recomputeSurveyCounts(tx, survey, unitIds);
    await writeAudit(tx, viewer.userId, {
      action: "survey.import",
      entity: "SurveyImport",
      entityId: created.id,
      after: { surveyId: survey.id, fileName: input.fileName, rowCount: rows.length, unitIds: [...unitIds].sort() },
    });
    return { importId: created.id, rowCount: rows.length, unitCount: unitIds.length };
  });
}
