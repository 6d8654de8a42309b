/**
 * "Mở lại giai đoạn cho đơn vị": reopen one stage for one unit until a day, with a reason (the
 * server's reopenUnitStage). The input is checked as the server checks it: the day a real date
 * (typed dd/mm/yyyy), not before the server's day, the reason a visible text within the cap.
 */
import { inputProblems, parseDateVi, requiredText, TEXT_LIMITS } from '@cchc/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { placeProblems, type Problem } from './user-form';

/** The stages a unit writes in (and may need reopened). */
export const REOPENABLE_STAGES = ['SELF_ASSESSMENT', 'EXPLANATION'] as const;
export type ReopenableStage = (typeof REOPENABLE_STAGES)[number];

export interface ReopenFormValues {
  stage: ReopenableStage;
  /** dd/mm/yyyy */
  untilOn: string;
  reason: string;
}

export interface ReopenInput {
  yearId: string;
  unitId: string;
  stage: ReopenableStage;
  untilOn: string;
  reason: string;
}

export const REOPEN_FIELDS = ['stage', 'untilOn', 'reason'] as const;

const reasonSchema = z.object({ reason: requiredText(TEXT_LIMITS.reason) });

export function reopenProblems(values: ReopenFormValues, asOf: string): Problem[] {
  const problems: Problem[] = [];
  const typed = values.untilOn.trim();
  const day = parseDateVi(typed);
  if (typed === '') problems.push({ field: 'untilOn', code: 'REQUIRED', message: 'Cần nhập ngày (dd/mm/yyyy).' });
  else if (!day) problems.push({ field: 'untilOn', code: 'INVALID_DATE', message: 'Ngày không hợp lệ (dd/mm/yyyy).' });
  else if (day < asOf)
    problems.push({ field: 'untilOn', code: 'IN_THE_PAST', message: 'Ngày mở lại phải từ hôm nay trở đi.' });
  const parsed = reasonSchema.safeParse({ reason: values.reason });
  if (!parsed.success) problems.push(...inputProblems(parsed.error));
  return problems;
}

export function reopenResolver(
  context: () => { yearId: string; unitId: string; asOf: string },
): Resolver<ReopenFormValues, unknown, ReopenInput> {
  return async (values) => {
    const { yearId, unitId, asOf } = context();
    const problems = reopenProblems(values, asOf);
    if (problems.length === 0) {
      const input: ReopenInput = {
        yearId,
        unitId,
        stage: values.stage,
        untilOn: parseDateVi(values.untilOn.trim()) ?? values.untilOn,
        reason: values.reason.trim(),
      };
      return { values: input, errors: {} };
    }
    const placed = placeProblems(problems, REOPEN_FIELDS);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, problem] of placed.fields) errors[field] = { type: problem.code, message: problem.message };
    return { values: {}, errors: errors as FieldErrors<ReopenFormValues> };
  };
}
