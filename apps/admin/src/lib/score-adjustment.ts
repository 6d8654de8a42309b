/**
 * The bonus/penalty form (điểm thưởng, điểm trừ): its values, how they become a
 * SaveUnitAdjustmentInput, and its problems — the domain's input schema, and the framework's cap on
 * the unit's total of the kind (the server refuses the same, with the same code).
 */
import {
  adjustmentCapProblem,
  inputProblems,
  type SaveUnitAdjustmentInput,
  saveUnitAdjustmentInputSchema,
} from '@cchc/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { parseNumberVi } from './score-method';
import { placeProblems, type Problem } from './user-form';

export type AdjustmentKind = 'BONUS' | 'PENALTY';

export interface AdjustmentFormValues {
  kind: AdjustmentKind;
  points: string;
  reason: string;
}

export const ADJUSTMENT_FIELDS = ['kind', 'points', 'reason'] as const;

export interface AdjustmentRow {
  id: string;
  kind: string;
  points: number;
  version: number;
}

export interface AdjustmentContext {
  yearId: string;
  unitId: string;
  /** The adjustment edited (null: a new one), as it was opened or last reloaded. */
  editing: { id: string; version: number } | null;
  /** The unit's adjustments now (for the caps). */
  others: readonly AdjustmentRow[];
  bonusCap: number;
  penaltyCap: number;
  evidenceFileIds: string[];
}

/** The total of a kind without the edited adjustment. */
export function otherTotal(rows: readonly AdjustmentRow[], kind: AdjustmentKind, editingId: string | null): number {
  return rows.filter((r) => r.kind === kind && r.id !== editingId).reduce((sum, r) => sum + r.points, 0);
}

export function adjustmentInput(
  values: AdjustmentFormValues,
  context: AdjustmentContext,
): { input: SaveUnitAdjustmentInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const typed = values.points.trim();
  const points = typed === '' ? null : parseNumberVi(typed);
  if (typed === '') problems.push({ field: 'points', code: 'REQUIRED', message: 'Cần nhập số điểm.' });
  else if (points === null)
    problems.push({ field: 'points', code: 'INVALID_NUMBER', message: 'Nhập số điểm (ví dụ 1 hoặc 0,5).' });
  const input: SaveUnitAdjustmentInput = {
    yearId: context.yearId,
    unitId: context.unitId,
    id: context.editing?.id ?? null,
    version: context.editing?.version ?? null,
    kind: values.kind,
    points: points ?? 0,
    reason: values.reason.trim(),
    evidenceFileIds: context.evidenceFileIds,
  };
  return { input, problems };
}

export function adjustmentProblems(values: AdjustmentFormValues, context: AdjustmentContext) {
  const { input, problems } = adjustmentInput(values, context);
  const parsed = saveUnitAdjustmentInputSchema.safeParse(input);
  if (!parsed.success)
    problems.push(...inputProblems(parsed.error).filter((p) => !(p.field === 'points' && problems.length > 0)));
  if (problems.length === 0) {
    const cap = values.kind === 'BONUS' ? context.bonusCap : context.penaltyCap;
    const over = adjustmentCapProblem(
      values.kind,
      input.points,
      otherTotal(context.others, values.kind, context.editing?.id ?? null),
      cap,
    );
    if (over) problems.push(over);
  }
  return { input, problems };
}

export function adjustmentResolver(
  context: () => AdjustmentContext,
): Resolver<AdjustmentFormValues, unknown, SaveUnitAdjustmentInput> {
  return async (values) => {
    const { input, problems } = adjustmentProblems(values, context());
    if (problems.length === 0) return { values: input, errors: {} };
    const placed = placeProblems(problems, ADJUSTMENT_FIELDS);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, problem] of placed.fields) errors[field] = { type: problem.code, message: problem.message };
    const first = placed.rest[0];
    if (first) errors.root = { type: first.code, message: first.message };
    return { values: {}, errors: errors as FieldErrors<AdjustmentFormValues> };
  };
}
