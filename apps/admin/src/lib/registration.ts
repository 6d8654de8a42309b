/**
 * The registration form in the admin app: the item form's values and checks (the domain's parser
 * for a typed budget, start ≤ end), VND shown with dots, the statuses' words, the download links.
 */
import { formatVnd, parseVndInput } from '@cchc/domain';
import { z } from 'zod';

export type RegistrationStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';
export type PlanTiming = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

/** "15.000.000 ₫" from a string of digits (exact beyond 2^53); "—" when it is not one. */
export function formatVndDigits(digits: string | null | undefined): string {
  if (!digits || !/^\d+$/.test(digits)) return '—';
  return formatVnd(BigInt(digits));
}

/** What a person types in the budget field, shown with dots as they type ("1250000" → "1.250.000"). */
export function groupBudgetInput(text: string): string {
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export const ITEM_FIELDS = [
  'content',
  'resultProduct',
  'startDate',
  'endDate',
  'leadUnitId',
  'coordinatingUnitIds',
  'budgetVnd',
  'note',
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

const required = (code: string) => z.string().trim().min(1, { message: code });

/** The item form: messages are codes the page translates (registration.problem.<code>). */
export const itemFormSchema = z
  .object({
    content: required('REQUIRED').max(2000, { message: 'TOO_LONG' }),
    resultProduct: required('REQUIRED').max(1000, { message: 'TOO_LONG' }),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'INVALID_DATE' }),
    endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'INVALID_DATE' }),
    leadUnitId: required('REQUIRED'),
    coordinatingUnitIds: z.array(z.string()),
    budgetVnd: z.string().refine((v) => parseVndInput(v) !== null, { message: 'INVALID_AMOUNT' }),
    note: z.string().max(1000, { message: 'TOO_LONG' }),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'END_BEFORE_START' });
    }
    if (v.coordinatingUnitIds.includes(v.leadUnitId)) {
      ctx.addIssue({ code: 'custom', path: ['coordinatingUnitIds'], message: 'LEAD_IS_COORDINATOR' });
    }
  });

export type ItemFormValues = z.input<typeof itemFormSchema>;

/** The budget to send: a string of digits. */
export function budgetToSend(text: string): string {
  return String(parseVndInput(text) ?? '');
}

export const registrationDocxUrl = (id: string) => `/registrations/${encodeURIComponent(id)}.docx`;
export const registrationXlsxUrl = (id: string) => `/registrations/${encodeURIComponent(id)}.xlsx`;

/** The symbol shown with a plan's timing (never colour alone). */
export const TIMING_SYMBOL: Readonly<Record<PlanTiming, string>> = {
  ON_TIME: '✓',
  LATE: '!',
  MISSING: '✗',
  PENDING: '…',
};
