// Findings and corrective actions as a funnel on a day (the dashboard's "as of"): weaknesses found
// by then → corrective actions set by then → fixes submitted by then → verified by then, and the
// actions overdue on that day. Judged from the records' own dates (recorded, created, fix submitted,
// verified) against the local day (Asia/Ho_Chi_Minh); a fix sent back later does not undo an
// earlier submission (its latest submission date counts). A finding counts from its visit's day when
// that is earlier than its recording time, an action from the earliest of its own dates (rows written
// after the fact, e.g. a past year's records entered later, keep their real order).
import { ActionStatus } from '../enums';
import type { IsoDate } from '../time/iso-date';
import { toLocalIsoDate } from '../time/iso-date';

export interface FunnelAction {
  status: ActionStatus;
  dueDate: IsoDate;
  createdAt: Date;
  submittedAt: Date | null;
  verifiedAt: Date | null;
}

export interface FunnelFinding {
  kind: 'WEAKNESS' | 'GOOD_PRACTICE';
  recordedAt: Date;
  /** the day of the visit that found it (visited, else scheduled) */
  visitDate: IsoDate | null;
  actions: readonly FunnelAction[];
}

export interface ActionFunnel {
  /** weaknesses recorded by the day */
  found: number;
  /** of those, how many have at least one corrective action */
  findingsWithAction: number;
  /** corrective actions set by the day */
  actions: number;
  /** of those, fixes submitted (or verified) by the day */
  fixSubmitted: number;
  /** verified by the day */
  verified: number;
  /** not verified by the day and past their due date on it */
  overdue: number;
}

export function actionFunnel(findings: readonly FunnelFinding[], asOf: IsoDate): ActionFunnel {
  const by = (d: Date | null) => d !== null && toLocalIsoDate(d) <= asOf;
  const earliest = (...days: Array<IsoDate | null>) =>
    days.filter((d): d is IsoDate => d !== null).sort()[0] as IsoDate;
  const actionDay = (a: FunnelAction) =>
    earliest(
      toLocalIsoDate(a.createdAt),
      a.submittedAt && toLocalIsoDate(a.submittedAt),
      a.verifiedAt && toLocalIsoDate(a.verifiedAt),
    );
  const f: ActionFunnel = { found: 0, findingsWithAction: 0, actions: 0, fixSubmitted: 0, verified: 0, overdue: 0 };
  for (const finding of findings) {
    if (finding.kind !== 'WEAKNESS') continue;
    if (earliest(toLocalIsoDate(finding.recordedAt), finding.visitDate) > asOf) continue;
    f.found++;
    const actions = finding.actions.filter((a) => actionDay(a) <= asOf);
    if (actions.length > 0) f.findingsWithAction++;
    for (const a of actions) {
      f.actions++;
      const verified = a.status === ActionStatus.VERIFIED && by(a.verifiedAt);
      if (verified) f.verified++;
      if (verified || by(a.submittedAt) || by(a.verifiedAt)) f.fixSubmitted++;
      if (!verified && asOf > a.dueDate) f.overdue++;
    }
  }
  return f;
}
