import { toVndBigInt } from './vnd-amount';

/**
 * "1.250.000 ₫": dots between thousands, a plain space, then the đồng sign.
 * (Intl's vi-VN output uses a no-break space; we use U+0020 so the text is predictable.)
 * Throws InvalidVndAmountError on negative or non-integer amounts.
 */
export function formatVnd(amount: number | bigint): string {
  const digits = toVndBigInt(amount).toString();
  return `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}
