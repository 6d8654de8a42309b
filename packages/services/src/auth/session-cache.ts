// Who a session is, kept briefly in this process so a request does not read the session and its
// person from the database every time (two statements on every request). An entry lives at most
// SESSION_CACHE_MS and never past the session's own expiry. Anything that ends a session or changes
// who its person is forgets it here at once: logging out (forgetSession), logging out everywhere, a
// password change or reset, deactivation and any change of roles or unit (forgetUserSessions, both
// inside the transaction and after it commits). A lookup that was already reading the database when
// something was forgotten does not store what it read (the epoch), so a stale row is never cached.
//
// With several API processes on one PostgreSQL, another process learns of such a change within
// SESSION_CACHE_MS (each process forgets only what it did itself): CCHC_SESSION_CACHE_MS sets it
// (milliseconds, default 5000; 0 turns the cache off).
import type { Viewer } from "@cchc/domain";

function cacheMs(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 5_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`CCHC_SESSION_CACHE_MS must be a whole number of milliseconds, got "${raw}"`);
  return value;
}

export const SESSION_CACHE_MS = cacheMs(process.env.CCHC_SESSION_CACHE_MS);
const MAX_ENTRIES = 20_000;

export interface CachedSession {
  sessionId: string;
  viewer: Viewer;
  expiresAt: Date;
}

interface Entry {
  session: CachedSession;
  /** Wall-clock ms after which the database is asked again. */
  freshUntil: number;
}

const entries = new Map<string, Entry>();
let epoch = 0;

/** The cached session `id` (sha256 of its token), if still fresh and not expired at `now`. */
export function cachedSession(id: string, now: Date): CachedSession | undefined {
  const entry = entries.get(id);
  if (!entry) return undefined;
  if (entry.freshUntil <= now.getTime() || entry.session.expiresAt <= now) {
    entries.delete(id);
    return undefined;
  }
  return entry.session;
}

/** The epoch to pass to `rememberSession` after reading the database. */
export function sessionCacheEpoch(): number {
  return epoch;
}

/** Keeps a session read from the database at `readEpoch`, unless something was forgotten since. */
export function rememberSession(session: CachedSession, now: Date, readEpoch: number): void {
  if (readEpoch !== epoch || SESSION_CACHE_MS === 0) return;
  if (entries.size >= MAX_ENTRIES) {
    // the oldest first (a Map keeps insertion order)
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(session.sessionId, { session, freshUntil: now.getTime() + SESSION_CACHE_MS });
}

/** Forgets one session (logging out). */
export function forgetSession(id: string): void {
  epoch++;
  entries.delete(id);
}

/** Forgets every session of a person (logging out everywhere, password, deactivation, roles, unit). */
export function forgetUserSessions(userId: string): void {
  epoch++;
  for (const [id, entry] of entries) if (entry.session.viewer.userId === userId) entries.delete(id);
}

/** Forgets everything (tests). */
export function clearSessionCache(): void {
  epoch++;
  entries.clear();
}
