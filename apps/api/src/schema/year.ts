import { YearStatus } from "@cchc/domain";
import { builder } from "../builder.js";
import { TaskStatusEnum } from "./plan.js";

export const YearStatusEnum = builder.enumType(YearStatus, { name: "YearStatus" });

builder.prismaObject("EvaluationYear", {
  description: "One evaluation year of an authority: its plan, calendar, framework and results.",
  fields: (t) => ({
    id: t.exposeID("id"),
    year: t.exposeInt("year"),
    title: t.exposeString("title"),
    status: t.expose("status", { type: YearStatusEnum }),
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
    authScopes: { loggedIn: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.evaluationYear.findFirst({ ...query, where: { year: args.year } }),
  }),
}));
