// The booking check shared by scheduling and changing a visit: inside the writing transaction, take a
// transaction-scoped advisory lock on the visit book (so two bookings at once are checked one after the
// other, never both against the book without the other), load the visits that could clash, and refuse
// with every clash named. Also resolves the team (users must be active inspectors or Home Affairs; their
// names come from the accounts) and checks the scope nodes belong to the year's framework.
import { findVisitClashes, Role, type VisitBooking, visitHoldsBooking } from "@cchc/domain";
import type { Tx } from "../context.js";
import { ValidationError } from "../errors.js";
import { VisitConflictError } from "./visit-conflict-error.js";

/** One lock for the whole visit book: inspectors move between years and authorities' units rarely, but they can. */
const VISIT_BOOK_LOCK = "cchc:inspection-visit-book";

export async function lockVisitBook(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${VISIT_BOOK_LOCK}))`;
}

/** Refuses the booking if it clashes with a visit in the book (call after `lockVisitBook`). */
export async function requireNoClash(tx: Tx, booking: VisitBooking): Promise<void> {
  const rows = await tx.inspectionVisit.findMany({
    where: {
      startsAt: { lt: booking.endsAt },
      endsAt: { gt: booking.startsAt },
      status: { notIn: ["CANCELLED", "CONCLUDED"] },
      ...(booking.id ? { id: { not: booking.id } } : {}),
      OR: [
        { unitId: booking.unitId },
        ...(booking.teamUserIds.length ? [{ team: { some: { userId: { in: [...booking.teamUserIds] } } } }] : []),
      ],
    },
    select: {
      id: true,
      unitId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      unit: { select: { name: true } },
      team: { select: { userId: true, name: true } },
    },
    orderBy: { startsAt: "asc" },
  });
  const book = rows
    .filter((r) => visitHoldsBooking(r.status))
    .map((r) => ({
      id: r.id,
      unitId: r.unitId,
      unitName: r.unit.name,
      status: r.status,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      team: r.team.flatMap((m) => (m.userId ? [{ userId: m.userId, name: m.name }] : [])),
    }));
  const clashes = findVisitClashes(booking, book);
  if (clashes.length) throw new VisitConflictError(clashes);
}

export interface TeamMemberIn {
  userId?: string | null;
  name?: string | null;
  organization?: string | null;
  isLead: boolean;
}

/** The team rows to write: users by their account name (active inspectors or Home Affairs), outside experts by the name given. */
export async function resolveTeam(tx: Tx, team: readonly TeamMemberIn[]) {
  const userIds = team.flatMap((m) => (m.userId ? [m.userId] : []));
  const users = userIds.length
    ? await tx.user.findMany({
        where: { id: { in: userIds } },
        select: { id: true, fullName: true, roles: true, active: true },
      })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  const problems = team.flatMap((m, i) => {
    if (!m.userId) return [];
    const u = byId.get(m.userId);
    const ok = u?.active && (u.roles.includes(Role.INSPECTOR) || u.roles.includes(Role.HOME_AFFAIRS));
    return ok
      ? []
      : [
          {
            field: `team.${i}.userId`,
            code: "NOT_INSPECTOR",
            message: "Thành viên đoàn phải là tài khoản đang hoạt động của Đoàn kiểm tra hoặc Phòng Nội vụ.",
          },
        ];
  });
  if (problems.length) throw new ValidationError(problems);
  return team.map((m) => ({
    userId: m.userId ?? null,
    name: m.userId ? (byId.get(m.userId)?.fullName ?? "") : (m.name ?? ""),
    organization: m.userId ? null : (m.organization ?? null),
    isLead: m.isLead,
    role: m.isLead ? "Trưởng đoàn" : "Thành viên",
  }));
}

/** Refuses scope nodes that are not part of the year's framework. */
export async function requireScopeNodes(tx: Tx, yearId: string, nodeIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(nodeIds)];
  if (!unique.length) return [];
  const found = await tx.frameworkNode.findMany({
    where: { id: { in: unique }, framework: { yearId } },
    select: { id: true },
  });
  if (found.length !== unique.length) {
    throw new ValidationError([
      {
        field: "scopeNodeIds",
        code: "NOT_IN_FRAMEWORK",
        message: "Lĩnh vực/tiêu chí không thuộc bộ tiêu chí của năm.",
      },
    ]);
  }
  return unique;
}

/** Refuses a unit that does not take part in the year. */
export async function requireYearUnit(tx: Tx, yearId: string, unitId: string): Promise<void> {
  const yu = await tx.yearUnit.findUnique({ where: { yearId_unitId: { yearId, unitId } }, select: { unitId: true } });
  if (!yu) {
    throw new ValidationError([
      { field: "unitId", code: "NOT_IN_YEAR", message: "Đơn vị không thuộc năm đánh giá này." },
    ]);
  }
}
