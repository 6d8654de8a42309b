// Corrective actions after an inspection (hành động khắc phục): the CorrectiveAction type (its
// finding and visit, owner unit, due date, status, overdue on the server's day, history, the fix's
// evidence, what the viewer may do), the year's list (a unit officer gets its own unit's only), the
// weaknesses an action may be created from, the per-criterion inspection summary of a unit for the
// appraisal and the scorecard, and the four steps (create, submit the fix, verify, reopen).
import { dbDateToIso } from "@cchc/db";
import {
  ActionStatus,
  actionSummaryText,
  can,
  canTakeActionStep,
  isActionOverdue,
  MAX_EVIDENCE_FILES_PER_RECORD,
  Role,
  type YearStatus,
} from "@cchc/domain";
import {
  correctiveActionsWhere,
  createCorrectiveAction,
  inspectionLeafSummaries,
  reopenCorrectiveAction,
  submitActionFix,
  verifyCorrectiveAction,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { EVIDENCE_FILE_FIELDS, EvidenceFileRef } from "./evidence.js";

export const ActionStatusEnum = builder.enumType(ActionStatus, {
  name: "ActionStatus",
  description: "OPEN → SUBMITTED (fix sent by the unit) → VERIFIED, or REOPENED with a reason (→ SUBMITTED again).",
});

/** The columns the access rules need, for the viewerCan… fields. */
const ACCESS_SELECT = {
  ownerUnitId: true,
  status: true,
  finding: {
    select: { visit: { select: { year: { select: { status: true } }, team: { select: { userId: true } } } } },
  },
} as const;

type AccessRow = {
  ownerUnitId: string;
  status: ActionStatus;
  finding: { visit: { year: { status: YearStatus }; team: Array<{ userId: string | null }> } };
};

const resourceOf = (a: AccessRow) => ({
  type: "CorrectiveAction" as const,
  ownerUnitId: a.ownerUnitId,
  teamUserIds: a.finding.visit.team.flatMap((m) => (m.userId ? [m.userId] : [])),
  yearStatus: a.finding.visit.year.status,
});

const FINDING_SELECT = {
  id: true,
  kind: true,
  severity: true,
  description: true,
  node: { select: { id: true, code: true, name: true } },
  visit: {
    select: {
      id: true,
      status: true,
      scheduledDate: true,
      visitedDate: true,
      unit: { select: { id: true, name: true } },
    },
  },
} as const;

type FindingShape = {
  id: string;
  kind: string;
  severity: string | null;
  description: string;
  node: { id: string; code: string; name: string } | null;
  visit: {
    id: string;
    status: string;
    scheduledDate: Date;
    visitedDate: Date | null;
    unit: { id: string; name: string };
  };
};

const ActionCriterionRef = builder.objectRef<{ id: string; code: string; name: string }>("ActionCriterion").implement({
  description: "The framework criterion a finding concerns.",
  fields: (t) => ({ id: t.exposeID("id"), code: t.exposeString("code"), name: t.exposeString("name") }),
});

const ActionVisitRef = builder.objectRef<FindingShape["visit"]>("ActionVisit").implement({
  description: "The inspection visit a corrective action comes from (the visited unit, the day).",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.exposeString("status"),
    date: t.field({ type: "Date", resolve: (v) => v.visitedDate ?? v.scheduledDate }),
    unitId: t.id({ resolve: (v) => v.unit.id }),
    unitName: t.string({ resolve: (v) => v.unit.name }),
  }),
});

export const ActionFindingRef = builder.objectRef<FindingShape>("ActionFinding").implement({
  description: "The finding (a weakness) a corrective action answers.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.exposeString("kind", { description: "WEAKNESS or GOOD_PRACTICE" }),
    severity: t.exposeString("severity", { nullable: true }),
    description: t.exposeString("description"),
    criterion: t.field({ type: ActionCriterionRef, nullable: true, resolve: (f) => f.node }),
    visit: t.field({ type: ActionVisitRef, resolve: (f) => f.visit }),
  }),
});

builder.prismaObject("CorrectiveActionEvent", {
  description: "One step of a corrective action's history, with who took it and the note or reason.",
  fields: (t) => ({
    id: t.exposeID("id"),
    fromStatus: t.expose("fromStatus", { type: ActionStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: ActionStatusEnum }),
    note: t.exposeString("note", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
    actorName: t.string({
      nullable: true,
      select: { actor: { select: { fullName: true } } },
      resolve: (e) => e.actor?.fullName ?? null,
    }),
  }),
});

export const CorrectiveActionRef = builder.prismaObject("CorrectiveAction", {
  description: "A corrective action (hành động khắc phục) answering an inspection's weakness.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", { description: "Send it back with each step." }),
    description: t.exposeString("description"),
    dueDate: t.expose("dueDate", { type: "Date", description: "Last day to fix (local day)." }),
    status: t.expose("status", { type: ActionStatusEnum }),
    overdue: t.boolean({
      description: "Not verified and the due date passed (the server's day, Asia/Ho_Chi_Minh).",
      select: { status: true, dueDate: true },
      resolve: (a, _args, ctx) => isActionOverdue({ status: a.status, dueDate: dbDateToIso(a.dueDate) }, ctx.now()),
    }),
    fixNote: t.exposeString("fixNote", { nullable: true, description: "The unit's note with its last fix." }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    verifiedAt: t.expose("verifiedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    owner: t.relation("owner", { description: "The unit that must fix it." }),
    finding: t.field({
      type: ActionFindingRef,
      select: { finding: { select: FINDING_SELECT } },
      resolve: (a) => a.finding,
    }),
    events: t.relation("events", {
      description: "Every step, oldest first.",
      query: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      extensions: { maxItems: 20 },
    }),
    evidence: t.field({
      type: [EvidenceFileRef],
      description: "The fix's evidence files (every submission's), oldest first.",
      extensions: { maxItems: MAX_EVIDENCE_FILES_PER_RECORD },
      select: { evidence: { select: EVIDENCE_FILE_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      resolve: (a) => a.evidence,
    }),
    viewerCanSubmitFix: t.boolean({
      description: "The owner unit's officer, while the action is open or reopened.",
      select: ACCESS_SELECT,
      resolve: (a, _args, ctx) =>
        canTakeActionStep(a.status, "submit") && can(ctx.viewer, "action.submitFix", resourceOf(a)),
    }),
    viewerCanVerify: t.boolean({
      description: "The visit's team or Home Affairs, once a fix is submitted.",
      select: ACCESS_SELECT,
      resolve: (a, _args, ctx) =>
        canTakeActionStep(a.status, "verify") && can(ctx.viewer, "action.verify", resourceOf(a)),
    }),
    viewerCanReopen: t.boolean({
      description: "The visit's team or Home Affairs, once a fix is submitted or verified.",
      select: ACCESS_SELECT,
      resolve: (a, _args, ctx) =>
        canTakeActionStep(a.status, "reopen") && can(ctx.viewer, "action.reopen", resourceOf(a)),
    }),
  }),
});

const ActionCountsRef = builder
  .objectRef<{
    leafCode: string;
    frameworkNodeId: string;
    total: number;
    verified: number;
    submitted: number;
    open: number;
    overdue: number;
  }>("InspectionLeafSummary")
  .implement({
    description: "A unit's corrective actions on one criterion: how many, verified, overdue.",
    fields: (t) => ({
      frameworkNodeId: t.exposeID("frameworkNodeId"),
      leafCode: t.exposeString("leafCode"),
      total: t.exposeInt("total"),
      verified: t.exposeInt("verified"),
      submitted: t.exposeInt("submitted"),
      open: t.exposeInt("open", { description: "Open or reopened (waiting for the unit)." }),
      overdue: t.exposeInt("overdue"),
      text: t.string({
        description: '"3/4 hành động khắc phục đã xác minh, 1 quá hạn"',
        resolve: (s) => actionSummaryText(s),
      }),
    }),
  });

builder.prismaObjectFields("EvaluationYear", (t) => ({
  correctiveActions: t.prismaField({
    type: ["CorrectiveAction"],
    description:
      "The year's corrective actions, by due date (Home Affairs, leadership, inspectors: all; a unit officer: its " +
      "unit's only; others: none). Filters: status, owner unit, overdue (today, server's day), finding.",
    args: {
      status: t.arg({ type: ActionStatusEnum, required: false }),
      unitId: t.arg.id({ required: false }),
      overdue: t.arg.boolean({ required: false }),
      findingId: t.arg.id({ required: false }),
    },
    select: { id: true },
    resolve: (query, year, args, ctx) => {
      const where = correctiveActionsWhere(
        ctx.viewer,
        year.id,
        {
          status: args.status ?? null,
          unitId: args.unitId == null ? null : String(args.unitId),
          overdue: args.overdue ?? null,
          findingId: args.findingId == null ? null : String(args.findingId),
        },
        ctx.now(),
      );
      // a viewer who may list none still spends the (empty) query: Pothos expects the query used
      return ctx.prisma.correctiveAction.findMany({
        ...query,
        where: where ?? { id: { in: [] } },
        orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        take: 500,
      });
    },
  }),
  correctiveActionFindings: t.field({
    type: [ActionFindingRef],
    description:
      "The weaknesses of the year's visits the viewer may create corrective actions from (the visit's team, Home " +
      "Affairs), newest visit first; visits cancelled left out.",
    select: { id: true, status: true },
    resolve: async (year, _args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer || !(viewer.roles.includes(Role.HOME_AFFAIRS) || viewer.roles.includes(Role.INSPECTOR))) return [];
      const rows = await ctx.prisma.finding.findMany({
        where: {
          kind: "WEAKNESS",
          visit: {
            yearId: year.id,
            status: { not: "CANCELLED" },
            ...(viewer.roles.includes(Role.HOME_AFFAIRS) ? {} : { team: { some: { userId: viewer.userId } } }),
          },
        },
        select: FINDING_SELECT,
        orderBy: [{ visit: { startsAt: "desc" } }, { createdAt: "asc" }],
        take: 200,
      });
      return year.status === "PUBLISHED" ? [] : rows;
    },
  }),
  inspectionSummaries: t.field({
    type: [ActionCountsRef],
    description:
      "One unit's corrective actions per criterion their finding concerns (for appraisers on the leaves and the " +
      "scorecard). Empty for a viewer who may not read that unit's actions.",
    args: { unitId: t.arg.id({ required: true }) },
    select: { id: true, status: true },
    resolve: async (year, args, ctx) => {
      const unitId = String(args.unitId);
      if (
        !can(ctx.viewer, "action.read", {
          type: "CorrectiveAction",
          ownerUnitId: unitId,
          teamUserIds: [],
          yearStatus: year.status,
        })
      ) {
        return [];
      }
      const rows = await inspectionLeafSummaries(operation(ctx), { yearId: year.id, unitId });
      return rows.map((r) => ({ frameworkNodeId: r.frameworkNodeId, leafCode: r.leafCode, ...r.counts }));
    },
  }),
}));

builder.prismaObjectField("Finding", "correctiveActions", (t) =>
  t.prismaField({
    type: ["CorrectiveAction"],
    description:
      "The corrective actions created from this finding (a weakness) that the viewer may read, by due date (a unit " +
      "officer: its own unit's only).",
    extensions: { maxItems: 20 },
    select: { id: true, visit: { select: { yearId: true } } },
    resolve: (query, finding, _args, ctx) => {
      const where = correctiveActionsWhere(ctx.viewer, finding.visit.yearId, { findingId: finding.id }, ctx.now());
      return ctx.prisma.correctiveAction.findMany({
        ...query,
        where: where ?? { id: { in: [] } },
        orderBy: [{ dueDate: "asc" }, { id: "asc" }],
        take: 20,
      });
    },
  }),
);

const CreateCorrectiveActionInput = builder.inputType("CreateCorrectiveActionInput", {
  fields: (t) => ({
    findingId: t.id({ required: true, description: "A weakness (WEAKNESS finding) of a visit." }),
    description: t.string({ required: true }),
    ownerUnitId: t.id({ required: false, description: "Absent: the visited unit." }),
    dueDate: t.string({ required: true, description: "YYYY-MM-DD, not before today." }),
  }),
});

const SubmitCorrectiveActionFixInput = builder.inputType("SubmitCorrectiveActionFixInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    note: t.string({ required: true, description: "What the unit did." }),
    evidenceFileIds: t.idList({ required: false, description: "Files of the owner unit in this year (POST /files)." }),
  }),
});

const VerifyCorrectiveActionInput = builder.inputType("VerifyCorrectiveActionInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    note: t.string({ required: false }),
  }),
});

const ReopenCorrectiveActionInput = builder.inputType("ReopenCorrectiveActionInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    reason: t.string({ required: true }),
  }),
});

const CorrectiveActionSuccess = builder.objectRef<{ actionId: string }>("CorrectiveActionSuccess").implement({
  fields: (t) => ({
    action: t.prismaField({
      type: "CorrectiveAction",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.correctiveAction.findUniqueOrThrow({ ...query, where: { id: r.actionId } }),
    }),
  }),
});

const ERRORS = [ConflictError, ForbiddenError, NotFoundError, ValidationError];

builder.mutationFields((t) => ({
  createCorrectiveAction: t.field({
    type: CorrectiveActionSuccess,
    description:
      "The visit's team or Home Affairs creates a corrective action from a weakness: description, owner unit (default " +
      "the visited unit), due date. Audited, with the first history step.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "CreateCorrectiveActionResult" } },
    args: { input: t.arg({ type: CreateCorrectiveActionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createCorrectiveAction(operation(ctx), {
        findingId: String(input.findingId),
        description: input.description,
        ownerUnitId: input.ownerUnitId == null ? null : String(input.ownerUnitId),
        dueDate: input.dueDate,
      }),
  }),
  submitCorrectiveActionFix: t.field({
    type: CorrectiveActionSuccess,
    description: "The owner unit's officer submits the fix (note, evidence) of an open or reopened action.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SubmitCorrectiveActionFixResult" } },
    args: { input: t.arg({ type: SubmitCorrectiveActionFixInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      submitActionFix(operation(ctx), {
        id: String(input.id),
        version: input.version,
        note: input.note,
        evidenceFileIds: input.evidenceFileIds?.map(String) ?? null,
      }),
  }),
  verifyCorrectiveAction: t.field({
    type: CorrectiveActionSuccess,
    description: "The visit's team or Home Affairs verifies a submitted fix.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "VerifyCorrectiveActionResult" } },
    args: { input: t.arg({ type: VerifyCorrectiveActionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      verifyCorrectiveAction(operation(ctx), {
        id: String(input.id),
        version: input.version,
        note: input.note ?? null,
      }),
  }),
  reopenCorrectiveAction: t.field({
    type: CorrectiveActionSuccess,
    description: "The visit's team or Home Affairs sends a submitted or verified fix back with a reason.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "ReopenCorrectiveActionResult" } },
    args: { input: t.arg({ type: ReopenCorrectiveActionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      reopenCorrectiveAction(operation(ctx), { id: String(input.id), version: input.version, reason: input.reason }),
  }),
}));
