import { describe, expect, it } from 'vitest';
import { foldForSearch, formatDate, formatNumber, formatPoints, numberLocale, parseDateVi } from './format';

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

// The dd/mm/yyyy parser is the domain's (packages/domain/test/time/iso-date.test.ts has its table).
describe('parseDateVi', () => {
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
