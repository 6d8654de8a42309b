/**
 * Calendar dates in Asia/Ho_Chi_Minh.
 *
 * Vietnam has used UTC+07:00 with no daylight saving time since 1975, so the zone is
 * implemented as a fixed +07:00 offset (no Intl/tz database needed, identical results).
 */

/** 'YYYY-MM-DD', a calendar date in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

/** Offset of Asia/Ho_Chi_Minh from UTC in milliseconds (fixed, no DST). */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds an IsoDate; throws on an impossible date. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid day ${day} for ${year}-${pad2(month)}`);
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Splits an IsoDate into numbers; throws on malformed input. */
export function parseIsoDate(d: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE_RE.exec(d);
  if (!m) throw new RangeError(`Not an IsoDate (YYYY-MM-DD): "${d}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  isoDate(year, month, day); // validates
  return { year, month, day };
}

/** True for a real calendar date written "YYYY-MM-DD" (not 2021-02-30, not "31/03/2021"). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_RE.test(value)) return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

const VI_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * What a person types, "31/03/2021" or "1/4/2021", → "2021-03-31" / "2021-04-01".
 * Anything else, including dates that do not exist (30/02/2021), yields null.
 */
export function parseDateVi(text: string): IsoDate | null {
  const m = VI_DATE_RE.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Adds (or subtracts) whole calendar days. */
export function addDays(d: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(d);
  const t = Date.UTC(year, month - 1, day) + days * 86_400_000;
  const x = new Date(t);
  return isoDate(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
}

/** Negative if a < b, 0 if equal, positive if a > b (IsoDate strings compare lexically). */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date of an instant in Asia/Ho_Chi_Minh (UTC+7). */
export function toLocalIsoDate(instant: Date): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('toLocalIsoDate: invalid Date');
  const local = new Date(t + VIETNAM_UTC_OFFSET_MS);
  return isoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** The instant at which a local calendar date begins in Asia/Ho_Chi_Minh (00:00 +07:00). */
export function startOfLocalDay(d: IsoDate): Date {
  const { year, month, day } = parseIsoDate(d);
  return new Date(Date.UTC(year, month - 1, day) - VIETNAM_UTC_OFFSET_MS);
}

/** "dd/mm/yyyy", the Vietnamese administrative date format. */
export function formatDateVi(d: IsoDate): string {
  const { year, month, day } = parseIsoDate(d);
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}
