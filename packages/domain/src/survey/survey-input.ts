// The inputs of the survey operations as zod schemas: the API validates with them and the admin's
// forms reuse them. A round: kind, period (6 months or the whole year), a title, a fieldwork window
// within the year or its following January, a target percent. Aggregate counts: whole numbers ≥ 0
// per aspect (five levels for citizens, A–D for leaders). A file: CSV or XLSX, base64, at most 2 MB.
import { z } from 'zod';
import { SurveyKind } from '../enums';
import { inputIssue } from '../text/input-problems';
import { requiredText, TEXT_LIMITS } from '../text/input-text';
import { isIsoDate } from '../time/iso-date';
import { DEFAULT_SURVEY_TARGET_PERCENT } from './survey-aspects';

const id = z.string().max(TEXT_LIMITS.id);
const isoDate = z.string().refine(isIsoDate, inputIssue('INVALID_DATE', 'Ngày không hợp lệ.'));

export const createSurveyRoundInputSchema = z
  .object({
    yearId: id,
    kind: z.enum([SurveyKind.CITIZEN, SurveyKind.LEADER]),
    periodCode: z.enum(['H1', 'YEAR']),
    title: requiredText(300),
    targetPercent: z
      .number()
      .int(inputIssue('INVALID_TARGET', 'Chỉ tiêu là số nguyên từ 1 đến 100.'))
      .min(1, inputIssue('INVALID_TARGET', 'Chỉ tiêu là số nguyên từ 1 đến 100.'))
      .max(100, inputIssue('INVALID_TARGET', 'Chỉ tiêu là số nguyên từ 1 đến 100.'))
      .nullish()
      .transform((v) => v ?? DEFAULT_SURVEY_TARGET_PERCENT),
    startsOn: isoDate.nullish(),
    endsOn: isoDate.nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        ...inputIssue('END_BEFORE_START', 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.'),
      });
    }
  });
export type CreateSurveyRoundInput = z.input<typeof createSurveyRoundInputSchema>;

/** A survey window must lie in the year, or end by 31/01 of the next (a year-end survey runs into January). */
export function surveyWindowProblem(
  year: number,
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
): { field: string; code: string; message: string } | null {
  const first = `${year}-01-01`;
  const last = `${year + 1}-01-31`;
  for (const [field, day] of [
    ['startsOn', startsOn],
    ['endsOn', endsOn],
  ] as const) {
    if (day && (day < first || day > last)) {
      return {
        field,
        code: 'OUTSIDE_YEAR',
        message: `Thời gian khảo sát phải trong năm ${year} (muộn nhất 31/01/${year + 1}).`,
      };
    }
  }
  return null;
}

const count = z
  .number()
  .int(inputIssue('INVALID_COUNT', 'Số phiếu là số nguyên không âm.'))
  .min(0, inputIssue('INVALID_COUNT', 'Số phiếu là số nguyên không âm.'))
  .max(1_000_000, inputIssue('INVALID_COUNT', 'Số phiếu quá lớn.'));

export const saveSurveyCountsInputSchema = z.object({
  surveyId: id,
  unitId: id,
  rows: z
    .array(
      z.object({
        aspect: z.string().max(40),
        /** the version seen; absent for a row not saved yet */
        version: z.number().int().min(1).nullish(),
        /** five levels 1 → 5 (citizen) */
        levels: z.array(count).length(5).nullish(),
        /** A, B, C, D (leaders) */
        letters: z.array(count).length(4).nullish(),
      }),
    )
    .min(1)
    .max(50),
});
export type SaveSurveyCountsInput = z.input<typeof saveSurveyCountsInputSchema>;

/** Largest decoded file: 2 MB (the API's JSON limit). */
export const SURVEY_FILE_MAX_BYTES = 2 * 1024 * 1024;

export const importSurveyRespondentsInputSchema = z.object({
  surveyId: id,
  fileName: requiredText(255),
  /** the file's bytes in base64 (≤ 2 MB decoded) */
  contentBase64: z
    .string()
    .max(Math.ceil((SURVEY_FILE_MAX_BYTES * 4) / 3) + 8, inputIssue('FILE_TOO_LARGE', 'Tệp lớn hơn 2 MB.'))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, inputIssue('INVALID_FILE', 'Nội dung tệp không hợp lệ.')),
});
export type ImportSurveyRespondentsInput = z.input<typeof importSurveyRespondentsInputSchema>;

export const deleteSurveyImportInputSchema = z.object({ importId: id });
export type DeleteSurveyImportInput = z.input<typeof deleteSurveyImportInputSchema>;
