import { writeAudit } from "../audit/write-audit.js";
import type { Tx } from "../context.js";

/** Ends a person's sessions (all, or all but one) and audits it when there were any. */
export async function endSessions(
  tx: Tx,
  actorId: string | null,
  userId: string,
  options: { except?: string | null } = {},
): Promise<number> {
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
