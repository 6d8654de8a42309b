// One unit's part of a plan task (TaskProgress) and the roll-up of the lead units' parts into the
// task's own status and percent.
//
// Rules (issue #10, "Progress on the plan's tasks"):
// - A part's status and percent agree: DONE ⇔ 100 %, NOT_STARTED ⇔ 0 %, IN_PROGRESS is 1–99 %.
//   A unit never cancels its part (CANCELLED is Home Affairs' override of the whole task).
// - The task's roll-up reads the LEAD units only (coordinating units add their contribution, which
//   is shown but does not move the task): every lead unit DONE → DONE; any lead unit started
//   (IN_PROGRESS or DONE) → IN_PROGRESS; otherwise NOT_STARTED. A lead unit that has not reported
//   yet counts as NOT_STARTED, 0 %.
// - The roll-up percent is the average of the lead units' percents, rounded to a whole number
//   (so DONE is exactly 100 and anything short of it stays below 100).
// - A task with no linked lead unit has no roll-up (null): its status is whatever Home Affairs set.
import { z } from 'zod';
import { TaskStatus } from '../enums';
import { optionalText, TEXT_LIMITS } from '../text/input-text';
import { inputIssue } from '../text/input-problems';

export type TaskStatusValue = (typeof TaskStatus)[keyof typeof TaskStatus];

export type TaskProgressProblemCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'PERCENT_RANGE'
  | 'STATUS_PERCENT_MISMATCH'
  | 'CANCEL_NOT_ALLOWED'
  | 'TOO_MANY_FILES';

const problem = (code: TaskProgressProblemCode, message: string) => inputIssue(code, message);

/** At most this many evidence files per report. */
export const TASK_PROGRESS_MAX_FILES = 20;

/** A comment on a part: a few paragraphs. */
export const TASK_PROGRESS_COMMENT_MAX = 2_000;

/** Whether a status and a percent agree (the rule above); the problem's code when they do not. */
export function statusPercentProblem(status: TaskStatusValue, percent: number): TaskProgressProblemCode | null {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) return 'PERCENT_RANGE';
  if (status === 'CANCELLED') return 'CANCEL_NOT_ALLOWED';
  if (status === 'DONE') return percent === 100 ? null : 'STATUS_PERCENT_MISMATCH';
  if (status === 'NOT_STARTED') return percent === 0 ? null : 'STATUS_PERCENT_MISMATCH';
  return percent >= 1 && percent <= 99 ? null : 'STATUS_PERCENT_MISMATCH';
}

const MISMATCH_MESSAGE: Record<TaskStatusValue, string> = {
  DONE: 'Hoàn thành phải là 100%.',
  NOT_STARTED: 'Chưa bắt đầu phải là 0%.',
  IN_PROGRESS: 'Đang thực hiện phải từ 1% đến 99%.',
  CANCELLED: 'Đơn vị không được hủy nhiệm vụ; chỉ Sở Nội vụ đặt trạng thái này.',
};

export const reportTaskProgressInputSchema = z
  .object({
    taskId: z
      .string()
      .max(TEXT_LIMITS.id, problem('INVALID', 'Mã không hợp lệ.'))
      .refine((id) => id.trim() !== '', problem('REQUIRED', 'Thiếu mã nhiệm vụ.')),
    /** The part's version the person saw; null or absent for the unit's first report. */
    version: z
      .number()
      .refine((v) => Number.isInteger(v) && v >= 1, problem('INVALID', 'Phiên bản không hợp lệ.'))
      .nullish(),
    status: z.enum(TaskStatus),
    percent: z.number(),
    comment: optionalText(TASK_PROGRESS_COMMENT_MAX),
    /** Evidence files already uploaded for the unit (POST /files), attached to this part. */
    fileIds: z
      .array(z.string().max(TEXT_LIMITS.id, problem('INVALID', 'Mã tệp không hợp lệ.')))
      .refine(
        (ids) => ids.length <= TASK_PROGRESS_MAX_FILES,
        problem('TOO_MANY_FILES', `Tối đa ${TASK_PROGRESS_MAX_FILES} tệp.`),
      )
      .nullish(),
  })
  .superRefine((input, ctx) => {
    const code = statusPercentProblem(input.status, input.percent);
    if (code === 'PERCENT_RANGE') {
      ctx.addIssue({
        code: 'custom',
        path: ['percent'],
        ...problem(code, 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.'),
      });
    } else if (code === 'CANCEL_NOT_ALLOWED') {
      ctx.addIssue({ code: 'custom', path: ['status'], ...problem(code, MISMATCH_MESSAGE.CANCELLED) });
    } else if (code) {
      ctx.addIssue({ code: 'custom', path: ['percent'], ...problem(code, MISMATCH_MESSAGE[input.status]) });
    }
  });

export type ReportTaskProgressInput = z.input<typeof reportTaskProgressInputSchema>;

export interface ProgressPart {
  unitId: string;
  role: 'LEAD' | 'COORDINATING';
  status: TaskStatusValue;
  percent: number;
}

export interface TaskRollup {
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  percent: number;
  /** lead units that reported DONE, of `leadCount` */
  doneCount: number;
  leadCount: number;
}

/** The roll-up of the lead units' parts (see the rules at the top); null when the task has no lead unit. */
export function rollupTaskProgress(leadUnitIds: readonly string[], parts: readonly ProgressPart[]): TaskRollup | null {
  const leads = [...new Set(leadUnitIds)];
  if (leads.length === 0) return null;
  const byUnit = new Map(parts.filter((p) => p.role === 'LEAD').map((p) => [p.unitId, p]));
  let done = 0;
  let started = 0;
  let sum = 0;
  for (const unitId of leads) {
    const part = byUnit.get(unitId);
    if (!part) continue;
    if (part.status === 'DONE') done += 1;
    if (part.status === 'DONE' || part.status === 'IN_PROGRESS') started += 1;
    sum += Math.min(100, Math.max(0, part.percent));
  }
  const status = done === leads.length ? 'DONE' : started > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
  // Rounded down below 100 unless every lead is done: 99.6 % is not "done".
  const average = sum / leads.length;
  const percent = status === 'DONE' ? 100 : Math.min(99, Math.round(average));
  return { status, percent: status === 'NOT_STARTED' ? 0 : percent, doneCount: done, leadCount: leads.length };
}

/** The status a task shows: Home Affairs' override when set, else the roll-up, else what is stored. */
export function effectiveTaskStatus(
  stored: TaskStatusValue,
  override: TaskStatusValue | null,
  rollup: TaskRollup | null,
): TaskStatusValue {
  return override ?? rollup?.status ?? stored;
}

/**
 * The percent a unit's part gets when only its status is given (the plan page's status field of a
 * lead unit's officer): DONE 100, NOT_STARTED 0, IN_PROGRESS keeps the previous percent within 1–99
 * (50 when it had none).
 */
export function percentForStatus(status: TaskStatusValue, previous: number | null): number {
  if (status === 'DONE') return 100;
  if (status === 'NOT_STARTED' || status === 'CANCELLED') return 0;
  if (previous !== null && previous >= 1 && previous <= 99) return previous;
  return 50;
}
