import type { PrismaClient } from "@cchc/db";
import { writeAudit } from "../audit/write-audit.js";
import { forgetSession } from "./session-cache.js";

/** Ends one session server-side and audits it; ending no session is not an error. */
export async function logOut(
  prisma: PrismaClient,
  session: { sessionId: string; userId: string } | null,
): Promise<void> {
  if (!session) return;
  forgetSession(session.sessionId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: session.sessionId } });
    if (count > 0)
      await writeAudit(tx, session.userId, { action: "auth.logout", entity: "User", entityId: session.userId });
  });
  forgetSession(session.sessionId);
}
