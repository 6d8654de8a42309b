// Editing a year's plan by hand (issue #10: "a real authority types its own"): adding a task to an
// area and moving a task up or down within its area. Codes are "<area code>.<number>", the number
// one more than the area's largest (numbers are never reused, so a code names one task for good);
// the plan's order is the tasks' positions: a new task goes after the last of its area.
import { z } from 'zod';
import { requiredText, TEXT_LIMITS } from '../text/input-text';
import { inputIssue } from '../text/input-problems';

/** Caps of a task's texts. */
export const PLAN_TEXT_LIMITS = { text: 2_000, label: 500, timePhrase: 200 } as const;

const id = z
  .string()
  .max(TEXT_LIMITS.id, inputIssue('INVALID', 'Mã không hợp lệ.'))
  .refine((v) => v.trim() !== '', inputIssue('REQUIRED', 'Thiếu mã.'));

export const addPlanTaskInputSchema = z.object({
  areaId: id,
  text: requiredText(PLAN_TEXT_LIMITS.text),
  leadLabel: requiredText(PLAN_TEXT_LIMITS.label),
  coordinatingLabel: requiredText(PLAN_TEXT_LIMITS.label).nullish(),
  timePhrase: requiredText(PLAN_TEXT_LIMITS.timePhrase),
  leadUnitIds: z
    .array(id)
    .refine((ids) => ids.length <= 200, inputIssue('TOO_MANY', 'Quá nhiều đơn vị.'))
    .nullish(),
  coordinatingUnitIds: z
    .array(id)
    .refine((ids) => ids.length <= 200, inputIssue('TOO_MANY', 'Quá nhiều đơn vị.'))
    .nullish(),
});
export type AddPlanTaskInput = z.input<typeof addPlanTaskInputSchema>;

export const movePlanTaskInputSchema = z.object({
  id,
  version: z.number().refine((v) => Number.isInteger(v) && v >= 1, inputIssue('INVALID', 'Phiên bản không hợp lệ.')),
  direction: z.enum(['UP', 'DOWN']),
});
export type MovePlanTaskInput = z.input<typeof movePlanTaskInputSchema>;

/** The next task code of an area: its largest number + 1 (1 for an empty area). */
export function nextTaskNumber(numbers: readonly number[]): number {
  return numbers.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/** Overlapping lead and coordinating units: a unit is one or the other of a task. */
export function overlappingUnits(lead: readonly string[], coordinating: readonly string[]): string[] {
  const leads = new Set(lead);
  return [...new Set(coordinating.filter((u) => leads.has(u)))];
}

/**
 * The neighbour a task swaps places with when moved within its area: the previous (UP) or next
 * (DOWN) task of the area in plan order; null at the area's edge.
 */
export function moveNeighbour<T extends { id: string; position: number }>(
  areaTasks: readonly T[],
  taskId: string,
  direction: 'UP' | 'DOWN',
): T | null {
  const ordered = [...areaTasks].sort((a, b) => a.position - b.position);
  const i = ordered.findIndex((t) => t.id === taskId);
  if (i < 0) return null;
  return ordered[direction === 'UP' ? i - 1 : i + 1] ?? null;
}

/** An area's code: a Roman numeral as plans number them ("I" … "XX"). */
export const AREA_CODE = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/u;

export const addPlanAreaInputSchema = z.object({
  yearId: id,
  code: z
    .string()
    .max(10, inputIssue('BAD_AREA_CODE', 'Mã lĩnh vực là số La Mã, ví dụ "VIII".'))
    .transform((v) => v.trim().toUpperCase())
    .refine(
      (v) => v !== '' && AREA_CODE.test(v),
      inputIssue('BAD_AREA_CODE', 'Mã lĩnh vực là số La Mã, ví dụ "VIII".'),
    ),
  name: requiredText(PLAN_TEXT_LIMITS.label),
});
export type AddPlanAreaInput = z.input<typeof addPlanAreaInputSchema>;

export const updatePlanAreaInputSchema = z.object({ id, name: requiredText(PLAN_TEXT_LIMITS.label) });
export type UpdatePlanAreaInput = z.input<typeof updatePlanAreaInputSchema>;

/** A task's texts changed by hand; a new time phrase recomputes its dates (unless set by hand). */
export const updatePlanTaskTextInputSchema = z
  .object({
    id,
    version: z.number().refine((v) => Number.isInteger(v) && v >= 1, inputIssue('INVALID', 'Phiên bản không hợp lệ.')),
    text: requiredText(PLAN_TEXT_LIMITS.text).nullish(),
    leadLabel: requiredText(PLAN_TEXT_LIMITS.label).nullish(),
    coordinatingLabel: z.string().max(PLAN_TEXT_LIMITS.label, inputIssue('TOO_LONG', 'Văn bản quá dài.')).nullish(),
    timePhrase: requiredText(PLAN_TEXT_LIMITS.timePhrase).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.text == null && v.leadLabel == null && v.coordinatingLabel == null && v.timePhrase == null) {
      ctx.addIssue({ code: 'custom', path: ['id'], ...inputIssue('NOTHING_TO_CHANGE', 'Không có thay đổi nào.') });
    }
  });
export type UpdatePlanTaskTextInput = z.input<typeof updatePlanTaskTextInputSchema>;
