import { describe, expect, it } from 'vitest';
import { pickYear } from './year-context';

describe('pickYear', () => {
  it.each([
    [null, [2021, 2022], 2022],
    ['2021', [2021, 2022], 2021],
    ['2019', [2021, 2022], 2022],
    ['abc', [2021], 2021],
    [null, [], null],
  ] as const)('%s in %j → %s', (param, years, expected) => {
    expect(pickYear(param, years)).toBe(expected);
  });
});
