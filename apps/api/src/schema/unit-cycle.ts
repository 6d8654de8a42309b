// One unit's evaluation calendar (EvaluationYear.unitCycle), every scored unit's state at a glance
// (EvaluationYear.unitCycles) and submitting a stage (submitUnitStage): the rules live in
// @cchc/services (scoring/unit-cycle, scoring/unit-cycle-summaries, scoring/submit-unit-stage) and the domain.
import { CYCLE_STAGES, SUBMITTED_STAGES } from "@cchc/domain";
import {
  StageClosedError,
  submitUnitStage,
  type UnitCycle,
  type UnitCycleStage,
  type UnitCycleSummary,
  unitCycle,
  unitCycleSummaries,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { UnitRef } from "./unit.js";
import { CycleStageEnum, StageStateEnum } from "./year.js";

const STATE = { upcoming: "UPCOMING", open: "OPEN", closed: "CLOSED" } as const;

const UnitCycleStageRef = builder.objectRef<UnitCycleStage>("UnitCycleStage").implement({
  description:
    "One stage of the year for one unit: its window, its state for THIS unit (reopenings count), the unit's submission.",
  fields: (t) => ({
    stage: t.expose("stage", { type: CycleStageEnum }),
    opensOn: t.expose("opensOn", { type: "Date" }),
    closesOn: t.expose("closesOn", {
      type: "Date",
      description: "The year's last day (inclusive), before any reopening.",
    }),
    state: t.field({ type: StageStateEnum, resolve: (s) => STATE[s.state] }),
    reopenedUntil: t.expose("reopenedUntil", {
      type: "Date",
      nullable: true,
      description: "Home Affairs reopened the stage for the unit until this day.",
    }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    submittedByName: t.exposeString("submittedByName", { nullable: true }),
    submittable: t.boolean({
      description: "Whether a unit submits this stage (self-assessment, explanation).",
      resolve: (s) => s.stage in SUBMITTED_STAGES,
    }),
    viewerCanSubmit: t.exposeBoolean("viewerCanSubmit"),
  }),
});

const UnitCycleRef = builder.objectRef<UnitCycle>("UnitCycle").implement({
  description: "One unit's evaluation calendar on the server's day, and what the viewer may do now.",
  fields: (t) => ({
    unit: t.prismaField({
      type: UnitRef,
      resolve: (query, c, _args, ctx) => ctx.prisma.unit.findUniqueOrThrow({ ...query, where: { id: c.unitId } }),
    }),
    unitName: t.exposeString("unitName", { description: "The unit's name in that year." }),
    asOf: t.expose("asOf", { type: "Date", description: "The server's day (Asia/Ho_Chi_Minh) the states are for." }),
    resultsLocked: t.exposeBoolean("resultsLocked"),
    stages: t.field({ type: [UnitCycleStageRef], resolve: (c) => c.stages }),
    currentStage: t.field({
      type: UnitCycleStageRef,
      nullable: true,
      description: "The stage open today for the unit, or null.",
      resolve: (c) => c.currentStage,
    }),
    viewerCanSaveClaim: t.exposeBoolean("viewerCanSaveClaim", {
      description: "Self-assessment open for the unit, not submitted, and the viewer is its officer.",
    }),
    viewerCanSaveExplanation: t.exposeBoolean("viewerCanSaveExplanation"),
    viewerCanAppraise: t.exposeBoolean("viewerCanAppraise", {
      description: "Round 1 or 2 open for the unit (Home Affairs).",
    }),
    viewerCanAdjust: t.exposeBoolean("viewerCanAdjust", {
      description: "Bonus/penalty may be given now (Home Affairs, rounds 1–2, not locked).",
    }),
    viewerCanReopen: t.exposeBoolean("viewerCanReopen", { description: "The viewer may reopen a stage for the unit." }),
  }),
});

const UnitCycleSummaryRef = builder.objectRef<UnitCycleSummary>("UnitCycleSummary").implement({
  description:
    "One scored unit of the year at a glance (Home Affairs' list of units): its stages for the unit, its submissions, " +
    "its self-assessment and appraisal progress, and whether it waits for appraisal now.",
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitName: t.exposeString("unitName", { description: "The unit's name in that year." }),
    unitTypeId: t.exposeID("unitTypeId"),
    unitTypeCode: t.exposeString("unitTypeCode"),
    stages: t.field({
      type: [UnitCycleStageRef],
      // one per stage of the calendar: the query cost counts this many
      extensions: { maxItems: CYCLE_STAGES.length },
      resolve: (c) => c.stages,
    }),
    currentStage: t.field({
      type: UnitCycleStageRef,
      nullable: true,
      description: "The stage open today for the unit, or null.",
      resolve: (c) => c.currentStage,
    }),
    claimed: t.exposeInt("claimed", { description: "Self-scored leaves the unit claimed." }),
    selfScored: t.exposeInt("selfScored", {
      description: "Leaves of the unit's type it scores itself (less those marked not applicable).",
    }),
    round: t.expose("round", {
      type: CycleStageEnum,
      nullable: true,
      description: "The round counted: the one open for the unit (round 2 first), else the last closed; null before.",
    }),
    roundOpen: t.exposeBoolean("roundOpen", { description: "The counted round is open for the unit today." }),
    appraised: t.exposeInt("appraised", { description: "Leaves with an entry of the counted round." }),
    total: t.exposeInt("total", { description: "Leaves of the unit's type (less those marked not applicable)." }),
    awaitingAppraisal: t.exposeBoolean("awaitingAppraisal", {
      description:
        "The round is open, leaves are left, and the unit is done with the stage before it (submitted or closed).",
    }),
  }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  unitCycles: t.field({
    type: [UnitCycleSummaryRef],
    description:
      "The year's scored units the viewer may read (Home Affairs, leadership, the administrator: all; a unit officer: " +
      "their own; others: none), by name, each with its stages, submissions and progress. A fixed number of " +
      "statements whatever the number of units.",
    select: { id: true },
    resolve: (y, _args, ctx) => unitCycleSummaries(operation(ctx), { yearId: y.id }),
  }),
  unitCycle: t.field({
    type: UnitCycleRef,
    nullable: true,
    description: "One unit's calendar, submissions and permissions; null when the viewer may not read the unit.",
    args: { unitId: t.arg.id({ required: true }) },
    select: { id: true },
    resolve: (y, args, ctx) => unitCycle(operation(ctx), { yearId: y.id, unitId: String(args.unitId) }),
  }),
}));

const SubmitUnitStageInput = builder.inputType("SubmitUnitStageInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    stage: t.field({ type: CycleStageEnum, required: true, description: "SELF_ASSESSMENT or EXPLANATION." }),
  }),
});

const SubmissionRef = builder
  .objectRef<{ stage: UnitCycleStage["stage"]; submittedAt: Date; submittedByName: string | null }>(
    "UnitStageSubmission",
  )
  .implement({
    fields: (t) => ({
      stage: t.expose("stage", { type: CycleStageEnum }),
      submittedAt: t.expose("submittedAt", { type: "DateTime" }),
      submittedByName: t.exposeString("submittedByName", { nullable: true }),
    }),
  });

const SubmitUnitStageSuccess = builder
  .objectRef<{ submissionId: string; yearId: string; unitId: string }>("SubmitUnitStageSuccess")
  .implement({
    fields: (t) => ({
      submission: t.field({
        type: SubmissionRef,
        resolve: async (r, _args, ctx) => {
          const row = await ctx.prisma.unitStageSubmission.findUniqueOrThrow({
            where: { id: r.submissionId },
            select: { stage: true, submittedAt: true, submittedBy: { select: { fullName: true } } },
          });
          return { stage: row.stage, submittedAt: row.submittedAt, submittedByName: row.submittedBy?.fullName ?? null };
        },
      }),
      unitCycle: t.field({
        type: UnitCycleRef,
        nullable: true,
        description: "The unit's calendar after the submission.",
        resolve: (r, _args, ctx) => unitCycle(operation(ctx), { yearId: r.yearId, unitId: r.unitId }),
      }),
    }),
  });

builder.mutationField("submitUnitStage", (t) =>
  t.field({
    type: SubmitUnitStageSuccess,
    description:
      "The unit's officer submits its self-assessment (every self-scored leaf claimed or not applicable, each claim with " +
      "evidence or an explanation: otherwise one problem per leaf) or its explanation, while the stage is open for the " +
      "unit. Its entries of that stage are then read-only until Home Affairs reopens the stage. Audited.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ForbiddenError, NotFoundError, StageClosedError, ValidationError],
      directResult: true,
      union: { name: "SubmitUnitStageResult" },
    },
    args: { input: t.arg({ type: SubmitUnitStageInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const owner = { yearId: String(input.yearId), unitId: String(input.unitId) };
      const { submissionId } = await submitUnitStage(operation(ctx), { ...owner, stage: input.stage });
      return { submissionId, ...owner };
    },
  }),
);
