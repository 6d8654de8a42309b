import { describe, expect, it } from 'vitest';
import {
  classifySubmission,
  NATIONAL_REPORT_RULE,
  REPORT_PERIODS,
  reportDueDate,
  SEED_REPORT_RULE,
  unitPlanDeadline,
  type DueDateRule,
  type ReportPeriodCode,
} from '../../src/index';

describe('REPORT_PERIODS', () => {
  it('Q1, H1, Q3, YEAR due in quarters 1–4', () => {
    expect(REPORT_PERIODS.map((p) => [p.code, p.quarter])).toEqual([
      ['Q1', 1],
      ['H1', 2],
      ['Q3', 3],
      ['YEAR', 4],
    ]);
  });
});

describe('reportDueDate', () => {
  it.each<[string, DueDateRule, ReportPeriodCode, string]>([
    ['seed', SEED_REPORT_RULE, 'Q1', '2021-02-24'],
    ['seed', SEED_REPORT_RULE, 'H1', '2021-05-24'],
    ['seed', SEED_REPORT_RULE, 'Q3', '2021-08-24'],
    ['seed', SEED_REPORT_RULE, 'YEAR', '2021-11-24'],
    ['national', NATIONAL_REPORT_RULE, 'Q1', '2021-03-20'],
    ['national', NATIONAL_REPORT_RULE, 'H1', '2021-06-20'],
    ['national', NATIONAL_REPORT_RULE, 'Q3', '2021-09-20'],
    ['national', NATIONAL_REPORT_RULE, 'YEAR', '2021-12-20'],
    [
      'before the 1st (previous month end)',
      { monthOfQuarter: 'middle', day: 1, comparison: 'before', textVi: '' },
      'Q1',
      '2021-01-31',
    ],
    [
      'day clamped to month end',
      { monthOfQuarter: 'middle', day: 31, comparison: 'on_or_before', textVi: '' },
      'Q1',
      '2021-02-28',
    ],
    ['first month', { monthOfQuarter: 'first', day: 10, comparison: 'on_or_before', textVi: '' }, 'Q3', '2021-07-10'],
  ])('%s rule, %s → %s', (_n, rule, period, due) => {
    expect(reportDueDate(rule, 2021, period)).toBe(due);
  });
  it('a rule set can differ per period', () => {
    const set = { default: SEED_REPORT_RULE, byPeriod: { YEAR: NATIONAL_REPORT_RULE } };
    expect(reportDueDate(set, 2021, 'Q1')).toBe('2021-02-24');
    expect(reportDueDate(set, 2021, 'YEAR')).toBe('2021-12-20');
  });
  it.each([0, 32, 1.5])('rejects day %s', (day) => {
    expect(() => reportDueDate({ ...SEED_REPORT_RULE, day }, 2021, 'Q1')).toThrow(/day must be/);
  });
});

describe('classifySubmission (local dates, UTC+7)', () => {
  const due = '2021-05-24';
  it.each<[string, string | null, string, string]>([
    ['sent 23:30 local on the due day (16:30Z)', '2021-05-24T16:30:00Z', '2021-06-01T00:00:00Z', 'on_time'],
    ['sent 00:10 local the next day (17:10Z on the due day)', '2021-05-24T17:10:00Z', '2021-06-01T00:00:00Z', 'late'],
    ['sent early', '2021-05-01T02:00:00Z', '2021-06-01T00:00:00Z', 'on_time'],
    ['sent much later', '2021-07-01T02:00:00Z', '2021-07-02T00:00:00Z', 'late'],
    ['not sent, still the due day locally (16:59Z)', null, '2021-05-24T16:59:00Z', 'pending'],
    ['not sent, before the due date', null, '2021-05-20T00:00:00Z', 'pending'],
    ['not sent, due day over locally (17:00Z)', null, '2021-05-24T17:00:00Z', 'missing'],
  ])('%s → %s', (_n, sent, now, status) => {
    expect(
      classifySubmission({ lastOnTimeDate: due, submittedAt: sent ? new Date(sent) : null, now: new Date(now) }),
    ).toBe(status);
  });
});

describe('unitPlanDeadline ("trước ngày 20/02")', () => {
  it.each([
    [2021, '2021-02-19'],
    [2024, '2024-02-19'],
  ])('%i → %s (strict reading, as SEED_REPORT_RULE)', (y, d) => expect(unitPlanDeadline(y)).toBe(d));
  it('a plan sent 23:30 on 19/02 is on time, one sent on 20/02 is late', () => {
    const last = unitPlanDeadline(2021);
    expect(
      classifySubmission({
        lastOnTimeDate: last,
        submittedAt: new Date('2021-02-19T16:30:00Z'),
        now: new Date('2021-03-01'),
      }),
    ).toBe('on_time');
    expect(
      classifySubmission({
        lastOnTimeDate: last,
        submittedAt: new Date('2021-02-20T02:00:00Z'),
        now: new Date('2021-03-01'),
      }),
    ).toBe('late');
  });
});
