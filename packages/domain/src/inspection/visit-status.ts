// The steps of an inspection visit (chuyến kiểm tra): planned → the unit notified → in progress on
// the spot → minutes recorded (biên bản) → concluded (kết luận, the issued minutes kept); or
// cancelled with a reason from any step before the conclusion. Who may take a step is `can`.
import { VisitStatus } from '../enums';

/** The steps each status may go to. */
export const VISIT_TRANSITIONS: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  [VisitStatus.PLANNED]: [VisitStatus.NOTIFIED, VisitStatus.CANCELLED],
  [VisitStatus.NOTIFIED]: [VisitStatus.IN_PROGRESS, VisitStatus.CANCELLED],
  [VisitStatus.IN_PROGRESS]: [VisitStatus.MINUTES_RECORDED, VisitStatus.CANCELLED],
  [VisitStatus.MINUTES_RECORDED]: [VisitStatus.CONCLUDED, VisitStatus.IN_PROGRESS, VisitStatus.CANCELLED],
  [VisitStatus.CONCLUDED]: [],
  [VisitStatus.CANCELLED]: [],
};

export function canMoveVisit(from: VisitStatus, to: VisitStatus): boolean {
  return VISIT_TRANSITIONS[from].includes(to);
}

/** Findings may be recorded (and edited) while the team is on the spot, and until the minutes are issued. */
export function visitAcceptsFindings(status: VisitStatus): boolean {
  return status === VisitStatus.IN_PROGRESS || status === VisitStatus.MINUTES_RECORDED;
}

/** The visit's date, window and team may still be changed. */
export function visitIsEditable(status: VisitStatus): boolean {
  return status === VisitStatus.PLANNED || status === VisitStatus.NOTIFIED;
}
