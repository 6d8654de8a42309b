// Calendar dates (@db.Date) travel as "YYYY-MM-DD" strings in the domain and the API; Prisma wants a
// Date at UTC midnight. These two functions are the only conversion between them.
import { isIsoDate, type IsoDate } from "@cchc/domain";

export function isoToDbDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new Error(`Not a calendar date: ${iso}`);
  return new Date(`${iso}T00:00:00.000Z`);
}

export function dbDateToIso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}
