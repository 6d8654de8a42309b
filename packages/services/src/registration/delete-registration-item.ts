// The officer removes one line of the registration (DRAFT or RETURNED only), naming the version it
// saw. The remaining items are renumbered and the total recomputed. Audited with what was removed.
import { TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { validate } from "../validate.js";
import {
  ITEM_SELECT,
  itemSnapshot,
  recomputeRegistration,
  renumberItems,
  requireRegistrationAllowed,
} from "./registration-access.js";

const schema = z.object({ id: z.string().max(TEXT_LIMITS.id), version: z.number().int().min(1) });
export type DeleteRegistrationItemInput = z.input<typeof schema>;

export async function deleteRegistrationItem(
  ctx: OperationContext,
  raw: DeleteRegistrationItemInput,
): Promise<{ itemId: string; registrationId: string }> {
  const input = validate(schema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.registrationItem.findUnique({
      where: { id: input.id },
      select: {
        ...ITEM_SELECT,
        registration: { select: { unitId: true, status: true, year: { select: { status: true } } } },
      },
    });
    if (!existing) throw new NotFoundError("nội dung đăng ký");
    const viewer = requireRegistrationAllowed(ctx.viewer, "registration.edit", {
      unitId: existing.registration.unitId,
      status: existing.registration.status,
      yearStatus: existing.registration.year.status,
    });
    if (existing.version !== input.version) throw new ConflictError("RegistrationItem", existing.id, existing.version);
    const removed = await tx.registrationItem.deleteMany({ where: { id: existing.id, version: existing.version } });
    if (removed.count === 0) throw new ConflictError("RegistrationItem", existing.id, existing.version);
    await renumberItems(tx, existing.registrationId);
    await recomputeRegistration(tx, existing.registrationId);
    await writeAudit(tx, viewer.userId, {
      action: "registration_item.delete",
      entity: "RegistrationItem",
      entityId: existing.id,
      before: itemSnapshot(existing),
    });
    return { itemId: existing.id, registrationId: existing.registrationId };
  });
}
