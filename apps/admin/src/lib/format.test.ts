import { describe, expect, it } from 'vitest';
import { foldForSearch, formatDate, formatNumber, formatPoints, formatVnd, numberLocale, parseDateVi } from './format';

// Intl separates the amount and the currency sign with a no-break space
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatDate', () => {
  it.each([
    ['2021-03-31', '31/03/2021'],
    ['2021-01-01', '01/01/2021'],
    ['2021-12-31', '31/12/2021'],
    ['2021-02-20T00:00:00+07:00', '20/02/2021'], // the calendar date as written, no timezone shift
    ['2021-06-30T23:30:00Z', '30/06/2021'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    ['31/03/2021', ''],
    ['2021-13-01', ''],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('parseDateVi', () => {
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

  it('round-trips with formatDate', () => {
    expect(formatDate(parseDateVi('5/7/2021'))).toBe('05/07/2021');
    expect(parseDateVi(formatDate('2021-03-31'))).toBe('2021-03-31');
  });
});

describe('numbers', () => {
  it.each([
    [1.5, '1,5'],
    [0.25, '0,25'],
    [100, '100'],
    [97, '97'],
    [1250, '1.250'],
    [1 / 3, '0,33'],
  ])('formatPoints(%s) = %s in vi-VN', (value, expected) => {
    expect(formatPoints(value)).toBe(expected);
  });

  it.each([
    [1250000, '1.250.000 ₫'],
    [0, '0 ₫'],
    [35000000.4, '35.000.000 ₫'],
  ])('formatVnd(%s) = %s', (value, expected) => {
    expect(nbsp(formatVnd(value))).toBe(expected);
  });

  it('uses English separators when asked', () => {
    expect(formatNumber(1250.5, numberLocale('en'))).toBe('1,250.5');
    expect(numberLocale('vi')).toBe('vi-VN');
    expect(numberLocale(undefined)).toBe('vi-VN');
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Rà soát văn bản', 'ra soat van ban'],
    ['Đầu quý II/2021', 'dau quy ii/2021'],
    ['  Phòng   Tư pháp ', 'phong tu phap'],
    ['HĐND&UBND', 'hdnd&ubnd'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});
