// Progress on the plan's tasks (issue #10): each linked unit's part of a task (TaskProgress), the
// task's roll-up across its lead units, Home Affairs' status override, and "my tasks" for a unit
// officer (the tasks its unit leads or coordinates, each with the unit's own part).
import { can, Role, rollupTaskProgress, TASK_PROGRESS_MAX_FILES, TaskUnitRole, type TaskRollup } from "@cchc/domain";
import { overrideTaskStatus, reportTaskProgress } from "@cchc/services";
import { builder } from "../builder.js";
import { operation, type Context } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { EVIDENCE_FILE_FIELDS, EvidenceFileRef } from "./evidence.js";
import { TaskStatusEnum } from "./plan.js";

export const TaskUnitRoleEnum = builder.enumType(TaskUnitRole, { name: "TaskUnitRole" });

const TaskProgressRef = builder.prismaObject("TaskProgress", {
  description: "One unit's part of a plan task: a lead unit's progress, or a coordinating unit's contribution.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", { description: "Send it back with reportTaskProgress." }),
    role: t.expose("role", { type: TaskUnitRoleEnum }),
    status: t.expose("status", { type: TaskStatusEnum }),
    percent: t.exposeInt("percent"),
    comment: t.exposeString("comment", { nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    unit: t.relation("unit"),
    updatedByName: t.string({
      nullable: true,
      select: { updatedBy: { select: { fullName: true } } },
      resolve: (p) => p.updatedBy?.fullName ?? null,
    }),
    evidence: t.field({
      type: [EvidenceFileRef],
      extensions: { maxItems: TASK_PROGRESS_MAX_FILES },
      description: "The part's output documents (evidence files).",
      select: { evidence: { select: EVIDENCE_FILE_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      resolve: (p) => p.evidence,
    }),
  }),
});

const TaskRollupRef = builder.objectRef<TaskRollup>("TaskRollup").implement({
  description: "The roll-up of the lead units' parts: all done → DONE, any started → IN_PROGRESS; percent = average.",
  fields: (t) => ({
    status: t.expose("status", { type: TaskStatusEnum }),
    percent: t.exposeInt("percent"),
    doneCount: t.exposeInt("doneCount", { description: "Lead units that reported their part done." }),
    leadCount: t.exposeInt("leadCount"),
  }),
});

builder.prismaObjectFields("PlanTask", (t) => ({
  progress: t.relation("progress", {
    description: "Every linked unit's part (lead units first, then coordinating), in unit order.",
    query: { orderBy: [{ role: "asc" }, { unit: { code: "asc" } }] },
  }),
  rollup: t.field({
    type: TaskRollupRef,
    nullable: true,
    description: "The lead units' parts rolled up; null when the task has no lead unit.",
    select: {
      units: { select: { role: true, unitId: true } },
      progress: { select: { unitId: true, role: true, status: true, percent: true } },
    },
    resolve: (task) =>
      rollupTaskProgress(
        task.units.filter((u) => u.role === "LEAD").map((u) => u.unitId),
        task.progress,
      ),
  }),
  statusOverride: t.expose("statusOverride", {
    type: TaskStatusEnum,
    nullable: true,
    description: "Home Affairs' hand-set status, when set (it is then the task's status instead of the roll-up).",
  }),
  statusOverrideReason: t.exposeString("statusOverrideReason", { nullable: true }),
  viewerCanReportProgress: t.boolean({
    description: "Whether the viewer may report their unit's part of this task (an officer of a linked unit).",
    select: { year: { select: { status: true } }, units: { select: { role: true, unitId: true } } },
    resolve: (task, _args, ctx) =>
      can(ctx.viewer, "progress.report", {
        type: "TaskPart",
        unitId: ctx.viewer?.unitId ?? "",
        yearStatus: task.year.status,
        leadUnitIds: task.units.filter((u) => u.role === "LEAD").map((u) => u.unitId),
        coordinatingUnitIds: task.units.filter((u) => u.role === "COORDINATING").map((u) => u.unitId),
      }),
  }),
  viewerCanOverrideStatus: t.boolean({
    description: "Whether the viewer may set this task's status by hand (Home Affairs).",
    select: { year: { select: { status: true } } },
    resolve: (task, _args, ctx) =>
      can(ctx.viewer, "plan.edit", { type: "EvaluationYear", yearStatus: task.year.status }),
  }),
}));

builder.prismaObject("PlanTaskUnit", {
  name: "TaskAssignment",
  description: "A task the viewer's unit leads or coordinates, with the unit's own part.",
  fields: (t) => ({
    id: t.id({
      description: "The task, the unit and the role: one link.",
      resolve: (link) => `${link.taskId}:${link.unitId}:${link.role}`,
    }),
    role: t.expose("role", { type: TaskUnitRoleEnum }),
    unit: t.relation("unit"),
    task: t.relation("task"),
    part: t.field({
      type: TaskProgressRef,
      nullable: true,
      description: "The unit's part so far (null until its first report).",
      // Selected with the task, so the whole list loads in a fixed number of statements.
      select: (_args, ctx, nestedSelection) => {
        const nested = nestedSelection({}) as object;
        return {
          task: {
            select: {
              progress: { where: { unitId: ctx.viewer?.unitId ?? "" }, take: 1, ...nested },
            },
          },
        };
      },
      resolve: (link) => link.task.progress[0] ?? null,
    }),
  }),
});

/** The links of the viewer's unit to the year's tasks (lead first); none unless the viewer is a unit officer. */
async function viewerTaskLinks(ctx: Context, query: object, yearId: string) {
  const unitId = ctx.viewer?.roles.includes(Role.UNIT_OFFICER) ? ctx.viewer.unitId : null;
  // One statement for everyone, with the query's selection: anyone but a unit officer matches no unit
  // (an empty list, not an error).
  const links = await ctx.prisma.planTaskUnit.findMany({
    ...query,
    where: { unitId: { in: unitId ? [unitId] : [] }, task: { yearId } },
    orderBy: [{ task: { position: "asc" } }, { role: "asc" }],
  });
  // A unit written both as lead and as coordinator of a task has one part: show it once, as lead.
  const leads = new Set(links.filter((l) => l.role === "LEAD").map((l) => l.taskId));
  return links.filter((l) => l.role === "LEAD" || !leads.has(l.taskId));
}

builder.queryField("myTasks", (t) =>
  t.prismaField({
    type: ["PlanTaskUnit"],
    description:
      "The tasks of a year that the viewer's unit leads or coordinates, in plan order (empty unless the viewer is a unit officer).",
    authScopes: { loggedIn: true },
    args: { yearId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => viewerTaskLinks(ctx, query, String(args.yearId)),
  }),
);

builder.prismaObjectFields("EvaluationYear", (t) => ({
  viewerTasks: t.prismaField({
    type: ["PlanTaskUnit"],
    description: "myTasks of this year: the tasks the viewer's unit leads or coordinates, with its own part.",
    resolve: (query, year, _args, ctx) => viewerTaskLinks(ctx, query, year.id),
  }),
}));

const ReportTaskProgressInput = builder.inputType("ReportTaskProgressInput", {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    version: t.int({ required: false, description: "The part's version the person saw; omit for the first report." }),
    status: t.field({ type: TaskStatusEnum, required: true }),
    percent: t.int({ required: true, description: "0–100, agreeing with the status (DONE ⇔ 100)." }),
    comment: t.string({ required: false }),
    fileIds: t.idList({
      required: false,
      description: "Evidence files uploaded for the unit (POST /files); the part's files become exactly these.",
    }),
  }),
});

const ReportTaskProgressSuccess = builder
  .objectRef<{ progressId: string; taskId: string }>("ReportTaskProgressSuccess")
  .implement({
    fields: (t) => ({
      progress: t.prismaField({
        type: "TaskProgress",
        resolve: (query, root, _args, ctx) =>
          ctx.prisma.taskProgress.findUniqueOrThrow({ ...query, where: { id: root.progressId } }),
      }),
      task: t.prismaField({
        type: "PlanTask",
        resolve: (query, root, _args, ctx) =>
          ctx.prisma.planTask.findUniqueOrThrow({ ...query, where: { id: root.taskId } }),
      }),
    }),
  });

builder.mutationField("reportTaskProgress", (t) =>
  t.field({
    type: ReportTaskProgressSuccess,
    description: "A unit officer reports the unit's own part of a task it leads or coordinates.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "ReportTaskProgressResult" },
    },
    args: { input: t.arg({ type: ReportTaskProgressInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      reportTaskProgress(operation(ctx), {
        ...input,
        taskId: String(input.taskId),
        fileIds: input.fileIds?.map(String) ?? null,
      }),
  }),
);

const OverrideTaskStatusInput = builder.inputType("OverrideTaskStatusInput", {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    version: t.int({ required: true, description: "The task's version the person saw (PlanTask.version)." }),
    status: t.field({
      type: TaskStatusEnum,
      required: false,
      description: "Null clears the override (back to the roll-up).",
    }),
    reason: t.string({ required: true, description: "Why: kept in the audit log." }),
  }),
});

const OverrideTaskStatusSuccess = builder.objectRef<{ taskId: string }>("OverrideTaskStatusSuccess").implement({
  fields: (t) => ({
    task: t.prismaField({
      type: "PlanTask",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.planTask.findUniqueOrThrow({ ...query, where: { id: root.taskId } }),
    }),
  }),
});

builder.mutationField("overrideTaskStatus", (t) =>
  t.field({
    type: OverrideTaskStatusSuccess,
    description: "Home Affairs sets a task's status by hand with a reason, or clears it (status null).",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "OverrideTaskStatusResult" },
    },
    args: { input: t.arg({ type: OverrideTaskStatusInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      overrideTaskStatus(operation(ctx), { ...input, taskId: String(input.taskId), status: input.status ?? null }),
  }),
);
