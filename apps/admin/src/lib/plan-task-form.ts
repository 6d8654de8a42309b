/**
 * The task edit form: its values, how they become an UpdatePlanTaskInput, and its problems.
 *
 * The input is checked with the domain's `updatePlanTaskInputSchema`, the schema the server
 * validates with, so the form and the server find the same problems under the same fields with the
 * same codes. On top of it the form checks only what is its own: dates typed as dd/mm/yyyy.
 * Problems carry a code and the server's (Vietnamese) text; the admin translates codes where they
 * are shown (`problems.<field>.<CODE>`, then `problems.<CODE>`), the text is the fallback.
 */
import {
  inputProblems,
  parseDateVi,
  TaskStatus,
  updatePlanTaskInputSchema,
  type UpdatePlanTaskInput,
} from '@cchc/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';

export const PLAN_TASK_FIELDS = ['status', 'start', 'end', 'due', 'reason'] as const;
export type PlanTaskField = (typeof PLAN_TASK_FIELDS)[number];

export const planTaskFormValuesSchema = z.object({
  status: z.enum(TaskStatus),
  /** "Đặt ngày thủ công": the dates and the reason are only sent when set. */
  manual: z.boolean(),
  start: z.string(),
  end: z.string(),
  due: z.string(),
  reason: z.string(),
});
export type PlanTaskFormValues = z.infer<typeof planTaskFormValuesSchema>;

/** What the form was opened on (or last reloaded from): changes are relative to it. */
export interface PlanTaskBase {
  id: string;
  version: number;
  status: TaskStatus;
}

export interface Problem {
  /** The input path as the server names it ("timing.end"), or "" for the whole form. */
  field: string;
  code: string;
  message: string;
}

/** Dates typed as dd/mm/yyyy, checked only when the dates are set by hand. */
function typedDateProblems(values: PlanTaskFormValues): Problem[] {
  if (!values.manual) return [];
  const problems: Problem[] = [];
  for (const [field, required] of [
    ['start', true],
    ['end', true],
    ['due', false],
  ] as const) {
    const typed = values[field].trim();
    if (typed === '' && required) problems.push({ field, code: 'REQUIRED', message: 'Cần nhập ngày (dd/mm/yyyy).' });
    else if (typed !== '' && !parseDateVi(typed))
      problems.push({ field, code: 'INVALID_DATE', message: 'Ngày không hợp lệ (dd/mm/yyyy).' });
  }
  return problems;
}

/** The values as the mutation's input: only what changed since `base`. */
export function planTaskInput(values: PlanTaskFormValues, base: PlanTaskBase): UpdatePlanTaskInput {
  const input: UpdatePlanTaskInput = { id: base.id, version: base.version };
  if (values.status !== base.status) input.status = values.status;
  if (values.manual) {
    // a date that does not parse is sent as typed: the schema reports it (the form already has)
    const date = (typed: string) => parseDateVi(typed.trim()) ?? typed.trim();
    input.timing = {
      start: date(values.start),
      end: date(values.end),
      due: values.due.trim() === '' ? null : date(values.due),
    };
    input.reason = values.reason.trim();
  }
  return input;
}

/** Problem paths of UpdatePlanTaskInput (and the form's own) → the form's fields. */
const FIELD_BY_PATH: Partial<Record<string, PlanTaskField>> = {
  status: 'status',
  start: 'start',
  end: 'end',
  due: 'due',
  'timing.start': 'start',
  'timing.end': 'end',
  'timing.due': 'due',
  reason: 'reason',
};
/** Codes that belong to one field whatever path they come with. */
const FIELD_BY_CODE: Partial<Record<string, PlanTaskField>> = {
  END_BEFORE_START: 'end',
  DUE_BEFORE_START: 'due',
};

/** The field showing a problem, if the form has one for it. */
export function problemField(problem: Pick<Problem, 'field' | 'code'>): PlanTaskField | undefined {
  return FIELD_BY_PATH[problem.field] ?? FIELD_BY_CODE[problem.code];
}

/** Problems → the first one of each field, and the rest (for the top of the form). */
export function placeProblems(
  problems: readonly Problem[],
  onScreen: (field: PlanTaskField) => boolean,
): { fields: Map<PlanTaskField, Problem>; rest: Problem[] } {
  const fields = new Map<PlanTaskField, Problem>();
  const rest: Problem[] = [];
  for (const problem of problems) {
    const field = problemField(problem);
    if (field && onScreen(field)) {
      if (!fields.has(field)) fields.set(field, problem);
    } else if (!rest.some((p) => p.code === problem.code && p.message === problem.message)) {
      rest.push(problem);
    }
  }
  return { fields, rest };
}

/**
 * The form's resolver: its own checks, then the domain schema on the input the values make.
 * Errors are `{ type: code, message: server text }` under each field, the others under `root`
 * (no input to focus).
 */
export function planTaskResolver(base: () => PlanTaskBase): Resolver<PlanTaskFormValues, unknown, UpdatePlanTaskInput> {
  return async (values) => {
    const input = planTaskInput(values, base());
    const parsed = updatePlanTaskInputSchema.safeParse(input);
    const problems = [...typedDateProblems(values), ...(parsed.success ? [] : inputProblems(parsed.error))];
    if (problems.length === 0) return { values: input, errors: {} };
    const { fields, rest } = placeProblems(problems, (field) => field === 'status' || values.manual);
    const errors: FieldErrors<PlanTaskFormValues> = {};
    for (const [field, problem] of fields) errors[field] = { type: problem.code, message: problem.message };
    const first = rest[0];
    // a root error alone ({ type, message }); its index signature is for named root errors
    if (first) errors.root = { type: first.code, message: first.message } as NonNullable<typeof errors.root>;
    return { values: {}, errors };
  };
}

/** Placeholders of the problems that name the plan year (OUTSIDE_YEAR). */
export function yearParams(year: number): { year: number; nextYear: number } {
  return { year, nextYear: year + 1 };
}
