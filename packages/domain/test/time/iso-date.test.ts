import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDateVi,
  isIsoDate,
  isoDate,
  parseDateVi,
  lastDayOfMonth,
  parseIsoDate,
  startOfLocalDay,
  toLocalIsoDate,
} from '../../src/index';

describe('toLocalIsoDate (Asia/Ho_Chi_Minh, fixed +07:00)', () => {
  it.each([
    ['2021-05-24T16:30:00Z', '2021-05-24', '23:30 local on the 24th is still the 24th'],
    ['2021-05-24T16:59:59.999Z', '2021-05-24', 'last millisecond of the local day'],
    ['2021-05-24T17:00:00Z', '2021-05-25', 'local midnight'],
    ['2021-05-24T00:00:00Z', '2021-05-24', '07:00 local'],
    ['2020-12-31T17:00:00Z', '2021-01-01', 'new year arrives 7 hours earlier'],
    ['2024-02-28T17:00:00Z', '2024-02-29', 'leap day'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(toLocalIsoDate(new Date(instant))).toBe(expected);
  });
  it('rejects an invalid Date', () => {
    expect(() => toLocalIsoDate(new Date('nope'))).toThrow(/invalid Date/);
  });
  it('startOfLocalDay is 17:00 UTC the day before', () => {
    expect(startOfLocalDay('2021-02-20').toISOString()).toBe('2021-02-19T17:00:00.000Z');
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2021-02-20', '20/02/2021'],
    ['2022-01-05', '05/01/2022'],
    ['2021-12-31', '31/12/2021'],
  ])('formatDateVi(%s) = %s', (d, vi) => expect(formatDateVi(d)).toBe(vi));
  it.each([
    ['2021-02-20', -1, '2021-02-19'],
    ['2021-03-01', -1, '2021-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2021-12-31', 1, '2022-01-01'],
  ])('addDays(%s, %i) = %s', (d, n, r) => expect(addDays(d, n)).toBe(r));
  it.each([
    [2021, 2, '2021-02-28'],
    [2024, 2, '2024-02-29'],
    [2021, 4, '2021-04-30'],
    [2021, 12, '2021-12-31'],
  ])('lastDayOfMonth(%i, %i) = %s', (y, m, r) => expect(lastDayOfMonth(y, m)).toBe(r));
  it.each(['2021-02-30', '2021-13-01', '21-02-01', '2021-2-1', ''])('rejects %j', (d) => {
    expect(() => parseIsoDate(d)).toThrow(RangeError);
  });
  it('isoDate rejects impossible dates', () => expect(() => isoDate(2021, 2, 29)).toThrow(/Invalid day/));
});

describe('isIsoDate', () => {
  it.each([
    ['2021-03-31', true],
    ['2024-02-29', true],
    ['2021-02-29', false],
    ['2021-02-30', false],
    ['2021-13-01', false],
    ['31/03/2021', false],
    ['2021-3-31', false],
    ['2021-03-31T00:00:00Z', false],
    [20210331, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('parseDateVi (what a person types, dd/mm/yyyy)', () => {
  it.each([
    ['31/03/2021', '2021-03-31'],
    ['01/01/2021', '2021-01-01'],
    ['1/4/2021', '2021-04-01'],
    ['9/12/2021', '2021-12-09'],
    [' 15/06/2021 ', '2021-06-15'],
    ['29/02/2024', '2024-02-29'], // leap year
    ['29/02/2000', '2000-02-29'], // divisible by 400
    ['29/02/2021', null],
    ['29/02/1900', null], // divisible by 100, not by 400
    ['30/02/2021', null],
    ['31/04/2021', null],
    ['31/12/2021', '2021-12-31'],
    ['32/01/2021', null],
    ['00/01/2021', null],
    ['15/13/2021', null],
    ['15/0/2021', null],
    ['31/03/21', null],
    ['2021-03-31', null],
    ['31-03-2021', null],
    ['31/03/2021x', null],
    ['', null],
    ['   ', null],
    ['abc', null],
  ])('%j → %j', (input, expected) => {
    expect(parseDateVi(input)).toBe(expected);
  });

  it('round-trips with formatDateVi', () => {
    expect(formatDateVi(parseDateVi('5/7/2021')!)).toBe('05/07/2021');
    expect(parseDateVi(formatDateVi('2021-03-31'))).toBe('2021-03-31');
  });
});
