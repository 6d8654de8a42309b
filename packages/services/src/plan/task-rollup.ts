// The roll-up of a task's lead units' parts, read inside an operation's transaction: the columns it
// would write to the task (status, completedAt), or null when nothing changes (Home Affairs'
// override wins, or the task has no lead unit, or the status is already the roll-up's).
import { rollupTaskProgress, type TaskRollup } from "@cchc/domain";
import type { Tx } from "../context.js";

export interface RollupTask {
  id: string;
  status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
  statusOverride: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED" | null;
  completedAt: Date | null;
  units: Array<{ unitId: string; role: "LEAD" | "COORDINATING" }>;
}

/** What a roll-up needs of a task, as a Prisma selection. */
export const ROLLUP_TASK_SELECT = {
  id: true,
  status: true,
  statusOverride: true,
  completedAt: true,
  units: { select: { unitId: true, role: true } },
} as const;

/** The task's roll-up from its parts as they are now in the transaction. */
export async function readRollup(tx: Tx, task: RollupTask): Promise<TaskRollup | null> {
  const leads = task.units.filter((u) => u.role === "LEAD").map((u) => u.unitId);
  if (leads.length === 0) return null;
  const parts = await tx.taskProgress.findMany({
    where: { taskId: task.id, role: "LEAD" },
    select: { unitId: true, role: true, status: true, percent: true },
  });
  return rollupTaskProgress(leads, parts);
}

/** The columns the roll-up writes to the task, or null when the task keeps its status. */
export function rollupColumns(
  task: RollupTask,
  rollup: TaskRollup | null,
  now: Date,
): { status: RollupTask["status"]; completedAt: Date | null } | null {
  if (task.statusOverride || !rollup || rollup.status === task.status) return null;
  return { status: rollup.status, completedAt: rollup.status === "DONE" ? now : null };
}
