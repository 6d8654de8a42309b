// The registration's moves through Home Affairs, shared by submit/accept/return: the domain decides
// the new status (registrationMove), the version named must be the current one, one event is added
// to the history (RegistrationEvent) and one audit entry written, in one transaction.
import { type RegistrationMove, registrationMove } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import {
  REGISTRATION_SELECT,
  RegistrationStatusError,
  registrationState,
  requireRegistrationAllowed,
} from "./registration-access.js";

const ACTION = { submit: "registration.submit", accept: "registration.review", return: "registration.review" } as const;
const EVENT = { submit: "SUBMITTED", accept: "ACCEPTED", return: "RETURNED" } as const;

export async function moveRegistration(
  ctx: OperationContext,
  move: RegistrationMove,
  input: {
    id: string;
    version: number;
    comment: string | null;
    extra?: { preparerName?: string | null; headName?: string | null };
  },
): Promise<{ registrationId: string }> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.unitRegistration.findUnique({
      where: { id: input.id },
      select: { ...REGISTRATION_SELECT, year: { select: { status: true } } },
    });
    if (!before) throw new NotFoundError("bản đăng ký");
    const viewer = requireRegistrationAllowed(ctx.viewer, ACTION[move], {
      unitId: before.unitId,
      status: before.status,
      yearStatus: before.year.status,
    });
    if (before.version !== input.version) throw new ConflictError("UnitRegistration", before.id, before.version);
    const next = registrationMove(before.status, move, { itemCount: before._count.items, comment: input.comment });
    if ("problems" in next) {
      if (next.problems.some((p) => p.code === "WRONG_STATUS")) throw new RegistrationStatusError(before.status);
      throw new ValidationError(next.problems);
    }
    const written = await tx.unitRegistration.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        status: next.status,
        version: { increment: 1 },
        ...(move === "submit" ? { submittedAt: ctx.now } : {}),
        ...(input.extra?.preparerName !== undefined ? { preparerName: input.extra.preparerName } : {}),
        ...(input.extra?.headName !== undefined ? { headName: input.extra.headName } : {}),
      },
    });
    if (written.count === 0) throw new ConflictError("UnitRegistration", before.id, before.version);
    await tx.registrationEvent.create({
      data: {
        registrationId: before.id,
        action: EVENT[move],
        comment: input.comment,
        actorId: viewer.userId,
        at: ctx.now,
      },
    });
    const after = await tx.unitRegistration.findUniqueOrThrow({
      where: { id: before.id },
      select: REGISTRATION_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: `registration.${move}`,
      entity: "UnitRegistration",
      entityId: before.id,
      before: registrationState(before),
      after: registrationState(after),
      reason: input.comment,
    });
    return { registrationId: before.id };
  });
}
