/** Formatting for the admin UI. Dates are calendar dates ("YYYY-MM-DD"): never go through `Date`. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2021-03-31" → "31/03/2021". Unparseable input yields "" (the caller shows an empty cell). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = ISO_DATE.exec(value);
  if (!match) return '';
  const [, year, month, day] = match;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return '';
  return `${day}/${month}/${year}`;
}

const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * What a person types, "31/03/2021" or "1/4/2021", → "2021-03-31" / "2021-04-01".
 * Anything else, including dates that do not exist (30/02/2021), yields null.
 */
export function parseDateVi(value: string): string | null {
  const match = VI_DATE.exec(value.trim());
  if (!match) return null;
  const [, dayText, monthText, yearText] = match;
  const day = Number(dayText);
  const month = Number(monthText);
  const year = Number(yearText);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

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

/** Points of a criterion: same as numbers, kept separate so a rule change stays local. */
export function formatPoints(value: number, locale = 'vi-VN'): string {
  return formatNumber(value, locale);
}

/** 1250000 → "1.250.000 ₫" (the space before ₫ is a no-break space, as Intl writes it). */
export function formatVnd(value: number, locale = 'vi-VN'): string {
  return numberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value);
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
