import { dbDateToIso } from "@cchc/db";
import {
  can,
  CycleStage,
  currentStage,
  nextDeadline,
  orderedStages,
  stageState,
  toLocalIsoDate,
  YearStatus,
  type StageWindow,
} from "@cchc/domain";
import { setYearStatus } from "@cchc/services";
import { operation } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { AppError } from "@cchc/services";
import { builder } from "../builder.js";
import { TaskStatusEnum } from "./plan.js";

export const YearStatusEnum = builder.enumType(YearStatus, { name: "YearStatus" });

export const CycleStageEnum = builder.enumType(CycleStage, { name: "CycleStage" });

export const StageStateEnum = builder.enumType("StageState", { values: ["UPCOMING", "OPEN", "CLOSED"] as const });

const YearStageRef = builder.objectRef<StageWindow & { state: "UPCOMING" | "OPEN" | "CLOSED" }>("YearStage").implement({
  description: "One stage of the year's evaluation with its first and last day, and its state on the server's day.",
  fields: (t) => ({
    stage: t.expose("stage", { type: CycleStageEnum }),
    opensOn: t.expose("opensOn", { type: "Date" }),
    closesOn: t.expose("closesOn", { type: "Date", description: "The last day (inclusive)." }),
    state: t.expose("state", { type: StageStateEnum }),
  }),
});

const STAGES_SELECT = { stages: { select: { stage: true, opensOn: true, closesOn: true } } } as const;

function windows(rows: Array<{ stage: CycleStage; opensOn: Date; closesOn: Date }>): StageWindow[] {
  return rows.map((r) => ({ stage: r.stage, opensOn: dbDateToIso(r.opensOn), closesOn: dbDateToIso(r.closesOn) }));
}

const STATE = { upcoming: "UPCOMING", open: "OPEN", closed: "CLOSED" } as const;

function withState(w: StageWindow, today: string) {
  return { ...w, state: STATE[stageState(w, today)] };
}

builder.prismaObject("EvaluationYear", {
  description: "One evaluation year of an authority: its plan, calendar, framework and results.",
  fields: (t) => ({
    id: t.exposeID("id"),
    year: t.exposeInt("year"),
    title: t.exposeString("title"),
    status: t.expose("status", { type: YearStatusEnum }),
    version: t.exposeInt("version", { description: "Send it back with setYearStatus." }),
    viewerCanManage: t.boolean({
      description: "Whether the viewer may move the year between stages (and reopen it when published, with a reason).",
      select: { status: true },
      resolve: (y, _args, ctx) => can(ctx.viewer, "year.manage", { type: "EvaluationYear", yearStatus: y.status }),
    }),
    viewerCanApprove: t.boolean({
      description: "Whether the viewer may approve the results for publication (leadership).",
      select: { status: true },
      resolve: (y, _args, ctx) => can(ctx.viewer, "year.approve", { type: "EvaluationYear", yearStatus: y.status }),
    }),
    authority: t.relation("authority"),
    unitPlanDeadline: t.expose("unitPlanDeadline", {
      type: "Date",
      description: "Last on-time day for each unit's own CCHC plan.",
    }),
    unitPlanDeadlineText: t.exposeString("unitPlanDeadlineText"),
    satisfactionTargetPercent: t.float({
      nullable: true,
      select: { satisfactionTargetPercent: true },
      resolve: (y) => (y.satisfactionTargetPercent === null ? null : Number(y.satisfactionTargetPercent)),
    }),
    reportPeriods: t.relation("reportPeriods", { query: { orderBy: { position: "asc" } } }),
    planAreas: t.relation("planAreas", { query: { orderBy: { position: "asc" } } }),
    framework: t.relation("framework", { nullable: true }),
    asOf: t.field({
      type: "Date",
      description: "The server's day (Asia/Ho_Chi_Minh) that every time-dependent state here is computed for.",
      resolve: (_y, _args, ctx) => toLocalIsoDate(ctx.now()),
    }),
    stages: t.field({
      type: [YearStageRef],
      description: "The evaluation calendar, in stage order.",
      select: STAGES_SELECT,
      resolve: (y, _args, ctx) => {
        const today = toLocalIsoDate(ctx.now());
        return orderedStages(windows(y.stages)).map((w) => withState(w, today));
      },
    }),
    currentStage: t.field({
      type: YearStageRef,
      nullable: true,
      description: "The stage open today, or null between stages.",
      select: STAGES_SELECT,
      resolve: (y, _args, ctx) => {
        const today = toLocalIsoDate(ctx.now());
        const w = currentStage(windows(y.stages), today);
        return w ? withState(w, today) : null;
      },
    }),
    nextDeadline: t.field({
      type: YearStageRef,
      nullable: true,
      description: "The next stage whose last day is today or later.",
      select: STAGES_SELECT,
      resolve: (y, _args, ctx) => {
        const today = toLocalIsoDate(ctx.now());
        const w = nextDeadline(windows(y.stages), today);
        return w ? withState(w, today) : null;
      },
    }),
    planTasks: t.relation("planTasks", {
      description: "The year's plan tasks in plan order, optionally filtered.",
      args: {
        areaCode: t.arg.string({ required: false }),
        leadUnitId: t.arg.id({ required: false }),
        status: t.arg({ type: TaskStatusEnum, required: false }),
      },
      query: (args) => ({
        where: {
          ...(args.areaCode ? { area: { code: args.areaCode } } : {}),
          ...(args.leadUnitId ? { units: { some: { unitId: String(args.leadUnitId), role: "LEAD" as const } } } : {}),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: { position: "asc" as const },
      }),
    }),
  }),
});

builder.prismaObject("ReportPeriod", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
    dueDate: t.expose("dueDate", { type: "Date", description: "Last on-time day." }),
    ruleText: t.exposeString("ruleText"),
  }),
});

builder.queryFields((t) => ({
  years: t.prismaField({
    type: ["EvaluationYear"],
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.evaluationYear.findMany({ ...query, orderBy: { year: "desc" } }),
  }),
  year: t.prismaField({
    type: "EvaluationYear",
    nullable: true,
    description:
      "An evaluation year by its number and its authority. Without `authorityCode` the year must be " +
      "unambiguous (one authority has it); otherwise the answer is the error AUTHORITY_REQUIRED.",
    authScopes: { loggedIn: true },
    args: { year: t.arg.int({ required: true }), authorityCode: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const where = { year: args.year, ...(args.authorityCode ? { authority: { code: args.authorityCode } } : {}) };
      const matches = await ctx.prisma.evaluationYear.findMany({ where, select: { id: true }, take: 2 });
      if (matches.length > 1) {
        throw new AppError("Có nhiều cơ quan đánh giá có năm này: hãy chọn cơ quan.", "AUTHORITY_REQUIRED");
      }
      const [match] = matches;
      return match ? ctx.prisma.evaluationYear.findUnique({ ...query, where: { id: match.id } }) : null;
    },
  }),
  evaluationYear: t.prismaField({
    type: "EvaluationYear",
    nullable: true,
    description: "An evaluation year by its id.",
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.evaluationYear.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

const SetYearStatusInput = builder.inputType("SetYearStatusInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    status: t.field({ type: YearStatusEnum, required: true }),
    reason: t.string({ required: false, description: "Required to go back a stage or to reopen a published year." }),
  }),
});

const SetYearStatusSuccess = builder.objectRef<{ yearId: string }>("SetYearStatusSuccess").implement({
  fields: (t) => ({
    year: t.prismaField({
      type: "EvaluationYear",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.evaluationYear.findUniqueOrThrow({ ...query, where: { id: root.yearId } }),
    }),
  }),
});

builder.mutationField("setYearStatus", (t) =>
  t.field({
    type: SetYearStatusSuccess,
    description:
      "Move a year to another stage: publishing is leadership's approval; going back, and reopening a published " +
      "year, needs a reason (the administrator or Home Affairs). Audited.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "SetYearStatusResult" },
    },
    args: { input: t.arg({ type: SetYearStatusInput, required: true }) },
    resolve: (_root, { input }, ctx) => setYearStatus(operation(ctx), { ...input, id: String(input.id) }),
  }),
);
