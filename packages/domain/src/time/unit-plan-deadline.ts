import { addDays, isoDate, type IsoDate } from './iso-date';

/**
 * Last on-time day for the units' own CCHC plans: "trước ngày 20/02/<year>".
 * "trước ngày X" is read strictly ("before X"), as in SEED_REPORT_RULE ("trước ngày 25" → 24th),
 * so the last on-time day is 19/02. An authority that reads it as "by 20/02" should configure
 * the deadline explicitly (e.g. parseTimePhrase("chậm nhất ngày 20/02", year)).
 */
export function unitPlanDeadline(year: number): IsoDate {
  return addDays(isoDate(year, 2, 20), -1);
}
