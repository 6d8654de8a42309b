import { describe, expect, it } from 'vitest';
import {
  emptyVisitForm,
  monthWeeks,
  shiftView,
  unitOrder,
  viewRange,
  visitFormProblems,
  visitInput,
  weekDays,
} from './inspection-visits';

describe('calendar grids', () => {
  it('weeks start on Monday and cover the month', () => {
    const weeks = monthWeeks('2021-07-15');
    expect(weeks[0]).toEqual([
      '2021-06-28',
      '2021-06-29',
      '2021-06-30',
      '2021-07-01',
      '2021-07-02',
      '2021-07-03',
      '2021-07-04',
    ]);
    expect(weeks.at(-1)?.[6]).toBe('2021-08-01');
    expect(weeks).toHaveLength(5);
    expect(weekDays('2021-07-15')[0]).toBe('2021-07-12');
  });

  it.each([
    ['month', '2021-12-10', 1, '2022-01-01'],
    ['month', '2021-01-31', -1, '2020-12-01'],
    ['week', '2021-07-15', 1, '2021-07-22'],
  ] as const)('%s %s %d → %s', (view, date, step, expected) => {
    expect(shiftView(view, date, step)).toBe(expected);
  });

  it('a week view shows Monday to Sunday', () => {
    expect(viewRange('week', '2021-07-18')).toEqual({ from: '2021-07-12', to: '2021-07-18' });
  });
});

describe('a unit officer reads coming visits first', () => {
  it('orders coming visits by day, then past ones latest first', () => {
    const v = (id: string, date: string, status: string) => ({ id, date, startTime: '08:00', status });
    const order = unitOrder(
      [
        v('old', '2021-06-01', 'CONCLUDED'),
        v('later', '2021-07-20', 'NOTIFIED'),
        v('soon', '2021-07-05', 'NOTIFIED'),
        v('x', '2021-06-20', 'CANCELLED'),
      ],
      '2021-07-01',
    );
    expect(order.map((o) => o.id)).toEqual(['soon', 'later', 'x', 'old']);
  });
});

describe('the scheduling form', () => {
  it('makes the input: one lead, an outside expert by name', () => {
    const values = {
      ...emptyVisitForm('2021-07-06', 'u1'),
      unitId: 'unit',
      lead: 1,
      team: [
        { userId: 'u1', name: '', organization: '' },
        { userId: '', name: 'Trần Thị Bích', organization: 'Sở Nội vụ' },
      ],
      scopeText: 'Cải cách TTHC',
    };
    expect(visitInput(values).team).toEqual([
      { userId: 'u1', name: null, organization: null, isLead: false },
      { userId: null, name: 'Trần Thị Bích', organization: 'Sở Nội vụ', isLead: true },
    ]);
    expect(visitFormProblems(values)).toEqual([]);
  });

  it('finds the unit, the end before the start and the scope missing', () => {
    const values = { ...emptyVisitForm('2021-07-06', 'u1'), endTime: '07:00' };
    expect(visitFormProblems(values).map((p) => `${p.field}:${p.code}`)).toEqual([
      'unitId:REQUIRED',
      'endTime:END_BEFORE_START',
      'scopeText:SCOPE_REQUIRED',
    ]);
  });
});
