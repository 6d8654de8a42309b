import type { Viewer } from "@cchc/domain";
import type { PrismaClient } from "@cchc/db";

/**
 * What every resolver receives. `now` is the business clock (deadlines, overdue), injectable so tests
 * can pin a day; sessions always use the wall clock.
 */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer | null;
  /** The current session id (sha256 of the cookie token), if any. */
  sessionId: string | null;
  now: () => Date;
  /** Sets or clears the session cookie on the HTTP response. */
  setSessionCookie: (token: string | null, expires?: Date) => void;
}
