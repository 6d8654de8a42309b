import type { IsoDate } from '../time/iso-date';

import type { TaskStatus } from '../enums';

export type PlanTaskStatus = TaskStatus;

/**
 * A task is overdue when it has a due date, is neither done nor cancelled, and the local calendar
 * date (Asia/Ho_Chi_Minh) of `today` is after the due date. Tasks without a single due date
 * (ongoing, triggered by a notice, needing a person) are never overdue.
 */
export function isTaskOverdue(task: { dueDate: IsoDate | null; status: PlanTaskStatus }, today: IsoDate): boolean {
  if (!task.dueDate) return false;
  if (task.status === 'DONE' || task.status === 'CANCELLED') return false;
  return today > task.dueDate;
}
