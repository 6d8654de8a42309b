// The minutes of a visit (biên bản kiểm tra) as an official document under Decree 30/2020/NĐ-CP
// (công tác văn thư), Appendix I: the number "Số: 05/BB-ĐKT" (numbers under 10 written with a zero,
// the type "BB" = biên bản, the issuer "ĐKT" = đoàn kiểm tra); the place and date line written in
// full in Arabic numerals with a zero before days under 10 and months 1 and 2 ("Phước Long, ngày 05
// tháng 10 năm 2021"; sources: the Decree's Appendix I as summarised at
// https://www.vietnam.vn/en/huong-dan-cach-viet-ngay-thang-nam-trong-van-ban-dung-chuan-nghi-dinh-30
// and https://trademarkvn.com.vn/legal-updated/149-administrative/1581-latest-guidance-on-administrative-document-presentation-techniques.html).
import { z } from 'zod';
import { inputIssue } from '../text/input-problems';
import { optionalText, requiredText, TEXT_LIMITS } from '../text/input-text';
import type { IsoDate } from '../time/iso-date';

/** The document code of inspection minutes: biên bản of the inspection team. */
export const MINUTES_CODE = 'BB-ĐKT';
export const MINUTES_TEXT_MAX = 8_000;

/** "05/BB-ĐKT" from 5: the number in Arabic digits, a zero before 1–9. */
export function minutesNumber(n: number): string {
  return `${String(n).padStart(2, '0')}/${MINUTES_CODE}`;
}

/** The number of a stored "05/BB-ĐKT", or null. */
export function parseMinutesNumber(text: string | null | undefined): number | null {
  const m = /^(\d{1,5})\/BB-ĐKT$/u.exec(text?.normalize('NFC') ?? '');
  return m ? Number(m[1]) : null;
}

/** The next free number of the year's minutes: one more than the largest issued, from 1. */
export function nextMinutesNumber(existing: readonly (string | null | undefined)[]): number {
  return existing.reduce<number>((max, t) => Math.max(max, parseMinutesNumber(t) ?? 0), 0) + 1;
}

/**
 * Decree 30's day and month: a zero before days under 10 and before months 1 and 2 (months 3–9 as is,
 * since no month 13–19 could be forged from them).
 */
export function decreeDateParts(date: IsoDate): { day: string; month: string; year: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return {
    day: String(d).padStart(2, '0'),
    month: m <= 2 ? String(m).padStart(2, '0') : String(m),
    year: String(y),
  };
}

/** "Phước Long, ngày 05 tháng 10 năm 2021". */
export function placeDateLine(place: string, date: IsoDate): string {
  const { day, month, year } = decreeDateParts(date);
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
}

const id = z.string().min(1).max(TEXT_LIMITS.id);

export const recordVisitMinutesInputSchema = z.object({
  visitId: id,
  version: z.number().int().min(1),
  /** the minutes' number in the year (1, 2, …): "Số: 01/BB-ĐKT" */
  number: z
    .number()
    .refine(
      (n) => Number.isInteger(n) && n >= 1 && n <= 99_999,
      inputIssue('BAD_NUMBER', 'Số biên bản phải là số nguyên dương (tối đa 99999).'),
    ),
  /** where the minutes were made (the place name of the date line is the authority's) */
  place: requiredText(300),
  /** a summary of the work done at the visit */
  summary: optionalText(MINUTES_TEXT_MAX),
  conclusions: requiredText(MINUTES_TEXT_MAX),
});

export type RecordVisitMinutesInput = z.input<typeof recordVisitMinutesInputSchema>;

export const concludeVisitInputSchema = z.object({ visitId: id, version: z.number().int().min(1) });

export type ConcludeVisitInput = z.input<typeof concludeVisitInputSchema>;
