// A person changes their own password: the current one is required; their other sessions end.
import { hashPassword, verifyPassword } from "@cchc/db";
import { changePasswordInputSchema, type ChangePasswordInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ForbiddenError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { forgetUserSessions } from "../auth/session-cache.js";
import { endSessions } from "./end-sessions.js";
import { refuseDemoPassword, type PasswordPolicy } from "./password-policy.js";

export async function changePassword(
  ctx: OperationContext & { sessionId: string | null },
  raw: ChangePasswordInput,
  policy: PasswordPolicy,
): Promise<{ userId: string }> {
  if (!ctx.viewer) throw new ForbiddenError("NOT_SIGNED_IN");
  const viewer = ctx.viewer;
  const input = validate(changePasswordInputSchema, raw);
  refuseDemoPassword(input.newPassword, "newPassword", policy);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError([
      { field: "currentPassword", code: "WRONG_PASSWORD", message: "Mật khẩu hiện tại không đúng." },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const result = await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash, version: { increment: 1 } } });
    await writeAudit(tx, viewer.userId, { action: "user.password_change", entity: "User", entityId: viewer.userId });
    await endSessions(tx, viewer.userId, viewer.userId, { except: ctx.sessionId });
    return { userId: viewer.userId };
  });
  forgetUserSessions(viewer.userId); // again once committed (endSessions forgot them inside the transaction)
  return result;
}
