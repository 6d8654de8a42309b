import { describe, expect, it } from 'vitest';
import {
  barWidth,
  bytesToBase64,
  formatRate,
  parseCount,
  sortUnits,
  surveyRoundFormSchema,
  surveyRoundInput,
} from './survey-format';

describe('survey formatting', () => {
  it.each([
    [78.95, 'vi-VN', '78,95%'],
    [78.95, 'en-GB', '78.95%'],
    [100, 'vi-VN', '100%'],
    [null, 'vi-VN', '—'],
  ] as const)('formatRate(%s, %s) → %s', (rate, locale, text) => {
    expect(formatRate(rate, locale)).toBe(text);
  });
  it.each([
    [null, 0],
    [-1, 0],
    [42.5, 42.5],
    [120, 100],
  ] as const)('barWidth(%s) → %s', (rate, width) => {
    expect(barWidth(rate)).toBe(width);
  });
  it('sorts units by Vietnamese name, or by rate with unanswered last', () => {
    const units = [
      { unitName: 'UBND phường Thác Mơ', rate: 90 },
      { unitName: 'Phòng Tư pháp', rate: null },
      { unitName: 'Phòng Giáo dục', rate: 70 },
      { unitName: 'Ủy ban xã Long Giang', rate: 90 },
    ];
    expect(sortUnits(units, 'name').map((u) => u.unitName)).toEqual([
      'Phòng Giáo dục',
      'Phòng Tư pháp',
      'UBND phường Thác Mơ',
      'Ủy ban xã Long Giang',
    ]);
    expect(sortUnits(units, 'rate').map((u) => u.rate)).toEqual([90, 90, 70, null]);
  });
  it.each([
    ['', 0],
    [' 12 ', 12],
    ['-1', null],
    ['1.5', null],
    ['abc', null],
  ] as const)('parseCount(%j) → %s', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });
  it('encodes bytes as base64 in chunks', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('the round form', () => {
  const base = {
    kind: 'CITIZEN',
    periodCode: 'H1',
    title: 'Đợt 1',
    targetPercent: '',
    startsOn: '',
    endsOn: '',
  } as const;
  it('turns dd/mm/yyyy into ISO dates and an empty target into the default', () => {
    const v = { ...base, startsOn: '01/06/2021', endsOn: '20/06/2021' };
    expect(surveyRoundFormSchema.safeParse(v).success).toBe(true);
    expect(surveyRoundInput('y', v)).toEqual({
      yearId: 'y',
      kind: 'CITIZEN',
      periodCode: 'H1',
      title: 'Đợt 1',
      targetPercent: null,
      startsOn: '2021-06-01',
      endsOn: '2021-06-20',
    });
  });
  it.each([
    [{ title: ' ' }, 'title', 'REQUIRED'],
    [{ targetPercent: '101' }, 'targetPercent', 'INVALID_TARGET'],
    [{ startsOn: '31/02/2021' }, 'startsOn', 'INVALID_DATE'],
    [{ startsOn: '20/06/2021', endsOn: '01/06/2021' }, 'endsOn', 'END_BEFORE_START'],
  ] as const)('refuses %j', (change, field, code) => {
    const r = surveyRoundFormSchema.safeParse({ ...base, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[field, code]]);
  });
});
