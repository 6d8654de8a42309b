// The survey page's logic: rates as text, the units table's order, the round form's schema, reading
// a chosen file as base64 and the counts grid's values.
import { z } from 'zod';
import { formatNumber, parseDateVi } from './format';

/** 78.95 → "78,95%" (vi) / "78.95%" (en); null → "—". */
export function formatRate(rate: number | null | undefined, locale = 'vi-VN'): string {
  return rate == null ? '—' : `${formatNumber(rate, locale)}%`;
}

/** A bar's width in percent, 0–100. */
export function barWidth(rate: number | null | undefined): number {
  return rate == null ? 0 : Math.max(0, Math.min(100, rate));
}

export type UnitSort = 'name' | 'rate';

/** Units by name (Vietnamese order), or by rate high → low with unanswered units last, then by name. */
export function sortUnits<T extends { unitName: string; rate: number | null }>(units: readonly T[], by: UnitSort): T[] {
  const byName = (a: T, b: T) => a.unitName.localeCompare(b.unitName, 'vi');
  return [...units].sort((a, b) => {
    if (by === 'rate') {
      if (a.rate === null && b.rate !== null) return 1;
      if (b.rate === null && a.rate !== null) return -1;
      if (a.rate !== null && b.rate !== null && a.rate !== b.rate) return b.rate - a.rate;
    }
    return byName(a, b);
  });
}

/** The round form: dates typed dd/mm/yyyy (optional), a target 1–100 (optional, 85 by default). */
export const surveyRoundFormSchema = z
  .object({
    kind: z.enum(['CITIZEN', 'LEADER']),
    periodCode: z.enum(['H1', 'YEAR']),
    title: z.string().trim().min(1, 'REQUIRED').max(300, 'TOO_LONG'),
    targetPercent: z
      .string()
      .trim()
      .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100), 'INVALID_TARGET'),
    startsOn: z
      .string()
      .trim()
      .refine((v) => v === '' || parseDateVi(v) !== null, 'INVALID_DATE'),
    endsOn: z
      .string()
      .trim()
      .refine((v) => v === '' || parseDateVi(v) !== null, 'INVALID_DATE'),
  })
  .superRefine((v, ctx) => {
    const s = v.startsOn ? parseDateVi(v.startsOn) : null;
    const e = v.endsOn ? parseDateVi(v.endsOn) : null;
    if (s && e && e < s) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'END_BEFORE_START' });
  });
export type SurveyRoundFormValues = z.input<typeof surveyRoundFormSchema>;

/** The form's values → the mutation's input. */
export function surveyRoundInput(yearId: string, v: SurveyRoundFormValues) {
  return {
    yearId,
    kind: v.kind,
    periodCode: v.periodCode,
    title: v.title.trim(),
    targetPercent: v.targetPercent.trim() === '' ? null : Number(v.targetPercent),
    startsOn: v.startsOn.trim() === '' ? null : parseDateVi(v.startsOn.trim()),
    endsOn: v.endsOn.trim() === '' ? null : parseDateVi(v.endsOn.trim()),
  };
}

export const SURVEY_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Bytes → base64, in chunks (a 2 MB file would overflow the argument list of one call). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A count typed in the grid: a whole number ≥ 0, or null when it is not one. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  return /^\d{1,7}$/.test(t) ? Number(t) : null;
}
