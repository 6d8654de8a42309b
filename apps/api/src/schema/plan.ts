import { dbDateToIso, jsonColumns } from "@cchc/db";
import {
  can,
  DbTimingKind,
  isTaskOverdue,
  TaskStatus,
  toLocalIsoDate,
  type Action,
  type TimingOccurrence,
} from "@cchc/domain";
import { planTaskResource, updatePlanTask } from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { UnitRef } from "./unit.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

export const TaskStatusEnum = builder.enumType(TaskStatus, { name: "TaskStatus" });

export const TimingKindEnum = builder.enumType(DbTimingKind, { name: "TimingKind" });

const TimingOccurrenceRef = builder.objectRef<TimingOccurrence>("TimingOccurrence").implement({
  fields: (t) => ({
    label: t.exposeString("label"),
    start: t.expose("start", { type: "Date" }),
    end: t.expose("end", { type: "Date" }),
    due: t.expose("due", { type: "Date" }),
  }),
});

interface Timing {
  kind: (typeof TimingKindEnum)["$inferType"];
  start: Date | null;
  end: Date | null;
  due: Date | null;
  occurrences: TimingOccurrence[];
  overridden: boolean;
  note: string | null;
}

const TaskTiming = builder.objectRef<Timing>("TaskTiming").implement({
  description: "The task's window and due date, computed from its time phrase (or set by a person).",
  fields: (t) => ({
    kind: t.expose("kind", { type: TimingKindEnum }),
    start: t.expose("start", { type: "Date", nullable: true }),
    end: t.expose("end", { type: "Date", nullable: true }),
    due: t.expose("due", {
      type: "Date",
      nullable: true,
      description: "Null for ongoing, triggered or needs-person tasks.",
    }),
    occurrences: t.expose("occurrences", { type: [TimingOccurrenceRef] }),
    needsPerson: t.boolean({
      description: "The phrase did not parse: a person must set the dates.",
      resolve: (timing) => timing.kind === "NEEDS_PERSON",
    }),
    overridden: t.exposeBoolean("overridden", { description: "A person set the dates by hand." }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

builder.prismaObject("PlanArea", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    position: t.exposeInt("position"),
    tasks: t.relation("tasks", { query: { orderBy: { position: "asc" } } }),
  }),
});

builder.prismaObject("PlanTask", {
  fields: (t) => {
    /** A `viewerCan…` field: the domain's rule on this task, so the admin shows exactly the actions the server accepts. */
    const viewerCan = (action: Action, description: string) =>
      t.boolean({
        description,
        // The same selection of the join table as the unit lists, so it merges into their query.
        select: { year: { select: { status: true } }, units: { select: { role: true, unitId: true } } },
        resolve: (task, _args, ctx) =>
          can(
            ctx.viewer,
            action,
            planTaskResource({ year: task.year, units: task.units.filter((u) => u.role === "LEAD") }),
          ),
      });
    return {
      id: t.exposeID("id"),
      code: t.exposeString("code"),
      number: t.exposeInt("number"),
      position: t.exposeInt("position", {
        description: "Order in the plan (areas in order, tasks in order within them).",
      }),
      text: t.exposeString("text"),
      area: t.relation("area"),
      leadUnits: t.field({
        type: [UnitRef],
        // Both unit lists share one selection of the join table, so they load in one query.
        select: (_args, _ctx, nestedSelection) => ({
          units: { select: { role: true, unit: nestedSelection(true) } },
        }),
        resolve: (task) => task.units.filter((link) => link.role === "LEAD").map((link) => link.unit),
      }),
      leadLabel: t.exposeString("leadLabel", { description: "The lead as the plan writes it: a unit or a group." }),
      coordinatingUnits: t.field({
        type: [UnitRef],
        // Both unit lists share one selection of the join table, so they load in one query.
        select: (_args, _ctx, nestedSelection) => ({
          units: { select: { role: true, unit: nestedSelection(true) } },
        }),
        resolve: (task) => task.units.filter((link) => link.role === "COORDINATING").map((link) => link.unit),
      }),
      coordinatingLabel: t.exposeString("coordinatingLabel"),
      timePhrase: t.exposeString("timePhrase", { description: "Verbatim from the plan." }),
      timing: t.field({
        type: TaskTiming,
        select: {
          timingKind: true,
          windowStart: true,
          windowEnd: true,
          dueDate: true,
          occurrences: true,
          timingOverridden: true,
          timingNote: true,
        },
        resolve: (task) => ({
          kind: task.timingKind,
          start: task.windowStart,
          end: task.windowEnd,
          due: task.dueDate,
          occurrences: jsonColumns.occurrences.parse(task.occurrences),
          overridden: task.timingOverridden,
          note: task.timingNote,
        }),
      }),
      status: t.expose("status", { type: TaskStatusEnum }),
      version: t.exposeInt("version", {
        description: "Send it back with an update; a stale one answers ConflictError.",
      }),
      viewerCanUpdateStatus: viewerCan("planTask.updateStatus", "Whether the viewer may change this task's status."),
      viewerCanSetTiming: viewerCan("planTask.setTiming", "Whether the viewer may set this task's dates by hand."),
      overdue: t.boolean({
        description: "Past its due date (Asia/Ho_Chi_Minh) and neither done nor cancelled.",
        select: { dueDate: true, status: true },
        resolve: (task, _args, ctx) =>
          isTaskOverdue(
            { dueDate: task.dueDate ? dbDateToIso(task.dueDate) : null, status: task.status },
            toLocalIsoDate(ctx.now()),
          ),
      }),
    };
  },
});

const TaskTimingInput = builder.inputType("TaskTimingInput", {
  description: "Dates a person sets by hand (a reason is required).",
  fields: (t) => ({
    start: t.field({ type: "Date", required: true }),
    end: t.field({ type: "Date", required: true }),
    due: t.field({ type: "Date", required: false, description: "Null: no single due date (ongoing)." }),
  }),
});

const UpdatePlanTaskInput = builder.inputType("UpdatePlanTaskInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: "The task's version the person saw (PlanTask.version)." }),
    status: t.field({ type: TaskStatusEnum, required: false }),
    timing: t.field({ type: TaskTimingInput, required: false }),
    resetTiming: t.boolean({ required: false, description: "Return to the dates computed from the time phrase." }),
    reason: t.string({ required: false, description: "Why: kept in the audit log; required with `timing`." }),
  }),
});

const UpdatePlanTaskSuccess = builder.objectRef<{ taskId: string }>("UpdatePlanTaskSuccess").implement({
  fields: (t) => ({
    task: t.prismaField({
      type: "PlanTask",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.planTask.findUniqueOrThrow({ ...query, where: { id: root.taskId } }),
    }),
  }),
});

builder.mutationField("updatePlanTask", (t) =>
  t.field({
    type: UpdatePlanTaskSuccess,
    description:
      "Change a task's status (Home Affairs, or the lead unit's officer) and/or set its dates by hand (Home Affairs).",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "UpdatePlanTaskResult" },
    },
    args: { input: t.arg({ type: UpdatePlanTaskInput, required: true }) },
    resolve: (_root, { input }, ctx) => updatePlanTask(operation(ctx), { ...input, id: String(input.id) }),
  }),
);
