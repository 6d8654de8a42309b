import { describe, expect, it } from 'vitest';
import { parsePoints, whatIfChanges } from './results-what-if';

const leaves = [
  { code: '1.1.1', maxPoints: 1, points: 0.5 },
  { code: '2.1.1', maxPoints: 2.5, points: 0 },
  { code: '6.2', maxPoints: 3, points: 3 },
];

describe('parsePoints', () => {
  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 2 ', 2],
    [',5', 0.5],
    ['-1', -1],
    ['1,2,3', null],
    ['abc', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parsePoints(text)).toBe(expected);
  });
});

describe('whatIfChanges', () => {
  it('sends only the leaves whose typed points differ from the counted ones, in the leaves’ order', () => {
    expect(whatIfChanges({ '6.2': '3', '2.1.1': '2,5', '1.1.1': '' }, leaves)).toEqual({
      changes: [{ leafCode: '2.1.1', points: 2.5 }],
      problems: new Map(),
    });
  });

  it('bounds each leaf by 0 and its maximum', () => {
    const { changes, problems } = whatIfChanges({ '1.1.1': '1,5', '2.1.1': '-0,5', '6.2': 'hai' }, leaves);
    expect(changes).toEqual([]);
    expect(problems).toEqual(
      new Map([
        ['1.1.1', 'ABOVE_MAX'],
        ['2.1.1', 'BELOW_ZERO'],
        ['6.2', 'NOT_A_NUMBER'],
      ]),
    );
  });

  it('accepts the maximum and zero exactly', () => {
    expect(whatIfChanges({ '1.1.1': '1', '6.2': '0' }, leaves).changes).toEqual([
      { leafCode: '1.1.1', points: 1 },
      { leafCode: '6.2', points: 0 },
    ]);
  });
});
