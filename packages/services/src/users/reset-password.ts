// The administrator sets a new password for someone (who forgot theirs, or still has the demo one);
// their sessions end.
import { hashPassword } from "@cchc/db";
import { resetPasswordInputSchema, type ResetPasswordInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { accountThrottleKey } from "../auth/login-throttle-store.js";
import { validate } from "../validate.js";
import { forgetUserSessions } from "../auth/session-cache.js";
import { endSessions } from "./end-sessions.js";
import { refuseDemoPassword, type PasswordPolicy } from "./password-policy.js";
import { requireAllowed } from "./require-viewer.js";

export async function resetPassword(
  ctx: OperationContext,
  raw: ResetPasswordInput,
  policy: PasswordPolicy,
): Promise<{ userId: string }> {
  const input = validate(resetPasswordInputSchema, raw);
  const viewer = requireAllowed(ctx.viewer, "user.manage", { type: "User", userId: input.id });
  refuseDemoPassword(input.newPassword, "newPassword", policy);
  const passwordHash = await hashPassword(input.newPassword);
  const result = await ctx.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { email: true } });
    if (!user) throw new NotFoundError("người dùng");
    await tx.user.update({ where: { id: input.id }, data: { passwordHash, version: { increment: 1 } } });
    await writeAudit(tx, viewer.userId, { action: "user.password_reset", entity: "User", entityId: input.id });
    await endSessions(tx, viewer.userId, input.id);
    // A fresh password also lifts a lock on the account (never on an address).
    await tx.loginThrottle.deleteMany({ where: { key: accountThrottleKey(user.email) } });
    return { userId: input.id };
  });
  forgetUserSessions(input.id); // again once committed (endSessions forgot them inside the transaction)
  return result;
}
