// Findings and corrective actions as a funnel on a day (the dashboard's "as of"): weaknesses found
// by then → corrective actions set by then → fixes submitted by then → verified by then, and the
// actions overdue on that day. Judged from the records' own dates (recorded, created, fix submitted,
// verified) against the local day (Asia/Ho_Chi_Minh); a fix sent back later does not undo an
// earlier submission (its latest submission date counts).
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
  const f: ActionFunnel = { found: 0, findingsWithAction: 0, actions: 0, fixSubmitted: 0, verified: 0, overdue: 0 };
  for (const finding of findings) {
    if (finding.kind !== 'WEAKNESS' || !by(finding.recordedAt)) continue;
    f.found++;
    const actions = finding.actions.filter((a) => by(a.createdAt));
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
