// Calendar dates (@db.Date) travel as "YYYY-MM-DD" strings in the domain and the API; Prisma wants a
// Date at UTC midnight. These two functions are the only conversion between them.
import type { IsoDate } from "@cchc/domain";

export function isoToDbDate(iso: IsoDate): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not a calendar date: ${iso}`);
  const d = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new Error(`Not a calendar date: ${iso}`);
  }
  return d;
}

export function dbDateToIso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}
