// A unit's own CCHC plan (kế hoạch CCHC của đơn vị) must be issued before the plan's deadline (the
// seed: "trước ngày 20/02/2021", last on-time day 19/02, see time/unit-plan-deadline.ts). The year
// stores that last on-time day; the server's clock at submission decides on time or late, comparing
// local dates in Asia/Ho_Chi_Minh (classify-submission.ts). Not submitted: pending until the day
// passes, then missing.
import { z } from 'zod';
import { inputIssue } from '../text/input-problems';
import { requiredText, TEXT_LIMITS } from '../text/input-text';
import { classifySubmission, type SubmissionStatus } from '../time/classify-submission';
import { compareIsoDate, type IsoDate, isIsoDate, toLocalIsoDate } from '../time/iso-date';

export type UnitPlanTiming = SubmissionStatus;

/** On time / late / missing / pending of a unit's own plan against the year's last on-time day. */
export function unitPlanTiming(args: { lastOnTimeDate: IsoDate; submittedAt: Date | null; now: Date }): UnitPlanTiming {
  return classifySubmission(args);
}

const id = z.string().max(TEXT_LIMITS.id);

/** What an officer sends for the unit's own plan: its number, the day it was issued, the signed file. */
export const submitUnitPlanInputSchema = z.object({
  yearId: id,
  unitId: id,
  /** "Số: 12/KH-UBND" as written */
  documentNumber: requiredText(100),
  issuedOn: z.string().refine(isIsoDate, inputIssue('INVALID_DATE', 'Ngày ban hành không hợp lệ.')),
  /** the signed document, uploaded first with POST /files for the unit */
  fileId: id.refine((v) => v.trim() !== '', inputIssue('REQUIRED', 'Cần tải lên văn bản kế hoạch đã ký.')),
  /** the version seen when replacing an earlier submission */
  version: z.number().int().min(1).nullish(),
});

export type SubmitUnitPlanInput = z.input<typeof submitUnitPlanInputSchema>;

/**
 * The issue date must be a real day of the plan's year (or the end of the year before, when units
 * plan ahead) and not after the day it is sent.
 */
export function unitPlanIssuedOnProblem(
  issuedOn: IsoDate,
  year: number,
  now: Date,
): { field: 'issuedOn'; code: string; message: string } | null {
  if (compareIsoDate(issuedOn, toLocalIsoDate(now)) > 0) {
    return { field: 'issuedOn', code: 'IN_FUTURE', message: 'Ngày ban hành không được sau ngày gửi.' };
  }
  if (compareIsoDate(issuedOn, `${year - 1}-10-01`) < 0 || compareIsoDate(issuedOn, `${year}-12-31`) > 0) {
    return {
      field: 'issuedOn',
      code: 'OUTSIDE_YEAR',
      message: `Ngày ban hành phải thuộc năm ${year} (hoặc quý IV năm ${year - 1}).`,
    };
  }
  return null;
}
