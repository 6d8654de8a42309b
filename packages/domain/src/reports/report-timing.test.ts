import { describe, expect, it } from 'vitest';
import { COMPLIANCE_LOOK, complianceCounts, effectiveDueDate, type ExtensionFact, reportTiming } from './report-timing';

const ext = (id: string, unitId: string | null, untilDate: string, createdAt: string): ExtensionFact => ({
  id,
  unitId,
  untilDate,
  reason: 'Lý do',
  createdAt: new Date(createdAt),
});

describe('effectiveDueDate', () => {
  const all = ext('a', null, '2021-03-05', '2021-02-20T01:00:00Z');
  const mine = ext('m', 'u1', '2021-03-10', '2021-02-21T01:00:00Z');
  const laterAll = ext('b', null, '2021-03-01', '2021-02-22T01:00:00Z');
  it.each([
    ['no extension', [], 'u1', '2021-02-24', null],
    ['an extension for every unit', [all], 'u1', '2021-03-05', 'a'],
    ["another unit's extension does not count", [mine], 'u2', '2021-02-24', null],
    ['one unit: the latest granted wins over an earlier all-units one', [all, mine], 'u1', '2021-03-10', 'm'],
    ['the other units keep the all-units one', [all, mine], 'u2', '2021-03-05', 'a'],
    ['the latest wins even when shorter', [all, mine, laterAll], 'u1', '2021-03-01', 'b'],
    ['order of the list does not matter', [laterAll, mine, all], 'u1', '2021-03-01', 'b'],
  ] as const)('%s', (_name, list, unitId, due, id) => {
    const r = effectiveDueDate('2021-02-24', list, unitId);
    expect(r.dueDate).toBe(due);
    expect(r.extension?.id ?? null).toBe(id);
  });
});

describe('reportTiming (due 24/02/2021, Asia/Ho_Chi_Minh days)', () => {
  const now = new Date('2021-06-15T03:00:00Z');
  it.each([
    // 23:30 local on the due day is 16:30 UTC: on time
    ['23:30 local on the last day', '2021-02-24T16:30:00Z', [], 'on_time', true, 0],
    // 00:10 local the next day is 17:10 UTC of the due day: late, and counts as not reported
    ['00:10 local the day after', '2021-02-24T17:10:00Z', [], 'late', false, 1],
    ['a week late', '2021-03-03T03:00:00Z', [], 'late', false, 7],
    [
      'late but within an extension',
      '2021-03-03T03:00:00Z',
      [ext('e', 'u1', '2021-03-05', '2021-02-20T00:00:00Z')],
      'on_time',
      true,
      0,
    ],
    ['never sent, due passed', null, [], 'missing', false, 0],
  ] as const)('%s', (_name, sent, exts, status, counts, daysLate) => {
    const t = reportTiming({
      periodDue: '2021-02-24',
      extensions: exts,
      unitId: 'u1',
      submittedAt: sent ? new Date(sent) : null,
      now,
    });
    expect(t.status).toBe(status);
    expect(t.countsAsReported).toBe(counts);
    expect(t.daysLate).toBe(daysLate);
  });
  it('pending before the due day; an extension keeps a unit pending after the period due date', () => {
    const before = new Date('2021-02-20T03:00:00Z');
    expect(
      reportTiming({ periodDue: '2021-02-24', extensions: [], unitId: 'u1', submittedAt: null, now: before }).status,
    ).toBe('pending');
    const after = new Date('2021-03-01T03:00:00Z');
    const t = reportTiming({
      periodDue: '2021-02-24',
      extensions: [ext('e', 'u1', '2021-03-05', '2021-02-20T00:00:00Z')],
      unitId: 'u1',
      submittedAt: null,
      now: after,
    });
    expect(t).toMatchObject({ status: 'pending', extended: true, dueDate: '2021-03-05' });
  });
});

describe('complianceCounts and the cell look', () => {
  it('late and missing both count as not reported', () => {
    expect(complianceCounts(['on_time', 'late', 'missing', 'pending', 'late'])).toEqual({
      onTime: 1,
      late: 2,
      missing: 1,
      pending: 1,
      notReported: 3,
    });
  });
  it('every status has its own symbol and a text (never colour alone)', () => {
    const symbols = Object.values(COMPLIANCE_LOOK).map((l) => l.symbol);
    expect(new Set(symbols).size).toBe(4);
    expect(COMPLIANCE_LOOK.late.labelVi).toContain('coi như không báo cáo');
  });
});
