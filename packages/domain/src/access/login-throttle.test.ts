import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_THROTTLE,
  throttleAfterFailure,
  throttleCheck,
  throttleDelayMs,
  type ThrottlePolicy,
  type ThrottleState,
} from './login-throttle';

const P: ThrottlePolicy = {
  freeFailures: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  lockAfter: 6,
  lockMs: 60_000,
  forgetAfterMs: 600_000,
};
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number, everyMs = 0): ThrottleState | null {
  let s: ThrottleState | null = null;
  for (let i = 0; i < n; i++) s = throttleAfterFailure(s, P, at(i * everyMs));
  return s;
}

describe('login throttle', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 1000],
    [4, 2000],
    [5, 4000],
    [6, 8000],
    [9, 8000],
  ])('after %i failures the next try waits %i ms', (failures, delay) => {
    expect(throttleDelayMs(failures, P)).toBe(delay);
  });

  it('lets the free tries through at once', () => {
    expect(throttleCheck(failTimes(2), P, at(0))).toEqual({ allowed: true });
  });

  it('makes the next try wait, then lets it through', () => {
    const s = failTimes(3);
    expect(throttleCheck(s, P, at(500))).toEqual({ allowed: false, locked: false, retryAfterMs: 500 });
    expect(throttleCheck(s, P, at(1000))).toEqual({ allowed: true });
  });

  it('locks the key at the lock threshold for the lock time', () => {
    const s = failTimes(6, 10_000);
    expect(s?.lockedUntil).toEqual(at(50_000 + 60_000));
    expect(throttleCheck(s, P, at(60_000))).toEqual({ allowed: false, locked: true, retryAfterMs: 50_000 });
    expect(throttleCheck(s, P, at(110_000 + 8000))).toEqual({ allowed: true });
  });

  it('forgets a quiet key, but never during a lock', () => {
    const s = failTimes(4);
    expect(throttleCheck(s, P, at(600_001))).toEqual({ allowed: true });
    expect(throttleAfterFailure(s, P, at(600_001)).failures).toBe(1);
    const long: ThrottlePolicy = { ...P, lockMs: 10_000_000 };
    let locked: ThrottleState | null = null;
    for (let i = 0; i < 6; i++) locked = throttleAfterFailure(locked, long, at(0));
    expect(throttleCheck(locked, long, at(700_000))).toMatchObject({ allowed: false, locked: true });
  });

  it('the account policy locks after ten failures for fifteen minutes', () => {
    let s: ThrottleState | null = null;
    for (let i = 0; i < 10; i++) s = throttleAfterFailure(s, ACCOUNT_THROTTLE, at(i * 60_000));
    expect(throttleCheck(s, ACCOUNT_THROTTLE, at(9 * 60_000 + 14 * 60_000))).toMatchObject({
      allowed: false,
      locked: true,
    });
    expect(throttleCheck(s, ACCOUNT_THROTTLE, at(9 * 60_000 + 15 * 60_000 + 30_000))).toEqual({ allowed: true });
  });
});
