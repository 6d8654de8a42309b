/**
 * "Chuyển trạng thái năm": the stages a manager may move the year to from here (publishing is
 * leadership's, through the results page), and the input checked as the server checks it — going
 * back needs a reason (the domain's yearStatusChange), within the cap.
 */
import { inputProblems, optionalText, requiredText, TEXT_LIMITS, YearStatus, yearStatusChange } from '@cchc/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { placeProblems, type Problem } from './user-form';

export type ManagedYearStatus = Exclude<YearStatus, 'PUBLISHED'>;

/** The statuses offered: every one but PUBLISHED and the current one, in the year's order. */
export function yearStatusTargets(current: YearStatus): ManagedYearStatus[] {
  return Object.values(YearStatus).filter(
    (status): status is ManagedYearStatus => status !== YearStatus.PUBLISHED && status !== current,
  );
}

/** The stage after the current one when it is offered (the usual move), else the first offered. */
export function defaultYearStatusTarget(current: YearStatus): ManagedYearStatus | undefined {
  const order = Object.values(YearStatus);
  const next = order[order.indexOf(current) + 1];
  const targets = yearStatusTargets(current);
  return targets.find((status) => status === next) ?? targets[0];
}

/** Whether moving from `from` to `to` needs a reason (going back). */
export function yearStatusReasonRequired(from: YearStatus, to: YearStatus): boolean {
  const change = yearStatusChange(from, to);
  return 'reasonRequired' in change && change.reasonRequired;
}

export interface YearStatusFormValues {
  status: ManagedYearStatus;
  reason: string;
}

export interface YearStatusInput {
  status: ManagedYearStatus;
  /** null when not given (going forward) */
  reason: string | null;
}

export const YEAR_STATUS_FIELDS = ['status', 'reason'] as const;

export function yearStatusProblems(current: YearStatus, values: YearStatusFormValues): Problem[] {
  if (!yearStatusTargets(current).includes(values.status))
    return [{ field: 'status', code: 'SAME_STATUS', message: 'Chọn trạng thái khác trạng thái hiện tại.' }];
  const required = yearStatusReasonRequired(current, values.status);
  const schema = z.object({ reason: required ? requiredText(TEXT_LIMITS.reason) : optionalText(TEXT_LIMITS.reason) });
  const parsed = schema.safeParse({ reason: values.reason });
  return parsed.success ? [] : inputProblems(parsed.error);
}

export function yearStatusResolver(
  current: () => YearStatus,
): Resolver<YearStatusFormValues, unknown, YearStatusInput> {
  return async (values) => {
    const problems = yearStatusProblems(current(), values);
    if (problems.length === 0) {
      const reason = values.reason.trim();
      const input: YearStatusInput = { status: values.status, reason: reason === '' ? null : reason };
      return { values: input, errors: {} };
    }
    const placed = placeProblems(problems, YEAR_STATUS_FIELDS);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, problem] of placed.fields) errors[field] = { type: problem.code, message: problem.message };
    return { values: {}, errors: errors as FieldErrors<YearStatusFormValues> };
  };
}
