// What every registration operation starts with: the year and unit (the unit takes part in the
// year), the registration itself, and the access question on it (`can` with its status). A refusal
// only because of the status (the officer's own registration, already sent) answers
// RegistrationStatusError, so the person reads why rather than "no permission".
import { decide, type RegistrationStatus, registrationStatusVi, type Viewer } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { AppError, ForbiddenError, NotFoundError } from "../errors.js";

/** The registration is not in a state that allows this (e.g. changing a sent one). */
export class RegistrationStatusError extends AppError {
  constructor(readonly status: RegistrationStatus) {
    super(`Không thể thực hiện: bản đăng ký ${registrationStatusVi(status)}.`, "REGISTRATION_STATUS");
  }
}

type RegistrationAction = "registration.edit" | "registration.submit" | "registration.review" | "registration.read";

/** Throws ForbiddenError or RegistrationStatusError unless the viewer may act on a registration in this status. */
export function requireRegistrationAllowed(
  viewer: Viewer | null,
  action: RegistrationAction,
  resource: { unitId: string; status: RegistrationStatus; yearStatus: OperationYear["status"] },
): Viewer {
  const r = { type: "UnitRegistration" as const, ...resource };
  const decision = decide(viewer, action, r);
  if (decision.allowed && viewer) return viewer;
  if (!decision.allowed && decision.reason === "ROLE") {
    // Allowed in some other status? Then the status is the reason.
    for (const status of ["DRAFT", "SUBMITTED"] as const) {
      if (decide(viewer, action, { ...r, status }).allowed) throw new RegistrationStatusError(resource.status);
    }
  }
  throw new ForbiddenError(decision.allowed ? "NOT_SIGNED_IN" : decision.reason);
}

export interface OperationYear {
  id: string;
  year: number;
  status: "DRAFT" | "OPEN" | "SELF_ASSESSMENT" | "APPRAISAL" | "PUBLISHED";
}

/** The year, with the unit taking part in it (NotFoundError otherwise). */
export async function requireYearUnit(
  tx: Tx | OperationContext["prisma"],
  where: { yearId: string; unitId: string },
): Promise<OperationYear & { unitName: string }> {
  const year = await tx.evaluationYear.findUnique({
    where: { id: where.yearId },
    select: {
      id: true,
      year: true,
      status: true,
      units: { where: { unitId: where.unitId }, select: { nameInYear: true } },
    },
  });
  const unit = year?.units[0];
  if (!year || !unit) throw new NotFoundError("đơn vị trong năm đánh giá");
  return { id: year.id, year: year.year, status: year.status as OperationYear["status"], unitName: unit.nameInYear };
}

export const REGISTRATION_SELECT = {
  id: true,
  version: true,
  yearId: true,
  unitId: true,
  status: true,
  totalBudgetVnd: true,
  _count: { select: { items: true } },
} as const;

export interface RegistrationRow {
  id: string;
  version: number;
  yearId: string;
  unitId: string;
  status: RegistrationStatus;
  totalBudgetVnd: bigint;
  _count: { items: number };
}

export function registrationState(r: RegistrationRow) {
  return { version: r.version, status: r.status, totalBudgetVnd: r.totalBudgetVnd.toString(), items: r._count.items };
}

/** Sums the items' budgets into the registration's total and bumps its version (every item change). */
export async function recomputeRegistration(tx: Tx, registrationId: string): Promise<bigint> {
  const items = await tx.registrationItem.findMany({ where: { registrationId }, select: { budgetVnd: true } });
  const total = items.reduce((sum, i) => sum + i.budgetVnd, 0n);
  await tx.unitRegistration.update({
    where: { id: registrationId },
    data: { totalBudgetVnd: total, version: { increment: 1 } },
  });
  return total;
}

/** Renumbers the items 0…n−1 in their current order. */
export async function renumberItems(tx: Tx, registrationId: string): Promise<void> {
  const items = await tx.registrationItem.findMany({
    where: { registrationId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, position: true },
  });
  for (const [position, item] of items.entries()) {
    if (item.position !== position) await tx.registrationItem.update({ where: { id: item.id }, data: { position } });
  }
}

export const ITEM_SELECT = {
  id: true,
  version: true,
  registrationId: true,
  position: true,
  content: true,
  resultProduct: true,
  startDate: true,
  endDate: true,
  leadUnitId: true,
  budgetVnd: true,
  note: true,
  coordinators: { select: { unitId: true } },
} as const;

export function itemSnapshot(i: {
  version: number;
  registrationId: string;
  position: number;
  content: string;
  resultProduct: string;
  startDate: Date;
  endDate: Date;
  leadUnitId: string | null;
  budgetVnd: bigint;
  note: string | null;
  coordinators: Array<{ unitId: string }>;
}) {
  return {
    version: i.version,
    registrationId: i.registrationId,
    position: i.position,
    content: i.content,
    resultProduct: i.resultProduct,
    startDate: i.startDate.toISOString().slice(0, 10),
    endDate: i.endDate.toISOString().slice(0, 10),
    leadUnitId: i.leadUnitId,
    coordinatingUnitIds: i.coordinators.map((c) => c.unitId).sort(),
    budgetVnd: i.budgetVnd.toString(),
    note: i.note,
  };
}
