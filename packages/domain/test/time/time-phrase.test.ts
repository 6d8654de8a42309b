import { describe, expect, it } from 'vitest';
import { nextOccurrence, parseTimePhrase, type TimePhraseResult } from '../../src/index';

type Window = { kind: 'window'; start: string; end: string; due: string };

describe('parseTimePhrase: windows', () => {
  it.each<[string, Omit<Window, 'kind'>]>([
    ['Quý I/2021', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }],
    ['Qúy I/2021', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }],
    ['QÚY I/2021', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }],
    ['quý  i / 2021', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }],
    ['Quý 1/2021', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }],
    ['Quý II/2021', { start: '2021-04-01', end: '2021-06-30', due: '2021-06-30' }],
    ['Quý 3', { start: '2021-07-01', end: '2021-09-30', due: '2021-09-30' }],
    ['Quý IV năm 2021', { start: '2021-10-01', end: '2021-12-31', due: '2021-12-31' }],
    ['Quý I', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }],
    ['Đầu quý II/2021', { start: '2021-04-01', end: '2021-04-30', due: '2021-04-30' }],
    ['Đầu quý \n\nIII/2021 ', { start: '2021-07-01', end: '2021-07-31', due: '2021-07-31' }],
    ['đầu quý 3', { start: '2021-07-01', end: '2021-07-31', due: '2021-07-31' }],
    ['Cuối quý IV/2021', { start: '2021-12-01', end: '2021-12-31', due: '2021-12-31' }],
    ['Giữa quý I', { start: '2021-02-01', end: '2021-02-28', due: '2021-02-28' }],
    ['Trong năm 2021', { start: '2021-01-01', end: '2021-12-31', due: '2021-12-31' }],
    ['Trong năm', { start: '2021-01-01', end: '2021-12-31', due: '2021-12-31' }],
    ['Năm 2021', { start: '2021-01-01', end: '2021-12-31', due: '2021-12-31' }],
    ['NĂM 2021.', { start: '2021-01-01', end: '2021-12-31', due: '2021-12-31' }],
    ['năm', { start: '2021-01-01', end: '2021-12-31', due: '2021-12-31' }],
    ['6 tháng đầu năm', { start: '2021-01-01', end: '2021-06-30', due: '2021-06-30' }],
    ['6 tháng cuối năm 2021', { start: '2021-07-01', end: '2021-12-31', due: '2021-12-31' }],
    ['Tháng 3/2021', { start: '2021-03-01', end: '2021-03-31', due: '2021-03-31' }],
    ['trước ngày 20/02/2021', { start: '2021-01-01', end: '2021-02-19', due: '2021-02-19' }],
    ['chậm nhất ngày 20/02', { start: '2021-01-01', end: '2021-02-20', due: '2021-02-20' }],
  ])('%j', (phrase, expected) => {
    const r = parseTimePhrase(phrase, 2021);
    expect(r).toMatchObject({ kind: 'window', ...expected });
    if (r.kind === 'window') expect(r.occurrences).toEqual([expect.objectContaining(expected)]);
  });

  it('matches NFD input like NFC', () => {
    const nfd = 'Đầu quý II/2021'.normalize('NFD');
    expect(nfd).not.toBe('Đầu quý II/2021');
    expect(parseTimePhrase(nfd, 2021)).toEqual(parseTimePhrase('Đầu quý II/2021', 2021));
    expect(parseTimePhrase('Qúy I/2021'.normalize('NFD'), 2021)).toMatchObject({ kind: 'window', start: '2021-01-01' });
  });

  it('labels occurrences in Vietnamese', () => {
    const r = parseTimePhrase('Qúy I/2021', 2021);
    expect(r.kind === 'window' && r.occurrences[0]?.label).toBe('Quý I/2021');
  });
});

describe('parseTimePhrase: ongoing, triggered', () => {
  it.each(['Thường xuyên trong năm 2021', 'thường   xuyên\ntrong năm 2021', 'Thường xuyên', 'THƯỜNG XUYÊN TRONG NĂM'])(
    '%j is ongoing over the year',
    (p) => {
      expect(parseTimePhrase(p, 2021)).toEqual({
        kind: 'ongoing',
        start: '2021-01-01',
        end: '2021-12-31',
        due: null,
        occurrences: [],
      });
    },
  );
  it.each([
    ['Khi có thông báo của tỉnh', 'Khi có thông báo của tỉnh'],
    ['khi có\nthông báo  của tỉnh', 'khi có thông báo của tỉnh'],
    ['Khi có công văn của tỉnh', 'Khi có công văn của tỉnh'],
  ])('%j is triggered', (p, trigger) => {
    expect(parseTimePhrase(p, 2021)).toEqual({
      kind: 'triggered',
      start: '2021-01-01',
      end: '2021-12-31',
      due: null,
      occurrences: [],
      trigger,
    });
  });
});

describe('parseTimePhrase: recurring', () => {
  it.each(['6 tháng, cuối năm', '6 tháng, \n\ncuối năm', '6 tháng , cuối năm 2021', '6 THÁNG, CUỐI NĂM'])(
    '%j = 6-month + year',
    (p) => {
      const r = parseTimePhrase(p, 2021);
      expect(r).toEqual({
        kind: 'recurring',
        start: '2021-01-01',
        end: '2021-12-31',
        due: '2021-06-30',
        onDemand: false,
        occurrences: [
          { label: '6 tháng đầu năm 2021', start: '2021-01-01', end: '2021-06-30', due: '2021-06-30' },
          { label: 'Năm 2021', start: '2021-01-01', end: '2021-12-31', due: '2021-12-31' },
        ],
      });
    },
  );

  it.each([
    'Định kỳ quý, 6 tháng, năm hoặc đột xuất khi có yêu cầu',
    'Định kỳ \n\nquý, 6 \n\ntháng, năm \n\nhoặc đột \n\nxuất khi có \n\nyêu cầu',
  ])('%j = Q1, 6 tháng, Q3, năm + on demand', (p) => {
    const r = parseTimePhrase(p, 2021);
    expect(r.kind).toBe('recurring');
    if (r.kind !== 'recurring') return;
    expect(r.onDemand).toBe(true);
    expect(r.due).toBe('2021-03-31');
    expect(r.occurrences.map((o) => [o.label, o.start, o.end, o.due])).toEqual([
      ['Quý I/2021', '2021-01-01', '2021-03-31', '2021-03-31'],
      ['6 tháng đầu năm 2021', '2021-01-01', '2021-06-30', '2021-06-30'],
      ['Quý III/2021', '2021-07-01', '2021-09-30', '2021-09-30'],
      ['Năm 2021', '2021-01-01', '2021-12-31', '2021-12-31'],
    ]);
  });

  it('"Hàng quý" gives four quarters', () => {
    const r = parseTimePhrase('Hàng quý', 2021);
    expect(r.kind === 'recurring' && r.occurrences.map((o) => o.due)).toEqual([
      '2021-03-31',
      '2021-06-30',
      '2021-09-30',
      '2021-12-31',
    ]);
  });

  it.each([
    ['2021-01-15', '2021-03-31'],
    ['2021-03-31', '2021-03-31'],
    ['2021-04-01', '2021-06-30'],
    ['2021-10-01', '2021-12-31'],
  ])('nextOccurrence on %s is due %s', (today, due) => {
    const r = parseTimePhrase('Định kỳ quý, 6 tháng, năm hoặc đột xuất khi có yêu cầu', 2021);
    expect(nextOccurrence(r, today)?.due).toBe(due);
  });
  it('nextOccurrence after the last one is null', () => {
    expect(nextOccurrence(parseTimePhrase('6 tháng, cuối năm', 2021), '2022-01-01')).toBeNull();
  });
});

describe('parseTimePhrase: needs a person', () => {
  it.each([
    ['Quý I/2022', /2022/],
    ['Năm 2020', /2020/],
    ['Thường xuyên trong năm 2019', /2019/],
    ['6 tháng, cuối năm 2022', /2022/],
    ['Sớm nhất có thể', /unrecognised/],
    ['Quý V/2021', /unrecognised/],
    ['Đột xuất', /unrecognised/],
    ['', /empty/],
    ['   ', /empty/],
    ['Tháng 13/2021', /Tháng/],
  ])('%j', (phrase, reason) => {
    const r: TimePhraseResult = parseTimePhrase(phrase, 2021);
    expect(r.kind).toBe('needs_person');
    if (r.kind === 'needs_person') {
      expect(r.phrase).toBe(phrase);
      expect(r.reason).toMatch(reason);
    }
  });
  it('rejects a bad plan year', () => expect(() => parseTimePhrase('Quý I', 21)).toThrow(RangeError));
});

describe('every phrase of the seed plan parses', () => {
  it('plan-2021.json time phrases', async () => {
    const { readFileSync } = await import('node:fs');
    const plan = JSON.parse(
      readFileSync(new URL('../../../../prisma/seed-data/plan-2021.json', import.meta.url), 'utf8'),
    ) as {
      areas: Array<{ tasks: Array<{ time_as_written: string }> }>;
    };
    const kinds = plan.areas.flatMap((a) => a.tasks.map((t) => parseTimePhrase(t.time_as_written, 2021).kind));
    expect(kinds).toHaveLength(20);
    expect(kinds).not.toContain('needs_person');
  });
});
