import type { Viewer } from "@cchc/domain";
import type { PrismaClient } from "@cchc/db";
import type { FileStorage, OperationContext } from "@cchc/services";

/**
 * What every resolver receives. `now` is the business clock (deadlines, overdue), injectable so tests
 * can pin a day; sessions always use the wall clock.
 */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer | null;
  /** The current session id (sha256 of the cookie token), if any. */
  sessionId: string | null;
  /** The client's address (behind a proxy: as `trust proxy` allows), for the login throttle. */
  clientAddress: string | null;
  /** Production: the public demo password is refused (sign-in and new passwords). */
  refuseDemoPassword: boolean;
  now: () => Date;
  /** Where evidence files' bytes live (the issued minutes of a visit are stored through it). */
  storage: FileStorage;
  /** Sets or clears the session cookie on the HTTP response. */
  setSessionCookie: (token: string | null, expires?: Date) => void;
}

/** What a business operation of @cchc/services is given by a resolver. */
export function operation(ctx: Context): OperationContext {
  return { prisma: ctx.prisma, viewer: ctx.viewer, now: ctx.now() };
}
