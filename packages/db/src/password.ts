// Password hashing with argon2id (@node-rs/argon2 ships prebuilt binaries in npm packages: no install
// script). argon2 runs on libuv's thread pool; a flood of sign-ins would fill that pool (and every
// file and DNS task waits behind it), so hashing runs in a bounded number of slots and the rest queue.
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";

const SLOTS = Math.max(1, Math.min(4, availableParallelism() - 1));
let busy = 0;
const waiting: Array<() => void> = [];

/** Runs `work` when a hashing slot is free; at most SLOTS run at once, the others wait in order. */
export async function inHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busy >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else busy++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  }
}

/** How many hashing tasks wait for a slot (for tests and metrics). */
export function hashingQueueLength(): number {
  return waiting.length;
}

/** Hashes a password without queuing: only inside `inHashingSlot`. */
export function hashPasswordInSlot(password: string): Promise<string> {
  return hash(password);
}

/** Hashes a password (queued for a slot). */
export function hashPassword(password: string): Promise<string> {
  return inHashingSlot(() => hash(password));
}

/** Checks a password against a hash without queuing: only inside `inHashingSlot`. */
export async function verifyPasswordInSlot(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Checks a password against a hash (queued for a slot). */
export function verifyPassword(hashed: string, password: string): Promise<boolean> {
  return inHashingSlot(() => verifyPasswordInSlot(hashed, password));
}
