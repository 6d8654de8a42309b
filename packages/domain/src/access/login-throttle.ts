// Throttling wrong passwords, per account and per address: a few free tries, then a growing delay
// between tries, then a temporary lock; forgotten after an hour without failures. Pure: the state is
// stored by the caller (in the database, so every API process shares it), `now` is passed in.

export interface ThrottlePolicy {
  /** Failures allowed with no delay. */
  freeFailures: number;
  /** Delay after the first failure beyond the free ones; doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures that lock the key… */
  lockAfter: number;
  /** …for this long. */
  lockMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;

/** One account: 3 free tries, then 1 s, 2 s, 4 s … 30 s between tries; the 10th failure locks it for 15 minutes. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  lockAfter: 10,
  lockMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

/** One address (an office behind one NAT has many people): 20 free, then growing delays; 100 lock it for 15 minutes. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  lockAfter: 100,
  lockMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; locked: boolean; retryAfterMs: number };

function live(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleState | null {
  if (!state) return null;
  const quiet = now.getTime() - state.lastFailureAt.getTime() > policy.forgetAfterMs;
  const locked = state.lockedUntil !== null && state.lockedUntil > now;
  return quiet && !locked ? null : state;
}

/** The wait before the next try after `failures` failures (0 while free). */
export function throttleDelayMs(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.baseDelayMs * 2 ** (failures - policy.freeFailures), policy.maxDelayMs);
}

/** May a sign-in be tried now? */
export function throttleCheck(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleDecision {
  const s = live(state, policy, now);
  if (!s) return { allowed: true };
  if (s.lockedUntil && s.lockedUntil > now) {
    return { allowed: false, locked: true, retryAfterMs: s.lockedUntil.getTime() - now.getTime() };
  }
  const readyAt = s.lastFailureAt.getTime() + throttleDelayMs(s.failures, policy);
  return readyAt > now.getTime()
    ? { allowed: false, locked: false, retryAfterMs: readyAt - now.getTime() }
    : { allowed: true };
}

/** The state after one more failure. */
export function throttleAfterFailure(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleState {
  const s = live(state, policy, now);
  const failures = (s?.failures ?? 0) + 1;
  const stillLocked = s?.lockedUntil && s.lockedUntil > now ? s.lockedUntil : null;
  const lockedUntil = failures >= policy.lockAfter ? new Date(now.getTime() + policy.lockMs) : stillLocked;
  return { failures, lastFailureAt: now, lockedUntil };
}
