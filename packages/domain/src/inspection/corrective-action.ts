// Corrective actions (hành động khắc phục) after an inspection's weakness (tồn tại, hạn chế): the
// inspection team (or Home Affairs) creates one with an owner unit and a due date; the owner unit's
// officer submits the fix with a note and evidence; the team verifies it or reopens it with a reason,
// and the officer submits again. Overdue = not verified and the due date passed on the local
// (Asia/Ho_Chi_Minh) day. Who may take a step is `can` (`action.*`).
import { z } from 'zod';
import { ActionStatus } from '../enums';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../evidence/evidence-file';
import { inputIssue } from '../text/input-problems';
import { optionalText, requiredText, TEXT_LIMITS } from '../text/input-text';
import { type IsoDate, isIsoDate, toLocalIsoDate } from '../time/iso-date';

export type CorrectiveActionStep = 'submit' | 'verify' | 'reopen';

/** The status each step leads to, and the statuses it may start from. */
export const ACTION_STEPS: Readonly<Record<CorrectiveActionStep, { from: readonly ActionStatus[]; to: ActionStatus }>> =
  {
    submit: { from: [ActionStatus.OPEN, ActionStatus.REOPENED], to: ActionStatus.SUBMITTED },
    verify: { from: [ActionStatus.SUBMITTED], to: ActionStatus.VERIFIED },
    reopen: { from: [ActionStatus.SUBMITTED, ActionStatus.VERIFIED], to: ActionStatus.REOPENED },
  };

/** Whether `step` may be taken from `status`. */
export function canTakeActionStep(status: ActionStatus, step: CorrectiveActionStep): boolean {
  return ACTION_STEPS[step].from.includes(status);
}

const STEP_REFUSED: Record<CorrectiveActionStep, string> = {
  submit: 'Chỉ gửi kết quả khắc phục khi hành động đang mở hoặc đã bị yêu cầu làm lại.',
  verify: 'Chỉ xác minh được hành động đã gửi kết quả khắc phục.',
  reopen: 'Chỉ yêu cầu làm lại hành động đã gửi kết quả hoặc đã xác minh.',
};

/** The problem (code and Vietnamese message) when the step may not be taken from this status. */
export function actionStepProblem(
  status: ActionStatus,
  step: CorrectiveActionStep,
): { field: 'status'; code: 'STEP_NOT_ALLOWED'; message: string } | null {
  return canTakeActionStep(status, step)
    ? null
    : { field: 'status', code: 'STEP_NOT_ALLOWED', message: STEP_REFUSED[step] };
}

/** Not verified and past its due date on the local day of `now`. */
export function isActionOverdue(action: { status: ActionStatus; dueDate: IsoDate }, now: Date): boolean {
  if (action.status === ActionStatus.VERIFIED) return false;
  return toLocalIsoDate(now) > action.dueDate;
}

const id = z.string().max(TEXT_LIMITS.id);
const DESCRIPTION_MAX = 2_000;
const NOTE_MAX = 2_000;

export const createCorrectiveActionInputSchema = z.object({
  findingId: id,
  description: requiredText(DESCRIPTION_MAX),
  /** absent: the visited unit */
  ownerUnitId: id.nullish(),
  dueDate: z.string().refine(isIsoDate, inputIssue('INVALID_DATE', 'Ngày không hợp lệ (định dạng dd/mm/yyyy).')),
});
export type CreateCorrectiveActionInput = z.input<typeof createCorrectiveActionInputSchema>;

export const submitActionFixInputSchema = z.object({
  id,
  version: z.number().int().min(1),
  note: requiredText(NOTE_MAX),
  evidenceFileIds: z.array(id).max(MAX_EVIDENCE_FILES_PER_RECORD).nullish(),
});
export type SubmitActionFixInput = z.input<typeof submitActionFixInputSchema>;

export const verifyCorrectiveActionInputSchema = z.object({
  id,
  version: z.number().int().min(1),
  note: optionalText(NOTE_MAX),
});
export type VerifyCorrectiveActionInput = z.input<typeof verifyCorrectiveActionInputSchema>;

export const reopenCorrectiveActionInputSchema = z.object({
  id,
  version: z.number().int().min(1),
  reason: requiredText(TEXT_LIMITS.reason),
});
export type ReopenCorrectiveActionInput = z.input<typeof reopenCorrectiveActionInputSchema>;

/** The due date may not be before the day the action is created (local day). */
export function dueDateProblem(
  dueDate: IsoDate,
  now: Date,
): { field: 'dueDate'; code: 'DUE_IN_PAST'; message: string } | null {
  return dueDate < toLocalIsoDate(now)
    ? { field: 'dueDate', code: 'DUE_IN_PAST', message: 'Hạn khắc phục không được trước ngày hôm nay.' }
    : null;
}
