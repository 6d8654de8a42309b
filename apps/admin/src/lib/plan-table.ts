/** Client-side search and ordering of the plan table (filters by area/lead/status are server-side). */
import { TaskStatus } from '@cchc/domain';
import type { PlanTaskRow_PlanTaskFragment } from '../components/plan-task-row';
import type { ResultOf } from '../graphql';
import { foldForSearch } from './format';

export type SortKey = 'code' | 'due' | 'status';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** Statuses in the schema's order (Prisma's enum, through the domain). */
const STATUS_ORDER: readonly string[] = Object.values(TaskStatus);

export interface SortableTask {
  code: string;
  /** The plan's order, from the server. */
  position: number;
  status: ResultOf<typeof PlanTaskRow_PlanTaskFragment>['status'];
  overdue: boolean;
  text: string;
  leadLabel: string;
  coordinatingLabel: string;
  timePhrase: string;
  area: { code: string; name: string };
  timing: { due?: string | null; occurrences: readonly { due: string }[] };
}

/** The date that orders a task by "Hạn": its due date, else its first occurrence's, else none. */
export function dueKey(task: Pick<SortableTask, 'timing'>): string | null {
  if (task.timing.due) return task.timing.due;
  const dues = task.timing.occurrences.map((o) => o.due).sort();
  return dues[0] ?? null;
}

function statusRank(task: Pick<SortableTask, 'status' | 'overdue'>): number {
  const index = STATUS_ORDER.indexOf(task.status);
  // overdue unfinished tasks first within their status, so they stand out
  return (index < 0 ? STATUS_ORDER.length : index) * 2 + (task.overdue ? 0 : 1);
}

/** "STT" order is the plan's own order, which the server gives as `position`. */
function compareCode(a: SortableTask, b: SortableTask): number {
  return a.position - b.position;
}

export function sortTasks<T extends SortableTask>(tasks: readonly T[], sort: SortState): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...tasks].sort((a, b) => {
    if (sort.key === 'due') {
      const da = dueKey(a);
      const db = dueKey(b);
      // tasks without a date go last in both directions
      if (da === null && db === null) return compareCode(a, b);
      if (da === null) return 1;
      if (db === null) return -1;
      return sign * da.localeCompare(db) || compareCode(a, b);
    }
    if (sort.key === 'status') return sign * (statusRank(a) - statusRank(b)) || compareCode(a, b);
    return sign * compareCode(a, b);
  });
}

/** Every word of the query must appear (accents and case ignored) in the task's text fields. */
export function searchTasks<T extends SortableTask>(tasks: readonly T[], query: string): T[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...tasks];
  return tasks.filter((task) => {
    const haystack = foldForSearch(
      [task.code, task.text, task.leadLabel, task.coordinatingLabel, task.timePhrase, task.area.name].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
