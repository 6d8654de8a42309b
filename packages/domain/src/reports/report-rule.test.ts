import { describe, expect, it } from 'vitest';
import { NATIONAL_REPORT_RULE, SEED_REPORT_RULE } from '../time/due-date-rule';
import { periodDueDates, reportRuleKey, REPORT_RULES } from './report-rule';

describe('periodDueDates', () => {
  it.each([
    // the seed: "trước ngày 25 của tháng giữa quý" → the 24th of the quarter's middle month
    ['SEED', 2021, ['2021-02-24', '2021-05-24', '2021-08-24', '2021-11-24']],
    // national: "chậm nhất ngày 20 của tháng cuối kỳ" → the 20th of the last month, inclusive
    ['NATIONAL', 2021, ['2021-03-20', '2021-06-20', '2021-09-20', '2021-12-20']],
    ['SEED', 2026, ['2026-02-24', '2026-05-24', '2026-08-24', '2026-11-24']],
  ] as const)('%s %i', (key, year, dues) => {
    const periods = periodDueDates(REPORT_RULES[key], year);
    expect(periods.map((p) => p.code)).toEqual(['Q1', 'H1', 'Q3', 'YEAR']);
    expect(periods.map((p) => p.dueDate)).toEqual(dues);
    expect(periods.map((p) => p.position)).toEqual([0, 1, 2, 3]);
    expect(periods[0]!.ruleText).toBe(REPORT_RULES[key].textVi);
  });
});

describe('reportRuleKey', () => {
  it.each([
    [SEED_REPORT_RULE, 'SEED'],
    [NATIONAL_REPORT_RULE, 'NATIONAL'],
    [{ default: NATIONAL_REPORT_RULE }, 'NATIONAL'],
    [{ ...SEED_REPORT_RULE, day: 15 }, 'CUSTOM'],
    [{ default: SEED_REPORT_RULE, byPeriod: { YEAR: NATIONAL_REPORT_RULE } }, 'CUSTOM'],
  ] as const)('%j → %s', (rule, key) => {
    expect(reportRuleKey(rule)).toBe(key);
  });
});
