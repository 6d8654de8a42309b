// The administrator creates a person's account: email, name, roles, unit, a first password.
import { hashPassword } from "@cchc/db";
import { createUserInputSchema, type CreateUserInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { requireAllowed } from "./require-viewer.js";
import { refuseDemoPassword, type PasswordPolicy } from "./password-policy.js";
import { USER_SNAPSHOT } from "./user-snapshot.js";

export async function createUser(
  ctx: OperationContext,
  raw: CreateUserInput,
  policy: PasswordPolicy,
): Promise<{ userId: string }> {
  const viewer = requireAllowed(ctx.viewer, "user.manage", { type: "User", userId: "" });
  const input = validate(createUserInputSchema, raw);
  refuseDemoPassword(input.password, "password", policy);
  const passwordHash = await hashPassword(input.password);
  return ctx.prisma.$transaction(async (tx) => {
    const problems = [];
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      problems.push({ field: "email", code: "EMAIL_TAKEN", message: "Email này đã có tài khoản." });
    }
    if (input.unitId && !(await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }))) {
      problems.push({ field: "unitId", code: "NOT_FOUND", message: "Không tìm thấy đơn vị." });
    }
    if (problems.length) throw new ValidationError(problems);
    const user = await tx.user.create({
      data: {
        email: input.email,
        fullName: input.fullName,
        roles: input.roles,
        unitId: input.unitId ?? null,
        passwordHash,
      },
      select: { id: true, ...USER_SNAPSHOT },
    });
    const { id, ...after } = user;
    await writeAudit(tx, viewer.userId, { action: "user.create", entity: "User", entityId: id, after });
    return { userId: id };
  });
}
