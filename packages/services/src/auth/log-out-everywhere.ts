import type { OperationContext } from "../context.js";
import { ForbiddenError } from "../errors.js";
import { endSessions } from "../users/end-sessions.js";
import { forgetUserSessions } from "./session-cache.js";

/** Ends every session of the signed-in person, this one included. */
export async function logOutEverywhere(ctx: OperationContext): Promise<{ sessionsEnded: number }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new ForbiddenError("NOT_SIGNED_IN");
  const sessionsEnded = await ctx.prisma.$transaction((tx) => endSessions(tx, viewer.userId, viewer.userId));
  forgetUserSessions(viewer.userId); // again once committed (endSessions forgot them inside the transaction)
  return { sessionsEnded };
}
