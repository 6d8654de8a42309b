/**
 * The task edit form: its values, the checks it makes before sending (dates typed as dd/mm/yyyy,
 * a reason for hand-set dates), the input it sends, and where the server's problems go.
 * Error messages are i18n keys (translated where they are shown).
 */
import { z } from 'zod';
import { parseDateVi } from './format';
import { TASK_STATUS_ORDER } from './plan-table';

export const PLAN_TASK_FIELDS = ['status', 'start', 'end', 'due', 'reason'] as const;
export type PlanTaskField = (typeof PLAN_TASK_FIELDS)[number];

export const planTaskFormSchema = z
  .object({
    status: z.enum(TASK_STATUS_ORDER),
    /** "Đặt ngày thủ công": the date fields and the reason are only checked (and sent) when set. */
    manual: z.boolean(),
    start: z.string(),
    end: z.string(),
    due: z.string(),
    reason: z.string(),
  })
  .superRefine((values, ctx) => {
    if (!values.manual) return;
    const date = (field: 'start' | 'end' | 'due', required: boolean) => {
      const typed = values[field].trim();
      if (typed === '') {
        if (required) ctx.addIssue({ code: 'custom', path: [field], message: 'plan.edit.requiredDate' });
      } else if (!parseDateVi(typed)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'plan.edit.invalidDate' });
      }
    };
    date('start', true);
    date('end', true);
    date('due', false);
    if (values.reason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'plan.edit.reasonRequired' });
    }
  });

export type PlanTaskFormValues = z.infer<typeof planTaskFormSchema>;
export type TaskStatus = PlanTaskFormValues['status'];

/** What the form changes, as UpdatePlanTaskInput has it (without the task's id). */
export interface PlanTaskChanges {
  status?: TaskStatus;
  timing?: { start: string; end: string; due: string | null };
  reason?: string;
}

/** Checked values → only what changed; null when nothing did. */
export function planTaskChanges(values: PlanTaskFormValues, currentStatus: TaskStatus): PlanTaskChanges | null {
  const changes: PlanTaskChanges = {};
  if (values.status !== currentStatus) changes.status = values.status;
  if (values.manual) {
    const start = parseDateVi(values.start.trim());
    const end = parseDateVi(values.end.trim());
    const due = values.due.trim() === '' ? null : parseDateVi(values.due.trim());
    // the schema has checked them
    if (start && end) changes.timing = { start, end, due };
    changes.reason = values.reason.trim();
  }
  return changes.status === undefined && changes.timing === undefined ? null : changes;
}

export interface ServerProblem {
  field: string;
  code: string;
  message: string;
}

/** Problem paths of UpdatePlanTaskInput → the form's fields. */
const FIELD_BY_PATH: Partial<Record<string, PlanTaskField>> = {
  status: 'status',
  'timing.start': 'start',
  'timing.end': 'end',
  'timing.due': 'due',
  reason: 'reason',
};
/** Codes that belong to one field whatever path the server gives them. */
const FIELD_BY_CODE: Partial<Record<string, PlanTaskField>> = {
  END_BEFORE_START: 'end',
  DUE_BEFORE_START: 'due',
  REASON_REQUIRED: 'reason',
};

/** The field showing a server problem, if the form has one for it. */
export function problemField(problem: Pick<ServerProblem, 'field' | 'code'>): PlanTaskField | undefined {
  return FIELD_BY_PATH[problem.field] ?? FIELD_BY_CODE[problem.code];
}

/**
 * The i18n key of a server problem (`problems.<CODE>`). The admin translates the codes it knows;
 * for others the caller falls back to the server's own (Vietnamese) message.
 */
export function problemKey(problem: Pick<ServerProblem, 'code'>): string {
  return `problems.${problem.code}`;
}
