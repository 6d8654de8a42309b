// The administrator changes a person's name, roles, unit or whether the account is active. A
// deactivated account's sessions end at once. Versioned: a stale version answers ConflictError.
import { updateUserInputSchema, userUnitProblem, type UpdateUserInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { forgetUserSessions } from "../auth/session-cache.js";
import { endSessions } from "./end-sessions.js";
import { requireAllowed } from "./require-viewer.js";
import { USER_SNAPSHOT } from "./user-snapshot.js";

export async function updateUser(ctx: OperationContext, raw: UpdateUserInput): Promise<{ userId: string }> {
  const input = validate(updateUserInputSchema, raw);
  const viewer = requireAllowed(ctx.viewer, "user.manage", { type: "User", userId: input.id });
  const result = await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: USER_SNAPSHOT });
    if (!before) throw new NotFoundError("người dùng");
    if (before.version !== input.version) throw new ConflictError("User", input.id, before.version);
    const roles = input.roles ?? before.roles;
    const unitId = input.unitId === undefined ? before.unitId : input.unitId;
    const problems = [];
    const unitProblem = userUnitProblem(roles, unitId);
    if (unitProblem) problems.push(unitProblem);
    if (
      unitId &&
      unitId !== before.unitId &&
      !(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))
    ) {
      problems.push({ field: "unitId", code: "NOT_FOUND", message: "Không tìm thấy đơn vị." });
    }
    if (input.id === viewer.userId && (input.active === false || (input.roles && !input.roles.includes("ADMIN")))) {
      problems.push({
        field: "id",
        code: "SELF_LOCKOUT",
        message: "Không thể tự khóa hoặc bỏ quyền quản trị của chính mình.",
      });
    }
    if (problems.length) throw new ValidationError(problems);
    const written = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        version: { increment: 1 },
        ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
        roles,
        unitId,
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
    });
    if (written.count === 0) throw new ConflictError("User", input.id, before.version);
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: USER_SNAPSHOT });
    await writeAudit(tx, viewer.userId, { action: "user.update", entity: "User", entityId: input.id, before, after });
    if (before.active && !after.active) await endSessions(tx, viewer.userId, input.id);
    return { userId: input.id };
  });
  // the person's cached sessions carry their roles and unit: read again on the next request
  forgetUserSessions(input.id);
  return result;
}
