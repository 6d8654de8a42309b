import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnd, InvalidVndAmountError, vndFromWords, vndToWords } from '../../src/index';

describe('formatVnd', () => {
  it.each<[number | bigint, string]>([
    [0, '0 ₫'],
    [5, '5 ₫'],
    [999, '999 ₫'],
    [1000, '1.000 ₫'],
    [1_250_000, '1.250.000 ₫'],
    [1_000_000_000, '1.000.000.000 ₫'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 ₫'],
    [12_345_678_901_234_567_890n, '12.345.678.901.234.567.890 ₫'],
  ])('%s → %s', (n, s) => expect(formatVnd(n)).toBe(s));
});

describe('vndToWords', () => {
  it.each<[number | bigint, string]>([
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [121, 'Một trăm hai mươi mốt đồng'],
    [1000, 'Một nghìn đồng'],
    [1005, 'Một nghìn không trăm linh năm đồng'],
    [1050, 'Một nghìn không trăm năm mươi đồng'],
    [10_000, 'Mười nghìn đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [1_250_000, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [2_500_000, 'Hai triệu năm trăm nghìn đồng'],
    [35_000_000, 'Ba mươi lăm triệu đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_005_000_000, 'Một tỷ không trăm linh năm triệu đồng'],
    [1_000_050_000, 'Một tỷ không trăm năm mươi nghìn đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [2_300_000_000_000, 'Hai nghìn ba trăm tỷ đồng'],
    [1_000_000_000_000_000n, 'Một triệu tỷ đồng'],
    [1_000_000_000_000_000_000n, 'Một tỷ tỷ đồng'],
    [
      Number.MAX_SAFE_INTEGER,
      'Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng',
    ],
  ])('%s → %s', (n, words) => expect(vndToWords(n)).toBe(words));

  it.each<[number, Parameters<typeof vndToWords>[1], string]>([
    [105, { zeroTens: 'lẻ' }, 'Một trăm lẻ năm đồng'],
    [25, { five: 'nhăm' }, 'Hai mươi nhăm đồng'],
    [15, { five: 'nhăm' }, 'Mười lăm đồng'],
    [24, { four: 'bốn' }, 'Hai mươi bốn đồng'],
    [1000, { thousand: 'ngàn' }, 'Một ngàn đồng'],
    [1_250_000, { currency: false }, 'Một triệu hai trăm năm mươi nghìn'],
  ])('%s with %j → %s', (n, o, words) => expect(vndToWords(n, o)).toBe(words));
});

describe('invalid amounts', () => {
  it.each<[unknown, RegExp]>([
    [-1, /negative/],
    [-1n, /negative/],
    [1.5, /whole number/],
    [Number.NaN, /not a number/],
    [Number.POSITIVE_INFINITY, /finite/],
    [2 ** 60, /MAX_SAFE_INTEGER/],
    ['1000', /not a number/],
  ])('%s is rejected', (amount, message) => {
    expect(() => vndToWords(amount as number)).toThrow(InvalidVndAmountError);
    expect(() => vndToWords(amount as number)).toThrow(message);
    expect(() => formatVnd(amount as number)).toThrow(InvalidVndAmountError);
  });
});

describe('vndFromWords', () => {
  it.each<[string, bigint]>([
    ['Không đồng', 0n],
    ['Một triệu hai trăm năm mươi nghìn đồng', 1_250_000n],
    ['hai mươi nhăm', 25n],
    ['một trăm lẻ năm ngàn', 105_000n],
    ['Một nghìn tỷ đồng', 1_000_000_000_000n],
    ['hai mươi bốn', 24n],
  ])('%j → %s', (w, n) => expect(vndFromWords(w)).toBe(n));
  it.each(['', 'đồng', 'một trăm foo'])('%j throws', (w) => expect(() => vndFromWords(w)).toThrow(SyntaxError));
});

describe('properties', () => {
  it('words round-trip through the parser (0 … 10^24)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 24n }), (n) => vndFromWords(vndToWords(n)) === n),
      { numRuns: 2000 },
    );
  });
  it('round-trips with every spelling variant', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.record({
          zeroTens: fc.constantFrom('linh' as const, 'lẻ' as const),
          five: fc.constantFrom('lăm' as const, 'nhăm' as const),
          four: fc.constantFrom('tư' as const, 'bốn' as const),
          thousand: fc.constantFrom('nghìn' as const, 'ngàn' as const),
        }),
        (n, o) => vndFromWords(vndToWords(n, o)) === n,
      ),
    );
  });
  it('number and bigint give the same text; formatVnd strips back to the digits', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(vndToWords(n)).toBe(vndToWords(BigInt(n)));
        expect(formatVnd(n).replace(/\./g, '').replace(' ₫', '')).toBe(String(n));
      }),
    );
  });
});
