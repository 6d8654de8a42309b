// A unit's officer adds or changes one line of the registration form (content, result product,
// dates, lead unit and coordinating units from the year's units, budget in đồng, note), only while
// the registration is DRAFT or RETURNED. The first item creates the registration (DRAFT). Each change
// is versioned (the item's version), recomputes the total and bumps the registration's version.
import {
  MAX_REGISTRATION_ITEMS,
  type RegistrationItemInput,
  registrationItemDateProblems,
  registrationItemInputSchema,
  registrationItemUnitProblems,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import {
  ITEM_SELECT,
  itemSnapshot,
  recomputeRegistration,
  requireRegistrationAllowed,
  requireYearUnit,
} from "./registration-access.js";

const dbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function saveRegistrationItem(
  ctx: OperationContext,
  raw: RegistrationItemInput,
): Promise<{ itemId: string; registrationId: string }> {
  const input = validate(registrationItemInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await requireYearUnit(tx, input);
    const registration = await tx.unitRegistration.findUnique({
      where: { yearId_unitId: { yearId: input.yearId, unitId: input.unitId } },
      select: { id: true, status: true, _count: { select: { items: true } } },
    });
    const viewer = requireRegistrationAllowed(ctx.viewer, "registration.edit", {
      unitId: input.unitId,
      status: registration?.status ?? "DRAFT",
      yearStatus: year.status,
    });
    const existing =
      input.id && registration
        ? await tx.registrationItem.findFirst({
            where: { id: input.id, registrationId: registration.id },
            select: ITEM_SELECT,
          })
        : null;
    if (input.id && !existing) throw new NotFoundError("nội dung đăng ký");
    if (existing && existing.version !== input.version) {
      throw new ConflictError("RegistrationItem", existing.id, existing.version);
    }

    const coordinatingUnitIds = [...new Set(input.coordinatingUnitIds)];
    const problems: FieldProblem[] = [
      ...registrationItemDateProblems(input.startDate, input.endDate, year.year),
      ...registrationItemUnitProblems(input.leadUnitId, coordinatingUnitIds),
    ];
    const units = await tx.yearUnit.findMany({
      where: { yearId: input.yearId, unitId: { in: [input.leadUnitId, ...coordinatingUnitIds] } },
      select: { unitId: true, nameInYear: true },
    });
    const names = new Map(units.map((u) => [u.unitId, u.nameInYear]));
    if (!names.has(input.leadUnitId)) {
      problems.push({
        field: "leadUnitId",
        code: "UNIT_NOT_IN_YEAR",
        message: "Đơn vị chủ trì không có trong danh sách đơn vị của năm.",
      });
    }
    if (coordinatingUnitIds.some((id) => !names.has(id))) {
      problems.push({
        field: "coordinatingUnitIds",
        code: "UNIT_NOT_IN_YEAR",
        message: "Có đơn vị phối hợp không có trong danh sách đơn vị của năm.",
      });
    }
    if (!existing && (registration?._count.items ?? 0) >= MAX_REGISTRATION_ITEMS) {
      problems.push({
        field: "id",
        code: "TOO_MANY_ITEMS",
        message: `Bản đăng ký có tối đa ${MAX_REGISTRATION_ITEMS} nội dung.`,
      });
    }
    if (problems.length) throw new ValidationError(problems);

    const registrationId =
      registration?.id ??
      (
        await tx.unitRegistration.create({
          data: { yearId: input.yearId, unitId: input.unitId, status: "DRAFT", createdAt: ctx.now },
          select: { id: true },
        })
      ).id;
    const data = {
      content: input.content,
      resultProduct: input.resultProduct,
      startDate: dbDate(input.startDate),
      endDate: dbDate(input.endDate),
      leadUnitId: input.leadUnitId,
      leadText: names.get(input.leadUnitId) ?? "",
      coordinatingText: coordinatingUnitIds.map((id) => names.get(id)).join("; ") || null,
      budgetVnd: input.budgetVnd,
      note: input.note,
    };
    let itemId: string;
    if (existing) {
      const written = await tx.registrationItem.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("RegistrationItem", existing.id, existing.version);
      itemId = existing.id;
      await tx.registrationItemCoordinator.deleteMany({ where: { itemId } });
    } else {
      const last = await tx.registrationItem.aggregate({ where: { registrationId }, _max: { position: true } });
      itemId = (
        await tx.registrationItem.create({
          data: { ...data, registrationId, position: (last._max.position ?? -1) + 1 },
          select: { id: true },
        })
      ).id;
    }
    if (coordinatingUnitIds.length) {
      await tx.registrationItemCoordinator.createMany({
        data: coordinatingUnitIds.map((unitId) => ({ itemId, unitId })),
      });
    }
    const total = await recomputeRegistration(tx, registrationId);
    const after = await tx.registrationItem.findUniqueOrThrow({ where: { id: itemId }, select: ITEM_SELECT });
    await writeAudit(tx, viewer.userId, {
      action: "registration_item.save",
      entity: "RegistrationItem",
      entityId: itemId,
      before: existing ? itemSnapshot(existing) : null,
      after: { ...itemSnapshot(after), totalBudgetVnd: total.toString() },
    });
    return { itemId, registrationId };
  });
}
