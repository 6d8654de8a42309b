import { describe, expect, it } from 'vitest';
import { compareVietnamese, sortByVietnamese } from './vietnamese-order';

describe('Vietnamese order', () => {
  it('sorts by the Vietnamese alphabet', () => {
    const names = ['Công an thị xã', 'Bưu điện thị xã', 'Chi cục thuế thị xã', 'Bảo hiểm xã hội thị xã', 'Đội', 'Dân'];
    expect(sortByVietnamese(names, (s) => s)).toEqual([
      'Bảo hiểm xã hội thị xã',
      'Bưu điện thị xã',
      'Chi cục thuế thị xã',
      'Công an thị xã',
      'Dân',
      'Đội',
    ]);
  });

  it.each([
    ['a', 'ă', -1],
    ['ă', 'â', -1],
    ['o', 'ơ', -1],
    ['u', 'ư', -1],
    ['Phường 2', 'Phường 10', -1],
  ])('%s before %s', (a, b, sign) => {
    expect(Math.sign(compareVietnamese(a, b))).toBe(sign);
  });
});
