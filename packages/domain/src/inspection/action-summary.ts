// The inspection summary an appraiser reads on a criterion: of a unit's corrective actions, how many
// are verified and how many overdue ("3/4 hành động khắc phục đã xác minh, 1 quá hạn"), per unit or
// per criterion (the finding's framework leaf).
import { ActionStatus } from '../enums';
import type { IsoDate } from '../time/iso-date';
import { isActionOverdue } from './corrective-action';

export interface ActionCounts {
  total: number;
  verified: number;
  submitted: number;
  /** open or reopened (not yet answered by the unit) */
  open: number;
  overdue: number;
}

export interface SummarisedAction {
  status: ActionStatus;
  dueDate: IsoDate;
}

/** The counts of a set of actions on the local day of `now`. */
export function countActions(actions: readonly SummarisedAction[], now: Date): ActionCounts {
  const counts: ActionCounts = { total: 0, verified: 0, submitted: 0, open: 0, overdue: 0 };
  for (const a of actions) {
    counts.total++;
    if (a.status === ActionStatus.VERIFIED) counts.verified++;
    else if (a.status === ActionStatus.SUBMITTED) counts.submitted++;
    else counts.open++;
    if (isActionOverdue(a, now)) counts.overdue++;
  }
  return counts;
}

/** Counts grouped by a key (a unit id, a criterion id); actions whose key is null are left out. */
export function summariseActionsBy<T extends SummarisedAction>(
  actions: readonly T[],
  keyOf: (action: T) => string | null,
  now: Date,
): Map<string, ActionCounts> {
  const groups = new Map<string, T[]>();
  for (const a of actions) {
    const key = keyOf(a);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return new Map([...groups].map(([key, list]) => [key, countActions(list, now)]));
}

/** "3/4 hành động khắc phục đã xác minh, 1 quá hạn" (Vietnamese, for notes and exports). */
export function actionSummaryText(counts: ActionCounts): string {
  if (counts.total === 0) return 'Không có hành động khắc phục';
  const base = `${counts.verified}/${counts.total} hành động khắc phục đã xác minh`;
  return counts.overdue > 0 ? `${base}, ${counts.overdue} quá hạn` : base;
}
