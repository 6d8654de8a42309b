/** Series for the dashboard's stacked bar chart: tasks per plan area, split by status. */
import type { TaskStatusChart_PlanTaskFragment } from '../components/task-status-chart';
import type { ResultOf } from '../graphql';

/** The stacks, bottom to top. OVERDUE takes the unfinished tasks past their due date. */
export const CHART_BUCKETS = [
  'DONE',
  'IN_PROGRESS',
  'NOT_STARTED',
  'OVERDUE',
  'CANCELLED',
] as const satisfies readonly (ChartTaskInput['status'] | 'OVERDUE')[];
export type ChartBucket = (typeof CHART_BUCKETS)[number];

/** A task as the chart's fragment reads it. */
export type ChartTaskInput = ResultOf<typeof TaskStatusChart_PlanTaskFragment>;

export type AreaStatusRow = {
  areaId: string;
  areaCode: string;
  areaName: string;
  position: number;
  total: number;
} & Record<ChartBucket, number>;

/** `overdue` comes from the server, which never marks a done or cancelled task overdue. */
export function bucketOf(task: Pick<ChartTaskInput, 'status' | 'overdue'>): ChartBucket {
  return task.overdue ? 'OVERDUE' : task.status;
}

/** One row per area that has tasks, ordered by the area's position (then code). */
export function tasksByAreaAndStatus(tasks: readonly ChartTaskInput[]): AreaStatusRow[] {
  const rows = new Map<string, AreaStatusRow>();
  for (const task of tasks) {
    let row = rows.get(task.area.id);
    if (!row) {
      row = {
        areaId: task.area.id,
        areaCode: task.area.code,
        areaName: task.area.name,
        position: task.area.position,
        total: 0,
        DONE: 0,
        IN_PROGRESS: 0,
        NOT_STARTED: 0,
        OVERDUE: 0,
        CANCELLED: 0,
      };
      rows.set(task.area.id, row);
    }
    row[bucketOf(task)] += 1;
    row.total += 1;
  }
  return [...rows.values()].sort((a, b) => a.position - b.position || a.areaCode.localeCompare(b.areaCode, 'vi'));
}

/** Buckets that have at least one task (so the legend lists only what is drawn). */
export function usedBuckets(rows: readonly AreaStatusRow[]): ChartBucket[] {
  return CHART_BUCKETS.filter((bucket) => rows.some((row) => row[bucket] > 0));
}
