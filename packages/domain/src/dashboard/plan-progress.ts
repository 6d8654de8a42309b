// The plan's progress on a day, per area and per lead unit: tasks done, in progress, not started,
// cancelled and overdue. A task counts as done on the day only if it was completed by then (a task
// done later counts as in progress); overdue is judged on that day (the domain's isTaskOverdue).
import { TaskStatus } from '../enums';
import { isTaskOverdue } from '../plan/task-overdue';
import type { IsoDate } from '../time/iso-date';
import { toLocalIsoDate } from '../time/iso-date';

export interface ProgressTask {
  areaCode: string;
  areaName: string;
  areaPosition: number;
  /** the task's effective status (Home Affairs' override, else the roll-up) */
  status: TaskStatus;
  dueDate: IsoDate | null;
  completedAt: Date | null;
  leadUnits: ReadonlyArray<{ unitId: string; unitName: string }>;
}

export interface ProgressCounts {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  overdue: number;
  /** done ÷ (total − cancelled), percent 0..100, 1 dp; null when nothing counts */
  percentDone: number | null;
}

export interface AreaProgress extends ProgressCounts {
  code: string;
  name: string;
}

export interface LeadUnitProgress extends ProgressCounts {
  unitId: string;
  unitName: string;
}

/** The task's status on the day. */
export function statusOn(task: Pick<ProgressTask, 'status' | 'completedAt'>, asOf: IsoDate): TaskStatus {
  if (task.status === TaskStatus.DONE && task.completedAt !== null && toLocalIsoDate(task.completedAt) > asOf) {
    return TaskStatus.IN_PROGRESS;
  }
  return task.status;
}

function count(tasks: readonly ProgressTask[], asOf: IsoDate): ProgressCounts {
  const c = { total: 0, done: 0, inProgress: 0, notStarted: 0, cancelled: 0, overdue: 0 };
  for (const t of tasks) {
    const status = statusOn(t, asOf);
    c.total++;
    if (status === TaskStatus.DONE) c.done++;
    else if (status === TaskStatus.IN_PROGRESS) c.inProgress++;
    else if (status === TaskStatus.CANCELLED) c.cancelled++;
    else c.notStarted++;
    if (isTaskOverdue({ dueDate: t.dueDate, status }, asOf)) c.overdue++;
  }
  const base = c.total - c.cancelled;
  return { ...c, percentDone: base === 0 ? null : Math.round((1000 * c.done) / base) / 10 };
}

export function planProgress(
  tasks: readonly ProgressTask[],
  asOf: IsoDate,
): { areas: AreaProgress[]; leadUnits: LeadUnitProgress[]; total: ProgressCounts } {
  const areas = new Map<string, { name: string; position: number; tasks: ProgressTask[] }>();
  const units = new Map<string, { name: string; tasks: ProgressTask[] }>();
  for (const t of tasks) {
    const a = areas.get(t.areaCode) ?? { name: t.areaName, position: t.areaPosition, tasks: [] };
    a.tasks.push(t);
    areas.set(t.areaCode, a);
    for (const u of t.leadUnits) {
      const entry = units.get(u.unitId) ?? { name: u.unitName, tasks: [] };
      entry.tasks.push(t);
      units.set(u.unitId, entry);
    }
  }
  return {
    areas: [...areas]
      .sort((x, y) => x[1].position - y[1].position)
      .map(([code, a]) => ({ code, name: a.name, ...count(a.tasks, asOf) })),
    leadUnits: [...units]
      .map(([unitId, u]) => ({ unitId, unitName: u.name, ...count(u.tasks, asOf) }))
      .sort((x, y) => y.total - x.total || x.unitName.localeCompare(y.unitName, 'vi')),
    total: count(tasks, asOf),
  };
}
