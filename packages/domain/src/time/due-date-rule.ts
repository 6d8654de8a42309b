import { addDays, daysInMonth, isoDate, type IsoDate } from './iso-date';
import { quarterFirstMonth } from './quarter';
import { reportPeriod, type ReportPeriodCode } from './report-periods';

/**
 * A report due-date rule as data: a day of a month of the quarter in which the period is due.
 * - comparison 'before': "trước ngày D" — strictly before D, so the last on-time day is D − 1.
 * - comparison 'on_or_before': "chậm nhất ngày D" / "by the D-th" — D itself is on time.
 * A day beyond the month's length is clamped to the month's last day.
 */
export interface DueDateRule {
  monthOfQuarter: 'first' | 'middle' | 'last';
  day: number;
  comparison: 'before' | 'on_or_before';
  textVi: string;
}

/** The seed plan: "Gửi trước ngày 25 của tháng giữa quý" — last on-time day is the 24th. */
export const SEED_REPORT_RULE: DueDateRule = Object.freeze({
  monthOfQuarter: 'middle',
  day: 25,
  comparison: 'before',
  textVi: 'Gửi trước ngày 25 của tháng giữa quý',
});

/** The national reporting regime: by the 20th of the period's last month (on or before the 20th). */
export const NATIONAL_REPORT_RULE: DueDateRule = Object.freeze({
  monthOfQuarter: 'last',
  day: 20,
  comparison: 'on_or_before',
  textVi: 'Gửi chậm nhất ngày 20 của tháng cuối kỳ báo cáo',
});

/** Rules per period, with a default; lets a year use a different rule for, e.g., the annual report. */
export interface DueDateRuleSet {
  default: DueDateRule;
  byPeriod?: Partial<Record<ReportPeriodCode, DueDateRule>>;
}

export function validateDueDateRule(rule: DueDateRule): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > 31)
    problems.push(`day must be an integer 1–31, got ${rule.day}`);
  if (!['first', 'middle', 'last'].includes(rule.monthOfQuarter))
    problems.push(`unknown monthOfQuarter ${String(rule.monthOfQuarter)}`);
  if (!['before', 'on_or_before'].includes(rule.comparison))
    problems.push(`unknown comparison ${String(rule.comparison)}`);
  return problems;
}

/** The LAST on-time calendar date (Asia/Ho_Chi_Minh) of a period's report under `rule`. */
export function reportDueDate(rule: DueDateRule | DueDateRuleSet, year: number, period: ReportPeriodCode): IsoDate {
  const r: DueDateRule = 'default' in rule ? (rule.byPeriod?.[period] ?? rule.default) : rule;
  const problems = validateDueDateRule(r);
  if (problems.length > 0) throw new RangeError(`Invalid due-date rule: ${problems.join('; ')}`);
  const q = reportPeriod(period).quarter;
  const month = quarterFirstMonth(q) + (r.monthOfQuarter === 'first' ? 0 : r.monthOfQuarter === 'middle' ? 1 : 2);
  const day = Math.min(r.day, daysInMonth(year, month));
  const named = isoDate(year, month, day);
  return r.comparison === 'before' ? addDays(named, -1) : named;
}
