// Booking conflicts of inspection visits: an inspector (a user on the team) or a unit booked in two
// overlapping windows. Cancelled and concluded visits hold no booking. Each clash names who or which
// unit, the other visit's unit and its date and window, so the person can fix it without searching.
import { VisitStatus } from '../enums';
import { formatVisitWindowVi, windowsOverlap } from './visit-window';

/** A visit already in the book, as the conflict check needs it. */
export interface BookedVisit {
  id: string;
  unitId: string;
  unitName: string;
  status: VisitStatus;
  startsAt: Date;
  endsAt: Date;
  /** the team's users (outside experts are not booked) */
  team: ReadonlyArray<{ userId: string; name: string }>;
}

/** The visit being scheduled or changed. */
export interface VisitBooking {
  /** absent for a new visit (a visit never clashes with itself) */
  id?: string | null;
  unitId: string;
  startsAt: Date;
  endsAt: Date;
  teamUserIds: readonly string[];
}

export type VisitClash =
  | { kind: 'UNIT'; visitId: string; unitId: string; unitName: string; startsAt: Date; endsAt: Date; message: string }
  | {
      kind: 'INSPECTOR';
      visitId: string;
      userId: string;
      name: string;
      unitName: string;
      startsAt: Date;
      endsAt: Date;
      message: string;
    };

/** Whether a visit in this status holds its window (cancelled and concluded ones do not). */
export function visitHoldsBooking(status: VisitStatus): boolean {
  return status !== VisitStatus.CANCELLED && status !== VisitStatus.CONCLUDED;
}

/** Every clash of a booking with the visits in the book, in the book's order: the unit's first, then each inspector's. */
export function findVisitClashes(booking: VisitBooking, book: readonly BookedVisit[]): VisitClash[] {
  const clashes: VisitClash[] = [];
  const others = book.filter((v) => v.id !== booking.id && visitHoldsBooking(v.status) && windowsOverlap(booking, v));
  for (const v of others) {
    if (v.unitId === booking.unitId) {
      clashes.push({
        kind: 'UNIT',
        visitId: v.id,
        unitId: v.unitId,
        unitName: v.unitName,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        message: `${v.unitName} đã có lịch kiểm tra trùng thời gian: ${formatVisitWindowVi(v.startsAt, v.endsAt)}.`,
      });
    }
  }
  for (const v of others) {
    for (const member of v.team) {
      if (!booking.teamUserIds.includes(member.userId)) continue;
      clashes.push({
        kind: 'INSPECTOR',
        visitId: v.id,
        userId: member.userId,
        name: member.name,
        unitName: v.unitName,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        message: `${member.name} đã có lịch kiểm tra ${v.unitName} trùng thời gian: ${formatVisitWindowVi(v.startsAt, v.endsAt)}.`,
      });
    }
  }
  return clashes;
}
