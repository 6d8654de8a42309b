// The year's periodic-report rule, chosen among the named rules (the seed's "gửi trước ngày 25 của
// tháng giữa quý" and the national "by the 20th of the period's last month"), and the periods' due
// dates it gives. Home Affairs picks the rule per year; the periods' last on-time days follow.
import {
  type DueDateRule,
  type DueDateRuleSet,
  NATIONAL_REPORT_RULE,
  reportDueDate,
  SEED_REPORT_RULE,
} from '../time/due-date-rule';
import type { IsoDate } from '../time/iso-date';
import { REPORT_PERIODS, type ReportPeriodCode } from '../time/report-periods';

export const REPORT_RULE_KEYS = ['SEED', 'NATIONAL'] as const;
export type ReportRuleKey = (typeof REPORT_RULE_KEYS)[number];

export const REPORT_RULES: Readonly<Record<ReportRuleKey, DueDateRule>> = Object.freeze({
  SEED: SEED_REPORT_RULE,
  NATIONAL: NATIONAL_REPORT_RULE,
});

function sameRule(a: DueDateRule, b: DueDateRule): boolean {
  return a.monthOfQuarter === b.monthOfQuarter && a.day === b.day && a.comparison === b.comparison;
}

/** Which named rule a stored rule is (a rule set counts by its default); CUSTOM when none. */
export function reportRuleKey(rule: DueDateRule | DueDateRuleSet): ReportRuleKey | 'CUSTOM' {
  const r = 'default' in rule ? rule.default : rule;
  if ('default' in rule && rule.byPeriod && Object.keys(rule.byPeriod).length > 0) return 'CUSTOM';
  for (const key of REPORT_RULE_KEYS) if (sameRule(r, REPORT_RULES[key])) return key;
  return 'CUSTOM';
}

/** The rule's text for a period (a rule set may have one per period). */
export function reportRuleText(rule: DueDateRule | DueDateRuleSet, code: ReportPeriodCode): string {
  return 'default' in rule ? (rule.byPeriod?.[code] ?? rule.default).textVi : rule.textVi;
}

export interface PeriodDue {
  code: ReportPeriodCode;
  nameVi: string;
  nameEn: string;
  position: number;
  /** the last on-time day (local date) */
  dueDate: IsoDate;
  ruleText: string;
}

/** The year's periods with their last on-time day under `rule`. */
export function periodDueDates(rule: DueDateRule | DueDateRuleSet, year: number): PeriodDue[] {
  return REPORT_PERIODS.map((p, position) => ({
    code: p.code,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    position,
    dueDate: reportDueDate(rule, year, p.code),
    ruleText: reportRuleText(rule, p.code),
  }));
}
