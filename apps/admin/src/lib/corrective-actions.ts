/**
 * Corrective actions in the admin: the forms' checks (as the server checks them, from the domain's
 * input schemas), the filters of the list, and the summary line appraisers read on a criterion.
 */
import { inputProblems, parseDateVi, reopenCorrectiveActionInputSchema, requiredText } from '@cchc/domain';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { placeProblems, type Problem } from './user-form';

export const ACTION_STATUSES = ['OPEN', 'SUBMITTED', 'VERIFIED', 'REOPENED'] as const;
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];

/** The list's filters as the URL keeps them (`?status=…&unit=…&overdue=1`). */
export interface ActionFilter {
  status: ActionStatusValue | null;
  unitId: string | null;
  overdue: boolean | null;
}

export function filterFromParams(params: URLSearchParams): ActionFilter {
  const status = params.get('status');
  return {
    status: (ACTION_STATUSES as readonly string[]).includes(status ?? '') ? (status as ActionStatusValue) : null,
    unitId: params.get('unit') || null,
    overdue: params.get('overdue') === '1' ? true : null,
  };
}

function resolverOf<V extends FieldValues, O, F extends string>(
  fields: readonly F[],
  check: (values: V) => { problems: Problem[]; output: O },
): Resolver<V, unknown, O> {
  return async (values) => {
    const { problems, output } = check(values);
    if (problems.length === 0) return { values: output, errors: {} };
    const placed = placeProblems(problems, fields);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, p] of placed.fields) errors[field] = { type: p.code, message: p.message };
    const [first] = placed.rest;
    if (first) errors.root = { type: first.code, message: first.message };
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

// --- create ------------------------------------------------------------------------------------

export interface CreateActionValues {
  findingId: string;
  description: string;
  /** '' = the visited unit */
  ownerUnitId: string;
  /** dd/mm/yyyy */
  dueDate: string;
}
export interface CreateActionInput {
  findingId: string;
  description: string;
  ownerUnitId: string | null;
  dueDate: string;
}
export const CREATE_ACTION_FIELDS = ['findingId', 'description', 'ownerUnitId', 'dueDate'] as const;

const descriptionSchema = z.object({ description: requiredText(2000) });

export function createActionProblems(values: CreateActionValues, asOf: string): Problem[] {
  const problems: Problem[] = [];
  if (!values.findingId)
    problems.push({ field: 'findingId', code: 'REQUIRED', message: 'Chọn tồn tại cần khắc phục.' });
  const parsed = descriptionSchema.safeParse({ description: values.description });
  if (!parsed.success) problems.push(...inputProblems(parsed.error));
  const typed = values.dueDate.trim();
  const day = parseDateVi(typed);
  if (typed === '')
    problems.push({ field: 'dueDate', code: 'REQUIRED', message: 'Cần nhập hạn khắc phục (dd/mm/yyyy).' });
  else if (!day) problems.push({ field: 'dueDate', code: 'INVALID_DATE', message: 'Ngày không hợp lệ (dd/mm/yyyy).' });
  else if (day < asOf)
    problems.push({ field: 'dueDate', code: 'DUE_IN_PAST', message: 'Hạn khắc phục không được trước ngày hôm nay.' });
  return problems;
}

export const createActionResolver = (asOf: () => string) =>
  resolverOf<CreateActionValues, CreateActionInput, (typeof CREATE_ACTION_FIELDS)[number]>(
    CREATE_ACTION_FIELDS,
    (values) => ({
      problems: createActionProblems(values, asOf()),
      output: {
        findingId: values.findingId,
        description: values.description.trim(),
        ownerUnitId: values.ownerUnitId || null,
        dueDate: parseDateVi(values.dueDate.trim()) ?? values.dueDate,
      },
    }),
  );

// --- the steps: submit the fix (a note), verify (an optional note), reopen (a reason) -----------

export type ActionStepKind = 'submit' | 'verify' | 'reopen';
export interface StepValues {
  note: string;
  reason: string;
}
export const STEP_FIELDS = ['note', 'reason'] as const;
const noteSchema = z.object({ note: requiredText(2000) });

export function stepProblems(step: ActionStepKind, values: StepValues): Problem[] {
  if (step === 'submit') {
    const parsed = noteSchema.safeParse({ note: values.note });
    return parsed.success ? [] : inputProblems(parsed.error);
  }
  if (step === 'reopen') {
    const parsed = reopenCorrectiveActionInputSchema.pick({ reason: true }).safeParse({ reason: values.reason });
    return parsed.success ? [] : inputProblems(parsed.error);
  }
  return [];
}

export const stepResolver = (step: ActionStepKind) =>
  resolverOf<StepValues, StepValues, (typeof STEP_FIELDS)[number]>(STEP_FIELDS, (values) => ({
    problems: stepProblems(step, values),
    output: { note: values.note.trim(), reason: values.reason.trim() },
  }));

// --- the summary on a criterion ------------------------------------------------------------------

export interface LeafSummary {
  leafCode: string;
  total: number;
  verified: number;
  overdue: number;
}

/** The summaries by criterion code. */
export function summariesByLeaf(rows: readonly LeafSummary[] | null | undefined): Map<string, LeafSummary> {
  return new Map((rows ?? []).map((r) => [r.leafCode, r]));
}
