import { describe, expect, it } from 'vitest';
import { validateTimingOverride } from './timing-override';

describe('validateTimingOverride', () => {
  it.each([
    ['a window in the year', { start: '2021-04-01', end: '2021-06-30', due: '2021-06-30' }, []],
    ['no due date (ongoing)', { start: '2021-01-01', end: '2021-12-31', due: null }, []],
    ['due in January of the next year', { start: '2021-10-01', end: '2021-12-31', due: '2022-01-15' }, []],
    ['end before start', { start: '2021-06-30', end: '2021-04-01', due: null }, [['end', 'END_BEFORE_START']]],
    ['due before start', { start: '2021-06-01', end: '2021-06-30', due: '2021-05-31' }, [['due', 'DUE_BEFORE_START']]],
    ['30 February', { start: '2021-02-30', end: '2021-03-31', due: null }, [['start', 'INVALID_DATE']]],
    [
      'not a date',
      { start: '01/04/2021', end: '2021-06-30', due: 'x' },
      [
        ['start', 'INVALID_DATE'],
        ['due', 'INVALID_DATE'],
      ],
    ],
    [
      'another year',
      { start: '2020-12-01', end: '2022-05-01', due: null },
      [
        ['start', 'OUTSIDE_YEAR'],
        ['end', 'OUTSIDE_YEAR'],
      ],
    ],
  ] as const)('%s', (_name, override, expected) => {
    const problems = validateTimingOverride({ ...override }, 2021);
    expect(problems.map((p) => [p.field, p.code])).toEqual(expected);
    for (const p of problems) expect(p.messageVi.length).toBeGreaterThan(5);
  });
});
