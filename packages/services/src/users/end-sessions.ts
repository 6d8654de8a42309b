import { writeAudit } from "../audit/write-audit.js";
import type { Tx } from "../context.js";
import { forgetUserSessions } from "../auth/session-cache.js";

/**
 * Ends a person's sessions (all, or all but one) and audits it when there were any. The sessions
 * cached in this process are forgotten here; callers forget them again once their transaction commits.
 */
export async function endSessions(
  tx: Tx,
  actorId: string | null,
  userId: string,
  options: { except?: string | null } = {},
): Promise<number> {
  forgetUserSessions(userId);
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(options.except ? { id: { not: options.except } } : {}) },
  });
  if (count > 0) {
    await writeAudit(tx, actorId, {
      action: "auth.logout_everywhere",
      entity: "User",
      entityId: userId,
      after: { sessionsEnded: count },
    });
  }
  return count;
}
