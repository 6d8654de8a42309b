/**
 * The "report progress" form of a unit's part of a task: its values, how they become a
 * ReportTaskProgressInput, and its problems. The input is checked with the domain's
 * `reportTaskProgressInputSchema` (the server's), so both find the same problems under the same
 * fields with the same codes; the form adds only its own: the percent typed as a whole number.
 */
import {
  inputProblems,
  reportTaskProgressInputSchema,
  TaskStatus,
  type ReportTaskProgressInput,
  type TaskStatusValue,
} from '@cchc/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';

/** The fields that show their own problems (a file problem shows at the top of the form). */
export const TASK_PROGRESS_FIELDS = ['status', 'percent', 'comment'] as const;
export type TaskProgressField = (typeof TASK_PROGRESS_FIELDS)[number];

/** The statuses a unit may give its part (never CANCELLED: that is Home Affairs' override). */
export const PART_STATUSES: TaskStatusValue[] = [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE];

export interface TaskProgressFormValues {
  status: TaskStatusValue;
  /** as typed */
  percent: string;
  comment: string;
}

export interface TaskProgressBase {
  taskId: string;
  /** the part's version the form was opened on (null: the unit's first report) */
  version: number | null;
}

/** The percent a status change suggests: DONE 100, NOT_STARTED 0, IN_PROGRESS keeps a value in 1–99. */
export function suggestedPercent(status: TaskStatusValue, typed: string): string {
  if (status === 'DONE') return '100';
  if (status === 'NOT_STARTED') return '0';
  const n = Number(typed);
  return Number.isInteger(n) && n >= 1 && n <= 99 ? typed : '50';
}

/** The values as the server's input, or the problems found (each under its field). */
export function toReportInput(
  values: TaskProgressFormValues,
  base: TaskProgressBase,
  fileIds: readonly string[],
):
  | { ok: true; input: ReportTaskProgressInput }
  | { ok: false; problems: Array<{ field: string; code: string; message: string }> } {
  const typed = values.percent.trim();
  if (!/^\d{1,3}$/.test(typed)) {
    return {
      ok: false,
      problems: [
        { field: 'percent', code: 'PERCENT_RANGE', message: 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.' },
      ],
    };
  }
  const input: ReportTaskProgressInput = {
    taskId: base.taskId,
    version: base.version,
    status: values.status,
    percent: Number(typed),
    comment: values.comment,
    fileIds: [...fileIds],
  };
  const parsed = reportTaskProgressInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: inputProblems(parsed.error) };
  return { ok: true, input };
}

/** A react-hook-form resolver over `toReportInput` (the base and files read when the form submits). */
export function taskProgressResolver(
  base: () => TaskProgressBase,
  fileIds: () => readonly string[],
): Resolver<TaskProgressFormValues, unknown, ReportTaskProgressInput> {
  return (values) => {
    const result = toReportInput(values, base(), fileIds());
    if (result.ok) return { values: result.input, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const p of result.problems) {
      const key = (TASK_PROGRESS_FIELDS as readonly string[]).includes(p.field) ? p.field : 'root';
      if (!errors[key]) errors[key] = { type: p.code, message: p.message };
    }
    return { values: {}, errors: errors as FieldErrors<TaskProgressFormValues> };
  };
}
