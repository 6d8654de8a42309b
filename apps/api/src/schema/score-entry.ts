// Score entries: one value of one leaf for one unit from one source (a claim, an explanation, an
// appraisal, not applicable, an override), saved through @cchc/services' saveScoreEntry; and one
// unit's stage reopened by Home Affairs (which also clears the unit's submission of that stage).
import { jsonColumns } from "@cchc/db";
import { EntrySource } from "@cchc/domain";
import { reopenUnitStage, saveScoreEntry, StageClosedError } from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { CycleStageEnum } from "./year.js";

export const EntrySourceEnum = builder.enumType(EntrySource, { name: "EntrySource" });

builder.objectType(StageClosedError, {
  name: "StageClosedError",
  description: "Outside the stage in which this may be written (for this unit), or the results are locked.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof StageClosedError,
  fields: (t) => ({
    stages: t.field({
      type: [CycleStageEnum],
      resolve: (e) => e.stages as Array<(typeof CycleStageEnum)["$inferType"]>,
    }),
    locked: t.exposeBoolean("locked"),
  }),
});

builder.prismaObject("ScoreEntry", {
  description: "One value of one leaf for one unit from one source.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version"),
    source: t.expose("source", { type: EntrySourceEnum }),
    leaf: t.relation("node"),
    unit: t.relation("unit"),
    points: t.float({
      nullable: true,
      select: { points: true },
      resolve: (e) => (e.points === null ? null : Number(e.points)),
    }),
    inputs: t.field({
      type: "JSON",
      nullable: true,
      description: "The method's raw inputs, when the value was given as inputs.",
      select: { inputs: true },
      resolve: (e) => (e.inputs === null ? null : jsonColumns.scoreInputs.parse(e.inputs)),
    }),
    comment: t.exposeString("comment", { nullable: true }),
    reasonCode: t.exposeString("reasonCode", { nullable: true }),
    author: t.relation("author", { nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const SaveScoreEntryInput = builder.inputType("SaveScoreEntryInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    leafCode: t.string({ required: true, description: 'The sub-criterion, e.g. "2.1.1".' }),
    source: t.field({ type: EntrySourceEnum, required: true }),
    version: t.int({ required: false, description: "The entry's version the person saw; absent for a new entry." }),
    inputs: t.field({ type: "JSON", required: false, description: "The method's raw inputs (or give `points`)." }),
    points: t.float({ required: false }),
    comment: t.string({ required: false, description: "Explanation, appraisal comment, grounds of an override." }),
    reasonCode: t.string({ required: false, description: "Why an appraisal differs from the claim." }),
    evidenceFileIds: t.idList({
      required: false,
      description:
        "When given, REPLACES the entry's evidence files (each of the same year and unit; upload them with POST /files). " +
        "A claim without evidence needs an explanation (`comment`).",
    }),
  }),
});

const SaveScoreEntrySuccess = builder.objectRef<{ entryId: string }>("SaveScoreEntrySuccess").implement({
  fields: (t) => ({
    entry: t.prismaField({
      type: "ScoreEntry",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.scoreEntry.findUniqueOrThrow({ ...query, where: { id: root.entryId } }),
    }),
  }),
});

const ReopenUnitStageInput = builder.inputType("ReopenUnitStageInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    stage: t.field({ type: CycleStageEnum, required: true }),
    untilOn: t.field({ type: "Date", required: true, description: "The last day the stage is open for the unit." }),
    reason: t.string({ required: true }),
  }),
});

const ReopenUnitStageSuccess = builder.objectRef<{ reopeningId: string }>("ReopenUnitStageSuccess").implement({
  fields: (t) => ({ reopeningId: t.exposeID("reopeningId") }),
});

builder.mutationFields((t) => ({
  saveScoreEntry: t.field({
    type: SaveScoreEntrySuccess,
    description:
      "Save one value of a leaf for a unit: a claim (the unit's officer, during self-assessment), an explanation, an " +
      "appraisal in round 1 or 2, not applicable, or an override (Home Affairs). Versioned and audited.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, StageClosedError, ValidationError],
      directResult: true,
      union: { name: "SaveScoreEntryResult" },
    },
    args: { input: t.arg({ type: SaveScoreEntryInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      saveScoreEntry(operation(ctx), {
        ...input,
        yearId: String(input.yearId),
        unitId: String(input.unitId),
        version: input.version ?? null,
        evidenceFileIds: input.evidenceFileIds?.map(String) ?? null,
      }),
  }),
  reopenUnitStage: t.field({
    type: ReopenUnitStageSuccess,
    description: "Reopen one stage for one unit until a day, with a reason (Home Affairs). Audited.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "ReopenUnitStageResult" },
    },
    args: { input: t.arg({ type: ReopenUnitStageInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      reopenUnitStage(operation(ctx), { ...input, yearId: String(input.yearId), unitId: String(input.unitId) }),
  }),
}));
