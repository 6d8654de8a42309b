import { isoDate, lastDayOfMonth, type IsoDate } from './iso-date';

export type Quarter = 1 | 2 | 3 | 4;

export const QUARTER_ROMAN: Readonly<Record<Quarter, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** First calendar month (1–12) of a quarter. */
export function quarterFirstMonth(q: Quarter): number {
  return (q - 1) * 3 + 1;
}

/** The whole quarter as a date range. */
export function quarterRange(year: number, q: Quarter): { start: IsoDate; end: IsoDate } {
  const first = quarterFirstMonth(q);
  return { start: isoDate(year, first, 1), end: lastDayOfMonth(year, first + 2) };
}

/** Reads "I".."IV" or "1".."4" (any case); null otherwise. */
export function parseQuarter(token: string): Quarter | null {
  switch (token.trim().toUpperCase()) {
    case 'I':
    case '1':
      return 1;
    case 'II':
    case '2':
      return 2;
    case 'III':
    case '3':
      return 3;
    case 'IV':
    case '4':
      return 4;
    default:
      return null;
  }
}
