/** Thrown when an amount is not a non-negative integer number of đồng. */
export class InvalidVndAmountError extends RangeError {
  override readonly name = 'InvalidVndAmountError';
  constructor(
    readonly amount: unknown,
    reason: string,
  ) {
    super(`Invalid VND amount ${String(amount)}: ${reason}`);
  }
}

/**
 * Validates a VND amount (whole đồng, no fractions) and returns it as a bigint.
 * Accepts a safe-integer `number` or a `bigint`; rejects negatives, fractions, NaN/Infinity
 * and unsafe integers (beyond 2^53 − 1, where a `number` no longer holds exact đồng).
 */
export function toVndBigInt(amount: number | bigint): bigint {
  if (typeof amount === 'bigint') {
    if (amount < 0n) throw new InvalidVndAmountError(amount, 'must not be negative');
    return amount;
  }
  if (typeof amount !== 'number' || Number.isNaN(amount)) throw new InvalidVndAmountError(amount, 'not a number');
  if (!Number.isFinite(amount)) throw new InvalidVndAmountError(amount, 'must be finite');
  if (!Number.isInteger(amount)) throw new InvalidVndAmountError(amount, 'must be a whole number of đồng');
  if (!Number.isSafeInteger(amount))
    throw new InvalidVndAmountError(amount, 'exceeds Number.MAX_SAFE_INTEGER; pass a bigint');
  if (amount < 0) throw new InvalidVndAmountError(amount, 'must not be negative');
  return BigInt(amount);
}
