import { describe, expect, it } from 'vitest';
import {
  decreeDateParts,
  minutesNumber,
  nextMinutesNumber,
  parseMinutesNumber,
  placeDateLine,
  recordVisitMinutesInputSchema,
} from './visit-minutes';

describe('the Decree 30 date line', () => {
  it.each([
    ['2021-10-05', 'Phước Long, ngày 05 tháng 10 năm 2021'],
    ['2022-01-05', 'Phước Long, ngày 05 tháng 01 năm 2022'],
    ['2021-02-28', 'Phước Long, ngày 28 tháng 02 năm 2021'],
    ['2021-03-09', 'Phước Long, ngày 09 tháng 3 năm 2021'],
    ['2021-09-10', 'Phước Long, ngày 10 tháng 9 năm 2021'],
    ['2021-12-31', 'Phước Long, ngày 31 tháng 12 năm 2021'],
    ['2021-11-01', 'Phước Long, ngày 01 tháng 11 năm 2021'],
  ])('%s → %s', (date, line) => {
    expect(placeDateLine('Phước Long', date)).toBe(line);
  });

  it('pads the month only for January and February', () => {
    const months = Array.from(
      { length: 12 },
      (_, i) => decreeDateParts(`2021-${String(i + 1).padStart(2, '0')}-15`).month,
    );
    expect(months).toEqual(['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });
});

describe('the minutes number', () => {
  it.each([
    [1, '01/BB-ĐKT'],
    [9, '09/BB-ĐKT'],
    [12, '12/BB-ĐKT'],
    [105, '105/BB-ĐKT'],
  ])('%i → %s', (n, text) => {
    expect(minutesNumber(n)).toBe(text);
    expect(parseMinutesNumber(text)).toBe(n);
  });

  it.each([
    [[], 1],
    [[null, '03/BB-ĐKT', '01/BB-ĐKT'], 4],
    [['05/BC-UBND', 'abc'], 1],
  ])('next after %j is %i', (existing, next) => {
    expect(nextMinutesNumber(existing)).toBe(next);
  });
});

describe('recordVisitMinutesInputSchema', () => {
  const input = { visitId: 'v', version: 1, number: 5, place: 'Trụ sở UBND phường', conclusions: 'Đạt yêu cầu' };
  it.each<[string, Record<string, unknown>, boolean]>([
    ['complete', {}, true],
    ['number 0', { number: 0 }, false],
    ['number 2.5', { number: 2.5 }, false],
    ['no conclusions', { conclusions: '   ' }, false],
    ['no place', { place: '' }, false],
    ['a summary', { summary: 'Làm việc với lãnh đạo đơn vị' }, true],
  ])('%s: %s', (_name, change, ok) => {
    expect(recordVisitMinutesInputSchema.safeParse({ ...input, ...change }).success).toBe(ok);
  });
});
