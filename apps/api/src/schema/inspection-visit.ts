// Inspection visits (issue #9, planning): the year's inspection plan, visits with their unit, one day's
// window, place, team and scope, and their steps (notify, start, cancel with a reason). The minutes,
// findings and conclusion are added to InspectionVisit from their own files (finding.ts,
// visit-minutes.ts) through `builder.prismaObjectFields("InspectionVisit", …)`.
// Who reads: Home Affairs, leadership, inspectors and the administrator every visit; a unit officer
// its own unit's once the unit has been told (the domain's `visit.read`, as a filter in lists).
import { dbDateToIso } from "@cchc/db";
import {
  type Action,
  can,
  canMoveVisit,
  compareVietnamese,
  localTimeOfDay,
  VisitStatus,
  visitIsEditable,
} from "@cchc/domain";
import {
  cancelInspectionVisit,
  createInspectionVisit,
  notifyInspectionVisit,
  saveInspectionPlan,
  startInspectionVisit,
  updateInspectionVisit,
  VISIT_RESOURCE_SELECT,
  VisitConflictError,
  VisitStepError,
  visitReadWhere,
  visitResource,
} from "@cchc/services";
import type { VisitClash } from "@cchc/domain";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

export const VisitStatusEnum = builder.enumType(VisitStatus, { name: "VisitStatus" });

export const InspectionTeamMemberRef = builder.prismaObject("InspectionTeamMember", {
  description: "A member of a visit's team: an inspector (a user) or an outside expert (named, with an organisation).",
  fields: (t) => ({
    id: t.exposeID("id"),
    userId: t.exposeID("userId", { nullable: true, description: "Null for an outside expert." }),
    name: t.exposeString("name"),
    role: t.exposeString("role", { description: '"Trưởng đoàn" or "Thành viên".' }),
    isLead: t.exposeBoolean("isLead"),
    organization: t.exposeString("organization", { nullable: true }),
  }),
});

builder.prismaObject("InspectionVisitScope", {
  description: "One area or criterion of the framework a visit looks at.",
  fields: (t) => ({ node: t.relation("node") }),
});

builder.prismaObject("InspectionPlan", {
  description: "The year's inspection plan, linked to the plan task that orders the inspections.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version"),
    title: t.exposeString("title"),
    planTask: t.relation("planTask", { nullable: true }),
  }),
});

export const InspectionVisitRef = builder.prismaObject("InspectionVisit", {
  description: "An inspection visit to a unit: day and window, place, team, scope and its step.",
  fields: (t) => {
    const viewerCan = (action: Action, to: VisitStatus | "UPDATE", description: string) =>
      t.boolean({
        description,
        select: VISIT_RESOURCE_SELECT,
        resolve: (v, _args, ctx) =>
          (to === "UPDATE" ? visitIsEditable(v.status) : canMoveVisit(v.status, to)) &&
          can(ctx.viewer, action, visitResource(v)),
      });
    return {
      id: t.exposeID("id"),
      version: t.exposeInt("version", { description: "Send it back with a change or a step." }),
      yearId: t.exposeID("yearId"),
      unit: t.relation("unit"),
      plan: t.relation("plan", { nullable: true }),
      status: t.expose("status", { type: VisitStatusEnum }),
      date: t.field({
        type: "Date",
        description: "The local day of the visit (Asia/Ho_Chi_Minh).",
        select: { scheduledDate: true },
        resolve: (v) => dbDateToIso(v.scheduledDate),
      }),
      startTime: t.string({
        description: '"HH:mm", local.',
        select: { startsAt: true },
        resolve: (v) => localTimeOfDay(v.startsAt),
      }),
      endTime: t.string({
        description: '"HH:mm", local.',
        select: { endsAt: true },
        resolve: (v) => localTimeOfDay(v.endsAt),
      }),
      startsAt: t.expose("startsAt", { type: "DateTime" }),
      endsAt: t.expose("endsAt", { type: "DateTime" }),
      place: t.exposeString("place", { nullable: true }),
      scopeText: t.exposeString("scope", { nullable: true, description: "The scope in words." }),
      scope: t.relation("scopeNodes", {
        description: "The areas and criteria of the framework the visit looks at.",
        extensions: { maxItems: 100 },
        query: { orderBy: { node: { code: "asc" } } },
      }),
      team: t.relation("team", {
        description: "The lead first, then members in the order added.",
        extensions: { maxItems: 20 },
        query: { orderBy: [{ isLead: "desc" }, { id: "asc" }] },
      }),
      cancelReason: t.exposeString("cancelReason", { nullable: true }),
      notifiedAt: t.expose("notifiedAt", { type: "DateTime", nullable: true }),
      startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
      concludedAt: t.expose("concludedAt", { type: "DateTime", nullable: true }),
      viewerCanUpdate: viewerCan(
        "visit.update",
        "UPDATE",
        "Whether the viewer may change the day, window, team or scope now.",
      ),
      viewerCanNotify: viewerCan("visit.notify", VisitStatus.NOTIFIED, "Whether the viewer may notify the unit now."),
      viewerCanStart: viewerCan("visit.start", VisitStatus.IN_PROGRESS, "Whether the viewer may start the visit now."),
      viewerCanCancel: viewerCan("visit.cancel", VisitStatus.CANCELLED, "Whether the viewer may cancel the visit now."),
    };
  },
});

const VisitFilterInput = builder.inputType("InspectionVisitFilter", {
  fields: (t) => ({
    unitId: t.id({ required: false }),
    inspectorId: t.id({ required: false, description: "Visits with this user on the team." }),
    mine: t.boolean({ required: false, description: 'Visits with the viewer on the team ("Của tôi").' }),
    status: t.field({ type: [VisitStatusEnum], required: false }),
    from: t.field({ type: "Date", required: false, description: "From this local day (inclusive)." }),
    to: t.field({ type: "Date", required: false, description: "To this local day (inclusive)." }),
  }),
});

const InspectionPersonRef = builder.objectRef<{ id: string; fullName: string }>("InspectionPerson").implement({
  description: "A person who may be put on a visit's team (an active inspector or Home Affairs account).",
  fields: (t) => ({ id: t.exposeID("id"), fullName: t.exposeString("fullName") }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  inspectionPlan: t.relation("inspectionPlan", { nullable: true }),
  inspectionTeamChoices: t.field({
    type: [InspectionPersonRef],
    description: "Who may be put on a visit's team (for those who may plan inspections; empty otherwise), by name.",
    extensions: { maxItems: 200 },
    select: { status: true },
    resolve: async (y, _args, ctx) => {
      if (!can(ctx.viewer, "inspection.plan", { type: "EvaluationYear", yearStatus: y.status })) return [];
      const people = await ctx.prisma.user.findMany({
        where: { active: true, roles: { hasSome: ["INSPECTOR", "HOME_AFFAIRS"] } },
        select: { id: true, fullName: true },
        orderBy: { fullName: "asc" },
        take: 200,
      });
      // in Vietnamese order (the database's puts "Đỗ" after "Lê")
      return people.sort((a, b) => compareVietnamese(a.fullName, b.fullName));
    },
  }),
  inspectionUnitChoices: t.prismaField({
    type: ["Unit"],
    description:
      "The units of the year a visit may go to (for those who may plan inspections; empty otherwise), by name.",
    extensions: { maxItems: 500 },
    select: { id: true, status: true },
    resolve: (query, y, _args, ctx) =>
      can(ctx.viewer, "inspection.plan", { type: "EvaluationYear", yearStatus: y.status })
        ? ctx.prisma.unit.findMany({
            ...query,
            where: { yearUnits: { some: { yearId: y.id } } },
            orderBy: { sortName: "asc" },
            take: 500,
          })
        : [],
  }),
  viewerCanPlanInspections: t.boolean({
    description: "Whether the viewer may keep the inspection plan and schedule visits in this year.",
    select: { status: true },
    resolve: (y, _args, ctx) => can(ctx.viewer, "inspection.plan", { type: "EvaluationYear", yearStatus: y.status }),
  }),
  inspectionVisits: t.relation("inspections", {
    description:
      "The year's visits the viewer may read (a unit officer: its own unit's, once notified), by day and start, filtered.",
    args: { filter: t.arg({ type: VisitFilterInput, required: false }) },
    extensions: { maxItems: 500 },
    query: (args, ctx) => {
      const f = args.filter ?? {};
      const inspector = f.mine ? (ctx.viewer?.userId ?? "") : f.inspectorId ? String(f.inspectorId) : null;
      return {
        where: {
          AND: [
            visitReadWhere(ctx.viewer),
            f.unitId ? { unitId: String(f.unitId) } : {},
            inspector !== null ? { team: { some: { userId: inspector } } } : {},
            f.status?.length ? { status: { in: f.status } } : {},
            f.from ? { scheduledDate: { gte: new Date(`${f.from}T00:00:00.000Z`) } } : {},
            f.to ? { scheduledDate: { lte: new Date(`${f.to}T00:00:00.000Z`) } } : {},
          ],
        },
        orderBy: [{ startsAt: "asc" as const }, { id: "asc" as const }],
        take: 500,
      };
    },
  }),
}));

builder.queryField("inspectionVisit", (t) =>
  t.prismaField({
    type: "InspectionVisit",
    nullable: true,
    description: "One visit, or null when it does not exist or the viewer may not read it.",
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const visit = await ctx.prisma.inspectionVisit.findFirst({
        ...query,
        where: { AND: [{ id: String(args.id) }, visitReadWhere(ctx.viewer)] },
      });
      return visit;
    },
  }),
);

const VisitClashKindEnum = builder.enumType("VisitClashKind", {
  values: {
    UNIT: { description: "The unit is already visited then." },
    INSPECTOR: { description: "An inspector is already booked then." },
  } as const,
});

const VisitClashRef = builder.objectRef<VisitClash>("VisitClash").implement({
  fields: (t) => ({
    kind: t.expose("kind", { type: VisitClashKindEnum }),
    visitId: t.exposeID("visitId", { description: "The other visit." }),
    userId: t.id({ nullable: true, resolve: (c) => (c.kind === "INSPECTOR" ? c.userId : null) }),
    name: t.string({
      description: "The inspector's name, or the unit's name.",
      resolve: (c) => (c.kind === "INSPECTOR" ? c.name : c.unitName),
    }),
    unitName: t.exposeString("unitName", { description: "The unit of the other visit." }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    message: t.exposeString("message", { description: "Vietnamese, naming who or which unit and the other window." }),
  }),
});

builder.objectType(VisitConflictError, {
  name: "VisitConflictError",
  description: "The visit would book a unit or an inspector twice in overlapping windows; nothing was written.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof VisitConflictError,
  fields: (t) => ({ clashes: t.field({ type: [VisitClashRef], resolve: (e) => e.clashes }) }),
});

builder.objectType(VisitStepError, {
  name: "VisitStepError",
  description: "The visit is not at a step from which this is allowed (e.g. starting a visit not yet notified).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof VisitStepError,
  fields: (t) => ({ status: t.expose("status", { type: VisitStatusEnum }) }),
});

const VisitSuccess = builder.objectRef<{ visitId: string }>("InspectionVisitSuccess").implement({
  fields: (t) => ({
    visit: t.prismaField({
      type: "InspectionVisit",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.inspectionVisit.findUniqueOrThrow({ ...query, where: { id: r.visitId } }),
    }),
  }),
});

const PlanSuccess = builder.objectRef<{ planId: string }>("SaveInspectionPlanSuccess").implement({
  fields: (t) => ({
    plan: t.prismaField({
      type: "InspectionPlan",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.inspectionPlan.findUniqueOrThrow({ ...query, where: { id: r.planId } }),
    }),
  }),
});

const TeamMemberInput = builder.inputType("VisitTeamMemberInput", {
  fields: (t) => ({
    userId: t.id({ required: false, description: "An inspector's account; absent for an outside expert." }),
    name: t.string({ required: false, description: "An outside expert's name." }),
    organization: t.string({ required: false, description: "An outside expert's organisation." }),
    isLead: t.boolean({ required: true, description: "Exactly one lead (Trưởng đoàn) per team." }),
  }),
});

const CreateVisitInput = builder.inputType("CreateInspectionVisitInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    date: t.field({ type: "Date", required: true, description: "The local day." }),
    startTime: t.string({ required: true, description: '"HH:mm", local.' }),
    endTime: t.string({ required: true, description: '"HH:mm", local, after the start on the same day.' }),
    place: t.string({ required: false }),
    team: t.field({ type: [TeamMemberInput], required: true }),
    scopeNodeIds: t.idList({ required: false }),
    scopeText: t.string({ required: false }),
  }),
});

const UpdateVisitInput = builder.inputType("UpdateInspectionVisitInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    unitId: t.id({ required: true }),
    date: t.field({ type: "Date", required: true }),
    startTime: t.string({ required: true }),
    endTime: t.string({ required: true }),
    place: t.string({ required: false }),
    team: t.field({ type: [TeamMemberInput], required: true }),
    scopeNodeIds: t.idList({ required: false }),
    scopeText: t.string({ required: false }),
  }),
});

const MoveVisitInput = builder.inputType("MoveInspectionVisitInput", {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const CancelVisitInput = builder.inputType("CancelInspectionVisitInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    reason: t.string({ required: true }),
  }),
});

const SavePlanInput = builder.inputType("SaveInspectionPlanInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    version: t.int({ required: false, description: "The plan's version seen; absent when the year has none yet." }),
    title: t.string({ required: true }),
    planTaskId: t.id({ required: false }),
  }),
});

type TeamIn = { userId?: string | number | null; name?: string | null; organization?: string | null; isLead: boolean };
const team = (members: readonly TeamIn[]) =>
  members.map((m) => ({
    userId: m.userId == null ? null : String(m.userId),
    name: m.name ?? null,
    organization: m.organization ?? null,
    isLead: m.isLead,
  }));

const BOOKING_ERRORS = [
  VisitConflictError,
  VisitStepError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
];
const STEP_ERRORS = [VisitStepError, ConflictError, ForbiddenError, NotFoundError, ValidationError];

builder.mutationFields((t) => ({
  saveInspectionPlan: t.field({
    type: PlanSuccess,
    description: "Home Affairs or an inspector keeps the year's inspection plan (title, the plan task that orders it).",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "SaveInspectionPlanResult" },
    },
    args: { input: t.arg({ type: SavePlanInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      saveInspectionPlan(operation(ctx), {
        yearId: String(input.yearId),
        version: input.version ?? null,
        title: input.title,
        planTaskId: input.planTaskId == null ? null : String(input.planTaskId),
      }),
  }),
  createInspectionVisit: t.field({
    type: VisitSuccess,
    description: "Schedule a visit; refused with VisitConflictError when a unit or an inspector is booked then.",
    authScopes: { loggedIn: true },
    errors: { types: BOOKING_ERRORS, directResult: true, union: { name: "CreateInspectionVisitResult" } },
    args: { input: t.arg({ type: CreateVisitInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      createInspectionVisit(operation(ctx), {
        ...input,
        yearId: String(input.yearId),
        unitId: String(input.unitId),
        team: team(input.team),
        scopeNodeIds: input.scopeNodeIds?.map(String) ?? [],
      }),
  }),
  updateInspectionVisit: t.field({
    type: VisitSuccess,
    description: "Change a planned or notified visit (versioned; the booking checked again).",
    authScopes: { loggedIn: true },
    errors: { types: BOOKING_ERRORS, directResult: true, union: { name: "UpdateInspectionVisitResult" } },
    args: { input: t.arg({ type: UpdateVisitInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      updateInspectionVisit(operation(ctx), {
        ...input,
        id: String(input.id),
        unitId: String(input.unitId),
        team: team(input.team),
        scopeNodeIds: input.scopeNodeIds?.map(String) ?? [],
      }),
  }),
  notifyInspectionVisit: t.field({
    type: VisitSuccess,
    description: "Tell the unit of a planned visit: its officer sees it from now on.",
    authScopes: { loggedIn: true },
    errors: { types: STEP_ERRORS, directResult: true, union: { name: "NotifyInspectionVisitResult" } },
    args: { input: t.arg({ type: MoveVisitInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      notifyInspectionVisit(operation(ctx), { id: String(input.id), version: input.version }),
  }),
  startInspectionVisit: t.field({
    type: VisitSuccess,
    description: "The team is on the spot: the notified visit is in progress.",
    authScopes: { loggedIn: true },
    errors: { types: STEP_ERRORS, directResult: true, union: { name: "StartInspectionVisitResult" } },
    args: { input: t.arg({ type: MoveVisitInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      startInspectionVisit(operation(ctx), { id: String(input.id), version: input.version }),
  }),
  cancelInspectionVisit: t.field({
    type: VisitSuccess,
    description: "Cancel a visit before its conclusion, with a reason.",
    authScopes: { loggedIn: true },
    errors: { types: STEP_ERRORS, directResult: true, union: { name: "CancelInspectionVisitResult" } },
    args: { input: t.arg({ type: CancelVisitInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      cancelInspectionVisit(operation(ctx), { id: String(input.id), version: input.version, reason: input.reason }),
  }),
}));
