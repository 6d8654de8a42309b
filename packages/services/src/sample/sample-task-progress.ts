// Sample progress on the plan's tasks (issue #10): every lead unit reports its own part (its officer
// when the unit has one, else Home Affairs on its behalf), and the task takes the roll-up, through
// the same writes as `reportTaskProgress` (parts, roll-up, audit). VI.3, led by every unit, gets one
// part per unit. A few coordinating units add their contribution. Comments say "(dữ liệu mẫu)".
import type { Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { writeAudits } from "../audit/write-audit.js";
import { readRollup, ROLLUP_TASK_SELECT, rollupColumns } from "../plan/task-rollup.js";
import { between } from "./random.js";

const COMMENT = {
  IN_PROGRESS: "Đang triển khai theo kế hoạch của đơn vị (dữ liệu mẫu)",
  DONE: "Đã hoàn thành, có văn bản kết quả (dữ liệu mẫu)",
  COORDINATING: "Đơn vị đã phối hợp cung cấp thông tin, cử cán bộ tham gia (dữ liệu mẫu)",
} as const;

/**
 * Every lead unit of the task reports `status` at `now` (IN_PROGRESS: a percent between 20 and 80;
 * DONE: 100); the task's status becomes the roll-up. `coordinating`: that many coordinating units
 * with an officer also add their contribution.
 */
export async function sampleTaskParts(
  prisma: OperationContext["prisma"],
  args: {
    taskId: string;
    now: Date;
    status: "IN_PROGRESS" | "DONE";
    homeAffairs: Viewer;
    officers: ReadonlyMap<string, Viewer>;
    random: () => number;
    coordinating?: number;
  },
): Promise<void> {
  // In bulk (a handful of statements per task, whatever its number of units): the sample runs at
  // every fresh start. Same rows and audit entries as reportTaskProgress writes.
  await prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUniqueOrThrow({
      where: { id: args.taskId },
      select: {
        ...ROLLUP_TASK_SELECT,
        yearId: true,
        units: { select: { unitId: true, role: true, unit: { select: { code: true } } } },
      },
    });
    const coordinators = task.units
      .filter((u) => u.role === "COORDINATING" && args.officers.has(u.unit.code))
      .filter((u) => !task.units.some((l) => l.role === "LEAD" && l.unitId === u.unitId))
      .slice(0, args.coordinating ?? 0);
    const links = [...task.units.filter((u) => u.role === "LEAD"), ...coordinators];
    const existing = await tx.taskProgress.findMany({
      where: { taskId: task.id },
      select: { id: true, unitId: true, version: true, role: true, status: true, percent: true, comment: true },
    });
    const before = new Map(existing.map((p) => [p.unitId, p]));
    const byUnit = new Map<string, { percent: number; comment: string; userId: string }>();
    for (const link of links) {
      const viewer = args.officers.get(link.unit.code) ?? args.homeAffairs;
      byUnit.set(link.unitId, {
        percent: args.status === "DONE" ? 100 : between(args.random, 20, 80),
        comment: link.role === "LEAD" ? COMMENT[args.status] : COMMENT.COORDINATING,
        userId: viewer.userId,
      });
    }
    const fresh = links.filter((l) => !before.has(l.unitId));
    if (fresh.length) {
      await tx.taskProgress.createMany({
        data: fresh.map((l) => {
          const v = byUnit.get(l.unitId)!;
          return {
            taskId: task.id,
            unitId: l.unitId,
            role: l.role,
            status: args.status,
            percent: v.percent,
            comment: v.comment,
            updatedById: v.userId,
            createdAt: args.now,
            updatedAt: args.now,
          };
        }),
      });
    }
    const again = links.filter((l) => before.has(l.unitId)).map((l) => l.unitId);
    if (again.length) {
      // A part reported again at the same step's status: DONE is 100 for everyone.
      await tx.taskProgress.updateMany({
        where: { taskId: task.id, unitId: { in: again } },
        data: {
          status: args.status,
          ...(args.status === "DONE" ? { percent: 100, comment: COMMENT.DONE } : {}),
          updatedAt: args.now,
          version: { increment: 1 },
        },
      });
    }
    const columns = rollupColumns(task, await readRollup(tx, task), args.now);
    const taskStatus = columns?.status ?? task.status;
    if (columns) {
      await tx.planTask.update({ where: { id: task.id }, data: { ...columns, version: { increment: 1 } } });
    }
    const after = await tx.taskProgress.findMany({
      where: { taskId: task.id, unitId: { in: links.map((l) => l.unitId) } },
      select: {
        id: true,
        unitId: true,
        version: true,
        role: true,
        status: true,
        percent: true,
        comment: true,
        updatedById: true,
      },
    });
    const snapshot = (p: (typeof after)[number] | (typeof existing)[number]) => ({
      version: p.version,
      role: p.role,
      status: p.status,
      percent: p.percent,
      comment: p.comment,
      evidenceFileIds: [],
    });
    await writeAudits(
      tx,
      null,
      after.map((p) => {
        const b = before.get(p.unitId);
        return {
          action: "task_progress.report" as const,
          entity: "TaskProgress" as const,
          entityId: p.id,
          before: b ? snapshot(b) : null,
          after: { ...snapshot(p), taskId: task.id, unitId: p.unitId, taskStatus },
        };
      }),
      args.now,
    );
  });
}
