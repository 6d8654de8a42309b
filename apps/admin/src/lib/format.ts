/** Formatting for the admin UI. Dates are calendar dates ("YYYY-MM-DD"): never go through `Date`. */
import { formatDateVi, isIsoDate, parseDateVi } from '@cchc/domain';

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** "2021-03-31" → "31/03/2021" (the domain's formatDateVi). Unparseable input yields "" (an empty cell). */
export function formatDate(value: string | null | undefined): string {
  const iso = value ? ISO_DATE_PREFIX.exec(value)?.[0] : undefined;
  return iso && isIsoDate(iso) ? formatDateVi(iso) : '';
}

/** What a person types (dd/mm/yyyy) → "YYYY-MM-DD" or null: the domain's parser. */
export { parseDateVi };

/** Locale used for numbers: Vietnamese separators unless the UI is in English. */
export function numberLocale(language: string | undefined): string {
  return language?.startsWith('en') ? 'en-GB' : 'vi-VN';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** 1.5 → "1,5"; 1250 → "1.250" (vi-VN). Up to two decimals, no trailing zeros. */
export function formatNumber(value: number, locale = 'vi-VN'): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A number in a narrow column (the ranking's area sub-indices): one decimal; the full value goes in a title. */
export function formatNumberShort(value: number, locale = 'vi-VN'): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** Points of a criterion: same as numbers, kept separate so a rule change stays local. */
export function formatPoints(value: number, locale = 'vi-VN'): string {
  return formatNumber(value, locale);
}

/** Lower-case, strip Vietnamese diacritics (đ → d) so "ra soat" finds "Rà soát". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
