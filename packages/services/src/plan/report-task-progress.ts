// A unit officer reports the unit's part of a plan task: status, percent, a comment and evidence
// files (a lead unit's part, or a coordinating unit's contribution). Validate with the domain, check
// access on the unit's part, check the version the person saw, write the part and its files, then
// write the task's roll-up (unless Home Affairs overrides its status), with the audit entry, in one
// transaction. PlanTask has results-revision triggers: the evaluation reads the new status.
import {
  decide,
  inputProblems,
  reportTaskProgressInputSchema,
  type ReportTaskProgressInput,
  type TaskStatusValue,
} from "@cchc/domain";
import type { TaskProgressSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext, Tx } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { readRollup, ROLLUP_TASK_SELECT, rollupColumns } from "./task-rollup.js";

const PART_SELECT = {
  id: true,
  version: true,
  role: true,
  status: true,
  percent: true,
  comment: true,
  evidence: { select: { id: true }, orderBy: { createdAt: "asc" } },
} as const;

type PartRow = {
  version: number;
  role: "LEAD" | "COORDINATING";
  status: TaskStatusValue;
  percent: number;
  comment: string | null;
  evidence: Array<{ id: string }>;
};

function partSnapshot(row: PartRow): TaskProgressSnapshot {
  return {
    version: row.version,
    role: row.role,
    status: row.status,
    percent: row.percent,
    comment: row.comment,
    evidenceFileIds: row.evidence.map((e) => e.id),
  };
}

export interface WritePartInput {
  status: TaskStatusValue;
  percent: number;
  comment?: string | null;
  /** null/undefined: keep the part's files; an array: the part's files become exactly these */
  fileIds?: readonly string[] | null;
  /** the version the person saw; undefined: no check (the status field of the plan page) */
  version?: number | null;
}

/**
 * Writes one unit's part of a task inside a transaction (no access check: the caller decides) and
 * the audit entry; answers the part's id. `task` must carry ROLLUP_TASK_SELECT and its yearId.
 */
export async function writeTaskPart(
  tx: Tx,
  ctx: OperationContext,
  task: { id: string; yearId: string; units: Array<{ unitId: string; role: "LEAD" | "COORDINATING" }> },
  unitId: string,
  input: WritePartInput,
  checkVersion: boolean,
): Promise<{ progressId: string; before: PartRow | null }> {
  const role = task.units.some((u) => u.unitId === unitId && u.role === "LEAD") ? "LEAD" : "COORDINATING";
  const existing = await tx.taskProgress.findUnique({
    where: { taskId_unitId: { taskId: task.id, unitId } },
    select: PART_SELECT,
  });
  if (checkVersion) {
    if (existing && input.version !== existing.version) {
      throw new ConflictError("TaskProgress", existing.id, existing.version);
    }
    // A first report that names a version: someone else reported the unit's part first and it was removed since.
    if (!existing && input.version != null) throw new NotFoundError("phần việc của đơn vị");
  }
  const fileIds =
    input.fileIds == null
      ? null
      : await requireEvidenceOf(tx, input.fileIds, { yearId: task.yearId, unitId }, "fileIds");
  const data = {
    role,
    status: input.status,
    percent: input.percent,
    updatedById: ctx.viewer?.userId ?? null,
    updatedAt: ctx.now,
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
  } as const;
  let progressId: string;
  if (existing) {
    const written = await tx.taskProgress.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("TaskProgress", existing.id, existing.version);
    progressId = existing.id;
  } else {
    progressId = (
      await tx.taskProgress.create({
        data: { ...data, taskId: task.id, unitId, createdAt: ctx.now },
        select: { id: true },
      })
    ).id;
  }
  if (fileIds) {
    await tx.evidenceFile.updateMany({
      where: { taskProgressId: progressId, id: { notIn: fileIds } },
      data: { taskProgressId: null },
    });
    if (fileIds.length) {
      await tx.evidenceFile.updateMany({ where: { id: { in: fileIds } }, data: { taskProgressId: progressId } });
    }
  }
  return { progressId, before: existing };
}

/** Writes the audit entry of a part after `writeTaskPart` and the roll-up. */
export async function auditTaskPart(
  tx: Tx,
  ctx: OperationContext,
  taskId: string,
  unitId: string,
  progressId: string,
  before: PartRow | null,
): Promise<void> {
  const after = await tx.taskProgress.findUniqueOrThrow({
    where: { id: progressId },
    select: { ...PART_SELECT, task: { select: { status: true } } },
  });
  await writeAudit(tx, ctx.viewer?.userId ?? null, {
    action: "task_progress.report",
    entity: "TaskProgress",
    entityId: progressId,
    before: before ? partSnapshot(before) : null,
    after: { ...partSnapshot(after), taskId, unitId, taskStatus: after.task.status },
  });
}

export async function reportTaskProgress(
  ctx: OperationContext,
  rawInput: ReportTaskProgressInput,
): Promise<{ progressId: string; taskId: string }> {
  const parsed = reportTaskProgressInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  const input = parsed.data;

  return ctx.prisma.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({
      where: { id: input.taskId },
      select: { ...ROLLUP_TASK_SELECT, yearId: true, year: { select: { status: true } } },
    });
    if (!task) throw new NotFoundError("nhiệm vụ");
    const unitId = ctx.viewer?.unitId ?? "";
    const decision = decide(ctx.viewer, "progress.report", {
      type: "TaskPart",
      unitId,
      yearStatus: task.year.status,
      leadUnitIds: task.units.filter((u) => u.role === "LEAD").map((u) => u.unitId),
      coordinatingUnitIds: task.units.filter((u) => u.role === "COORDINATING").map((u) => u.unitId),
    });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);

    const { progressId, before } = await writeTaskPart(tx, ctx, task, unitId, input, true);
    const columns = rollupColumns(task, await readRollup(tx, task), ctx.now);
    if (columns) {
      await tx.planTask.update({ where: { id: task.id }, data: { ...columns, version: { increment: 1 } } });
    }
    await auditTaskPart(tx, ctx, task.id, unitId, progressId, before);
    return { progressId, taskId: task.id };
  });
}
