// One line of the registration form (Mẫu đăng ký thực hiện kế hoạch CCHC): content (1), result
// product (2), start and end (3), the lead unit from the registry (4), coordinating units (5), the
// estimated budget in VND (6), a note (7). Budgets are whole đồng kept as bigint end to end (a
// string of digits on the wire), so no amount loses precision.
import { z } from 'zod';
import { inputIssue } from '../text/input-problems';
import { optionalText, requiredText, TEXT_LIMITS } from '../text/input-text';
import { compareIsoDate, type IsoDate, isIsoDate } from '../time/iso-date';

/** The largest budget one item may carry: a trillion đồng (well inside bigint and PostgreSQL's bigint). */
export const MAX_ITEM_BUDGET_VND = 1_000_000_000_000n;
/** At most this many items in one registration and coordinating units on one item. */
export const MAX_REGISTRATION_ITEMS = 200;
export const MAX_COORDINATING_UNITS = 60;

/**
 * A budget typed by a person ("1.250.000", "1 250 000", "1250000 đ") as bigint đồng, or null when it
 * is not one. Separators must group thousands ("1.5" is refused, never read as 15).
 */
export function parseVndInput(text: string): bigint | null {
  const t = text
    .trim()
    .replace(/\s*(₫|đồng|đ|vnđ|vnd)$/i, '')
    .trim();
  if (/^\d{1,16}$/.test(t)) return BigInt(t);
  if (/^\d{1,3}([.\u0020\u00a0]\d{3}){1,5}$/.test(t)) return BigInt(t.replace(/[.\u0020\u00a0]/g, ''));
  return null;
}

const id = z.string().max(TEXT_LIMITS.id);
const date = (message: string) => z.string().refine(isIsoDate, inputIssue('INVALID_DATE', message));

export const budgetVndSchema = z
  .string()
  .max(40, inputIssue('INVALID_AMOUNT', 'Kinh phí không hợp lệ.'))
  .transform((v, ctx) => {
    const amount = parseVndInput(v);
    if (amount === null) {
      ctx.addIssue({
        code: 'custom',
        ...inputIssue('INVALID_AMOUNT', 'Kinh phí phải là số tiền nguyên, không âm (đồng).'),
      });
      return z.NEVER;
    }
    if (amount > MAX_ITEM_BUDGET_VND) {
      ctx.addIssue({ code: 'custom', ...inputIssue('TOO_LARGE', 'Kinh phí vượt quá 1.000 tỷ đồng.') });
      return z.NEVER;
    }
    return amount;
  });

export const registrationItemInputSchema = z.object({
  /** the registration's year and unit (a new item) */
  yearId: id,
  unitId: id,
  /** absent: a new item at the end */
  id: id.nullish(),
  version: z.number().int().min(1).nullish(),
  content: requiredText(2_000),
  resultProduct: requiredText(1_000),
  startDate: date('Ngày bắt đầu không hợp lệ.'),
  endDate: date('Ngày kết thúc không hợp lệ.'),
  leadUnitId: id.refine((v) => v.trim() !== '', inputIssue('REQUIRED', 'Chọn đơn vị chủ trì.')),
  coordinatingUnitIds: z
    .array(id)
    .max(MAX_COORDINATING_UNITS, inputIssue('TOO_MANY', 'Quá nhiều đơn vị phối hợp.'))
    .default([]),
  budgetVnd: budgetVndSchema,
  note: optionalText(1_000),
});

export type RegistrationItemInput = z.input<typeof registrationItemInputSchema>;
export type RegistrationItemValues = z.output<typeof registrationItemInputSchema>;

export interface ItemProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * The dates of an item against the registration's year: start ≤ end, both within the year (an
 * item may end by 31/12 of the year after, for work that runs on).
 */
export function registrationItemDateProblems(start: IsoDate, end: IsoDate, year: number): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (compareIsoDate(start, `${year}-01-01`) < 0 || compareIsoDate(start, `${year}-12-31`) > 0) {
    problems.push({ field: 'startDate', code: 'OUTSIDE_YEAR', message: `Ngày bắt đầu phải thuộc năm ${year}.` });
  }
  if (compareIsoDate(end, start) < 0) {
    problems.push({
      field: 'endDate',
      code: 'END_BEFORE_START',
      message: 'Ngày kết thúc không được trước ngày bắt đầu.',
    });
  } else if (compareIsoDate(end, `${year + 1}-12-31`) > 0) {
    problems.push({
      field: 'endDate',
      code: 'OUTSIDE_YEAR',
      message: `Ngày kết thúc không được sau 31/12/${year + 1}.`,
    });
  }
  return problems;
}

/** The lead unit is not also a coordinating unit, and coordinating units are listed once. */
export function registrationItemUnitProblems(
  leadUnitId: string,
  coordinatingUnitIds: readonly string[],
): ItemProblem[] {
  if (coordinatingUnitIds.includes(leadUnitId)) {
    return [
      {
        field: 'coordinatingUnitIds',
        code: 'LEAD_IS_COORDINATOR',
        message: 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp.',
      },
    ];
  }
  return [];
}
