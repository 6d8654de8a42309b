// The officer moves one line up or down (DRAFT or RETURNED only), naming the item's version. The
// neighbour takes its place; both get a new version. Audited.
import { TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { renumberItems, requireRegistrationAllowed } from "./registration-access.js";

const schema = z.object({
  id: z.string().max(TEXT_LIMITS.id),
  version: z.number().int().min(1),
  direction: z.enum(["UP", "DOWN"]),
});
export type MoveRegistrationItemInput = z.input<typeof schema>;

export async function moveRegistrationItem(
  ctx: OperationContext,
  raw: MoveRegistrationItemInput,
): Promise<{ itemId: string; registrationId: string }> {
  const input = validate(schema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const item = await tx.registrationItem.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        version: true,
        registrationId: true,
        registration: { select: { unitId: true, status: true, year: { select: { status: true } } } },
      },
    });
    if (!item) throw new NotFoundError("nội dung đăng ký");
    const viewer = requireRegistrationAllowed(ctx.viewer, "registration.edit", {
      unitId: item.registration.unitId,
      status: item.registration.status,
      yearStatus: item.registration.year.status,
    });
    if (item.version !== input.version) throw new ConflictError("RegistrationItem", item.id, item.version);
    await renumberItems(tx, item.registrationId);
    const items = await tx.registrationItem.findMany({
      where: { registrationId: item.registrationId },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    const at = items.findIndex((i) => i.id === item.id);
    const to = input.direction === "UP" ? at - 1 : at + 1;
    const neighbour = items[to];
    if (!neighbour) {
      throw new ValidationError([
        {
          field: "direction",
          code: input.direction === "UP" ? "ALREADY_FIRST" : "ALREADY_LAST",
          message: input.direction === "UP" ? "Nội dung đã ở đầu danh sách." : "Nội dung đã ở cuối danh sách.",
        },
      ]);
    }
    const moved = await tx.registrationItem.updateMany({
      where: { id: item.id, version: item.version },
      data: { position: to, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new ConflictError("RegistrationItem", item.id, item.version);
    await tx.registrationItem.update({
      where: { id: neighbour.id },
      data: { position: at, version: { increment: 1 } },
    });
    await tx.unitRegistration.update({ where: { id: item.registrationId }, data: { version: { increment: 1 } } });
    await writeAudit(tx, viewer.userId, {
      action: "registration_item.move",
      entity: "RegistrationItem",
      entityId: item.id,
      before: { position: at },
      after: { position: to },
    });
    return { itemId: item.id, registrationId: item.registrationId };
  });
}
