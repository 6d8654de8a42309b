// The login throttle's state in the database (table LoginThrottle), read and written under a
// transaction-scoped advisory lock per key, so concurrent failures from several requests or API
// processes all count. The rule itself is the domain's (throttleCheck / throttleAfterFailure).
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  throttleAfterFailure,
  throttleCheck,
  type ThrottleDecision,
  type ThrottlePolicy,
} from "@cchc/domain";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@cchc/db";
import type { Tx } from "../context.js";

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

/**
 * An account's key: a digest of the email as typed (normalised), so the key has a fixed length and
 * no text an attacker chose, and an unknown email is throttled like a known one.
 */
export function accountThrottleKey(email: string): string {
  return `account:${createHash("sha256").update(email).digest("hex")}`;
}

/** The keys a sign-in attempt counts against: the account (by email) and the client's address. */
export function loginThrottleKeys(email: string, address: string | null): ThrottleKey[] {
  return [
    { key: accountThrottleKey(email), policy: ACCOUNT_THROTTLE },
    ...(address ? [{ key: `address:${address}`, policy: ADDRESS_THROTTLE }] : []),
  ];
}

/** The first refusal among the keys, or allowed. */
export async function checkLoginThrottle(
  prisma: PrismaClient,
  keys: ThrottleKey[],
  now: Date,
): Promise<ThrottleDecision> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  for (const { key, policy } of keys) {
    const decision = throttleCheck(rows.find((r) => r.key === key) ?? null, policy, now);
    if (!decision.allowed) return decision;
  }
  return { allowed: true };
}

/** Counts one failure against every key. */
export async function recordLoginFailure(tx: Tx, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { key, policy } of keys) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const current = await tx.loginThrottle.findUnique({ where: { key } });
    const next = throttleAfterFailure(current, policy, now);
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  }
}

/** A successful sign-in clears its account's failures (never the address's: one good account must not unlock an address). */
export async function clearAccountThrottle(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: accountThrottleKey(email) } });
}
