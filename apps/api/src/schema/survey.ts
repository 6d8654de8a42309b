// Surveys (SIPAS-style citizen satisfaction and the leaders' survey; issue #10): a year's rounds
// (`EvaluationYear.surveys`), each with its rates per aspect, per unit and overall against the target
// (citizens) or weighted scores (leaders), its imports and each unit's counts. Writes: createSurveyRound,
// importSurveyRespondents (XLSX/CSV as base64, all or nothing: SurveyFileError lists the rows),
// saveSurveyCounts (versioned), deleteSurveyImport. Home Affairs writes; Home Affairs, leadership and
// the administrator read (the domain's survey.manage / survey.read). Templates: GET /templates/survey.xlsx|csv.
import {
  CITIZEN_ASPECTS,
  can,
  type LeaderScore,
  leaderQuestionCode,
  type SatisfactionRate,
  SurveyKind,
  type SurveyRowProblem,
} from "@cchc/domain";
import {
  createSurveyRound,
  deleteSurveyImport,
  importSurveyRespondents,
  SURVEY_COUNT_SELECT,
  SurveyFileError,
  saveSurveyCounts,
  surveyRatesOf,
} from "@cchc/services";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { operation } from "../context.js";
import { ConflictError, ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

const SurveyKindEnum = builder.enumType(SurveyKind, { name: "SurveyKind" });
const SurveyPeriodEnum = builder.enumType("SurveyPeriod", {
  values: { H1: { description: "6 tháng đầu năm" }, YEAR: { description: "Cả năm" } } as const,
});

const canRead = (ctx: Context, yearStatus: string) =>
  can(ctx.viewer, "survey.read", { type: "EvaluationYear", yearStatus: yearStatus as never });
const canManage = (ctx: Context, yearStatus: string) =>
  can(ctx.viewer, "survey.manage", { type: "EvaluationYear", yearStatus: yearStatus as never });

const RateRef = builder.objectRef<SatisfactionRate & { aspect?: string }>("SatisfactionRate").implement({
  description: "(hài lòng + rất hài lòng) ÷ valid answers, in percent; meetsTarget = more than the target.",
  fields: (t) => ({
    aspect: t.string({
      nullable: true,
      description: "ACCESS, PROCEDURE, OFFICIAL, RESULT, FEEDBACK (null: overall).",
      resolve: (r) => r.aspect ?? null,
    }),
    satisfied: t.exposeInt("satisfied"),
    valid: t.exposeInt("valid"),
    rate: t.exposeFloat("rate", { nullable: true, description: "Null without a valid answer." }),
    meetsTarget: t.exposeBoolean("meetsTarget", { nullable: true }),
  }),
});

const LeaderScoreRef = builder.objectRef<LeaderScore & { aspect?: string }>("LeaderScore").implement({
  description: "Leaders' answers A/B/C/D weighted 100/60/20/0: the weighted percent.",
  fields: (t) => ({
    aspect: t.string({ nullable: true, description: "LEADER_n (null: overall).", resolve: (r) => r.aspect ?? null }),
    answers: t.exposeInt("answers"),
    a: t.int({ resolve: (r) => r.counts.A }),
    b: t.int({ resolve: (r) => r.counts.B }),
    c: t.int({ resolve: (r) => r.counts.C }),
    d: t.int({ resolve: (r) => r.counts.D }),
    score: t.exposeFloat("score", { nullable: true }),
  }),
});

type UnitRow = {
  unitId: string;
  unitCode: string;
  unitName: string;
  respondents: number;
  overall: SatisfactionRate | null;
  aspects: Array<SatisfactionRate & { aspect: string }>;
  leaderOverall: LeaderScore | null;
  questions: Array<LeaderScore & { aspect: string }>;
  counts: Array<{ aspect: string; version: number; levels: number[]; letters: number[] }>;
};

const CountsRowRef = builder
  .objectRef<{ aspect: string; version: number; levels: number[]; letters: number[] }>("SurveyCountsRow")
  .implement({
    fields: (t) => ({
      aspect: t.exposeString("aspect"),
      version: t.exposeInt("version", { description: "Send it back with saveSurveyCounts." }),
      levels: t.exposeIntList("levels", { description: "Five levels, 1 → 5.", extensions: { maxItems: 5 } }),
      letters: t.exposeIntList("letters", { description: "A, B, C, D.", extensions: { maxItems: 4 } }),
    }),
  });

const UnitRowRef = builder.objectRef<UnitRow>("SurveyUnitResult").implement({
  description: "One unit of the year in a round: its rates or scores, its counts, how many respondents were imported.",
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitCode: t.exposeString("unitCode"),
    unitName: t.exposeString("unitName"),
    respondents: t.exposeInt("respondents", {
      description: "Respondents imported from files (0: counts typed by hand, or none).",
    }),
    overall: t.field({ type: RateRef, nullable: true, resolve: (u) => u.overall }),
    aspects: t.field({ type: [RateRef], resolve: (u) => u.aspects, extensions: { maxItems: 5 } }),
    leaderOverall: t.field({ type: LeaderScoreRef, nullable: true, resolve: (u) => u.leaderOverall }),
    questions: t.field({ type: [LeaderScoreRef], resolve: (u) => u.questions, extensions: { maxItems: 10 } }),
    counts: t.field({ type: [CountsRowRef], resolve: (u) => u.counts, extensions: { maxItems: 10 } }),
  }),
});

const AspectRef = builder.objectRef<{ code: string; name: string }>("SurveyAspect").implement({
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name") }),
});

builder.prismaObject("SurveyImport", {
  description: "One imported file of respondents (all or nothing).",
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    rowCount: t.exposeInt("rowCount"),
    importedAt: t.expose("importedAt", { type: "DateTime" }),
    importedByName: t.string({
      nullable: true,
      select: { importedBy: { select: { fullName: true } } },
      resolve: (i) => i.importedBy?.fullName ?? null,
    }),
  }),
});

export const SurveyRef = builder.prismaObject("Survey", {
  description: "A survey round of a year: citizens (five aspects, five levels) or leaders (A–D).",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version"),
    kind: t.expose("kind", { type: SurveyKindEnum }),
    periodCode: t.exposeString("periodCode", { description: "H1 (6 tháng) or YEAR (cả năm)." }),
    title: t.exposeString("title"),
    targetPercent: t.exposeInt("targetPercent", { description: "Satisfied share the plan aims to exceed." }),
    startsOn: t.expose("startsOn", { type: "Date", nullable: true }),
    endsOn: t.expose("endsOn", { type: "Date", nullable: true }),
    viewerCanManage: t.boolean({
      select: { year: { select: { status: true } } },
      resolve: (s, _args, ctx) => canManage(ctx, s.year.status),
    }),
    aspects: t.field({
      type: [AspectRef],
      description: "The aspects (citizens) or questions (leaders, named after the framework's leaves) of the round.",
      extensions: { maxItems: 10 },
      select: { kind: true, yearId: true },
      resolve: async (s, _args, ctx) => {
        if (s.kind === "CITIZEN") return CITIZEN_ASPECTS.map((a) => ({ code: a.code, name: a.nameVi }));
        const leaves = await ctx.prisma.frameworkNode.findMany({
          where: { framework: { yearId: s.yearId }, method: "SURVEY_LIKERT" },
          select: { code: true, name: true },
        });
        leaves.sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
        return leaves.map((l, i) => ({ code: leaderQuestionCode(i + 1), name: `${l.code} ${l.name}` }));
      },
    }),
    overall: t.field({
      type: RateRef,
      nullable: true,
      description: "Citizens: every answer of the round (null for leaders).",
      select: { kind: true, targetPercent: true, results: { select: SURVEY_COUNT_SELECT } },
      resolve: (s) => {
        const r = surveyRatesOf(s, s.results);
        return r.kind === "CITIZEN" ? r.rates.overall : null;
      },
    }),
    aspectRates: t.field({
      type: [RateRef],
      description: "Citizens: the rate of each aspect, in order (empty for leaders).",
      extensions: { maxItems: 5 },
      select: { kind: true, targetPercent: true, results: { select: SURVEY_COUNT_SELECT } },
      resolve: (s) => {
        const r = surveyRatesOf(s, s.results);
        return r.kind === "CITIZEN" ? r.rates.aspects : [];
      },
    }),
    leaderOverall: t.field({
      type: LeaderScoreRef,
      nullable: true,
      description: "Leaders: the weighted score of every answer (null for citizens).",
      select: { kind: true, targetPercent: true, results: { select: SURVEY_COUNT_SELECT } },
      resolve: (s) => {
        const r = surveyRatesOf(s, s.results);
        return r.kind === "LEADER" ? r.scores.overall : null;
      },
    }),
    leaderQuestions: t.field({
      type: [LeaderScoreRef],
      extensions: { maxItems: 10 },
      select: { kind: true, targetPercent: true, results: { select: SURVEY_COUNT_SELECT } },
      resolve: (s) => {
        const r = surveyRatesOf(s, s.results);
        return r.kind === "LEADER" ? r.scores.questions : [];
      },
    }),
    units: t.field({
      type: [UnitRowRef],
      description:
        "The scored units of the year (and any other unit with answers) with their result in the round; units without answers too, for entering counts.",
      extensions: { maxItems: 50 },
      select: {
        id: true,
        kind: true,
        yearId: true,
        targetPercent: true,
        results: { select: { ...SURVEY_COUNT_SELECT, version: true } },
      },
      resolve: async (s, _args, ctx) => {
        const units = await ctx.prisma.yearUnit.findMany({
          where: {
            yearId: s.yearId,
            OR: [{ scored: true }, { unit: { surveyResults: { some: { surveyId: s.id } } } }],
          },
          select: { unitId: true, nameInYear: true, unit: { select: { code: true, sortName: true } } },
          orderBy: { unit: { sortName: "asc" } },
        });
        const respondents = await ctx.prisma.surveyRespondent.groupBy({
          by: ["unitId"],
          where: { surveyId: s.id },
          _count: { _all: true },
        });
        const imported = new Map(respondents.map((r) => [r.unitId, r._count._all]));
        const rates = surveyRatesOf(s, s.results);
        return units.map((u): UnitRow => {
          const own = s.results.filter((r) => r.unitId === u.unitId);
          const citizen = rates.kind === "CITIZEN" ? rates.rates.units.find((x) => x.unitId === u.unitId) : undefined;
          const leader = rates.kind === "LEADER" ? rates.scores.units.find((x) => x.unitId === u.unitId) : undefined;
          return {
            unitId: u.unitId,
            unitCode: u.unit.code,
            unitName: u.nameInYear,
            respondents: imported.get(u.unitId) ?? 0,
            overall: citizen?.overall ?? null,
            aspects: citizen?.aspects ?? [],
            leaderOverall: leader?.overall ?? null,
            questions: leader?.questions ?? [],
            counts: own.map((r) => ({
              aspect: r.aspect,
              version: r.version,
              levels: [r.veryDissatisfied, r.dissatisfied, r.neutral, r.satisfied, r.verySatisfied],
              letters: [r.answerA, r.answerB, r.answerC, r.answerD],
            })),
          };
        });
      },
    }),
    imports: t.relation("imports", {
      description: "Files imported into the round, newest first (at most 50).",
      query: { orderBy: { importedAt: "desc" }, take: 50 },
      extensions: { maxItems: 50 },
    }),
  }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  viewerCanReadSurveys: t.boolean({
    select: { status: true },
    resolve: (y, _args, ctx) => canRead(ctx, y.status),
  }),
  viewerCanManageSurveys: t.boolean({
    description: "Whether the viewer may create rounds, import files, enter counts and undo imports (Home Affairs).",
    select: { status: true },
    resolve: (y, _args, ctx) => canManage(ctx, y.status),
  }),
  surveys: t.prismaField({
    type: ["Survey"],
    description: "The year's survey rounds (empty for a viewer who may not read them).",
    extensions: { maxItems: 10 },
    select: { id: true, status: true },
    resolve: (query, y, _args, ctx) =>
      canRead(ctx, y.status)
        ? ctx.prisma.survey.findMany({
            ...query,
            where: { yearId: y.id },
            orderBy: [{ periodCode: "asc" }, { kind: "asc" }],
          })
        : [],
  }),
}));

builder.queryFields((t) => ({
  survey: t.prismaField({
    type: "Survey",
    nullable: true,
    description: "One survey round (null when it does not exist or the viewer may not read it).",
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const survey = await ctx.prisma.survey.findUnique({ ...query, where: { id: String(id) } });
      if (!survey) return null;
      const access = await ctx.prisma.survey.findUnique({
        where: { id: String(id) },
        select: { year: { select: { status: true } } },
      });
      return access && canRead(ctx, access.year.status) ? survey : null;
    },
  }),
}));

// --- writes

const SurveyRowProblemRef = builder.objectRef<SurveyRowProblem>("SurveyRowProblem").implement({
  fields: (t) => ({
    row: t.exposeInt("row", { description: "The row in the file (0: the file as a whole)." }),
    column: t.exposeString("column", { nullable: true }),
    code: t.exposeString("code"),
    message: t.exposeString("message", { description: "Vietnamese." }),
  }),
});

builder.objectType(SurveyFileError, {
  name: "SurveyFileError",
  description: "The file was refused as a whole (nothing imported): its problems row by row, duplicates named.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof SurveyFileError,
  fields: (t) => ({
    problems: t.field({ type: [SurveyRowProblemRef], resolve: (e) => e.problems, extensions: { maxItems: 200 } }),
    problemCount: t.exposeInt("problemCount"),
  }),
});

const CreateSurveyRoundInput = builder.inputType("CreateSurveyRoundInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    kind: t.field({ type: SurveyKindEnum, required: true }),
    periodCode: t.field({ type: SurveyPeriodEnum, required: true }),
    title: t.string({ required: true }),
    targetPercent: t.int({ required: false, description: "Default 85." }),
    startsOn: t.string({ required: false, description: "yyyy-mm-dd" }),
    endsOn: t.string({ required: false, description: "yyyy-mm-dd" }),
  }),
});

const ImportSurveyRespondentsInput = builder.inputType("ImportSurveyRespondentsInput", {
  fields: (t) => ({
    surveyId: t.id({ required: true }),
    fileName: t.string({ required: true }),
    contentBase64: t.string({ required: true, description: "The XLSX or CSV file, base64 (at most 2 MB decoded)." }),
  }),
});

const SurveyCountsRowInput = builder.inputType("SurveyCountsRowInput", {
  fields: (t) => ({
    aspect: t.string({ required: true }),
    version: t.int({ required: false, description: "The version seen; absent for a new row." }),
    levels: t.intList({ required: false, description: "Citizens: five counts, level 1 → 5." }),
    letters: t.intList({ required: false, description: "Leaders: counts of A, B, C, D." }),
  }),
});

const SaveSurveyCountsInput = builder.inputType("SaveSurveyCountsInput", {
  fields: (t) => ({
    surveyId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    rows: t.field({ type: [SurveyCountsRowInput], required: true }),
  }),
});

const DeleteSurveyImportInput = builder.inputType("DeleteSurveyImportInput", {
  fields: (t) => ({ importId: t.id({ required: true }) }),
});

const SurveySuccess = builder.objectRef<{ surveyId: string }>("SurveySuccess").implement({
  description: "The round as it is after the change.",
  fields: (t) => ({
    survey: t.prismaField({
      type: "Survey",
      resolve: (query, r, _args, ctx) => ctx.prisma.survey.findUniqueOrThrow({ ...query, where: { id: r.surveyId } }),
    }),
  }),
});

const ImportSurveySuccess = builder
  .objectRef<{ surveyId: string; importId: string; rowCount: number; unitCount: number }>(
    "ImportSurveyRespondentsSuccess",
  )
  .implement({
    fields: (t) => ({
      importId: t.exposeID("importId"),
      rowCount: t.exposeInt("rowCount"),
      unitCount: t.exposeInt("unitCount"),
      survey: t.prismaField({
        type: "Survey",
        resolve: (query, r, _args, ctx) => ctx.prisma.survey.findUniqueOrThrow({ ...query, where: { id: r.surveyId } }),
      }),
    }),
  });

const ERRORS = [ConflictError, ForbiddenError, NotFoundError, ValidationError];

builder.mutationFields((t) => ({
  createSurveyRound: t.field({
    type: SurveySuccess,
    description: "Home Affairs opens a survey round (citizens or leaders; 6 months or the year). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "CreateSurveyRoundResult" } },
    args: { input: t.arg({ type: CreateSurveyRoundInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createSurveyRound(operation(ctx), {
        yearId: String(input.yearId),
        kind: input.kind,
        periodCode: input.periodCode,
        title: input.title,
        targetPercent: input.targetPercent ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
      }),
  }),
  importSurveyRespondents: t.field({
    type: ImportSurveySuccess,
    description:
      "Home Affairs imports a citizen survey file (XLSX or CSV from the template): all or nothing, problems per row, " +
      "duplicates named; the round's counts are recomputed for the units in the file. Audited.",
    authScopes: { loggedIn: true },
    errors: {
      types: [...ERRORS, SurveyFileError],
      directResult: true,
      union: { name: "ImportSurveyRespondentsResult" },
    },
    args: { input: t.arg({ type: ImportSurveyRespondentsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const surveyId = String(input.surveyId);
      const r = await importSurveyRespondents(operation(ctx), {
        surveyId,
        fileName: input.fileName,
        contentBase64: input.contentBase64,
      });
      return { ...r, surveyId };
    },
  }),
  saveSurveyCounts: t.field({
    type: SurveySuccess,
    description: "Home Affairs enters a unit's aggregate counts in a round (versioned per aspect). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SaveSurveyCountsResult" } },
    args: { input: t.arg({ type: SaveSurveyCountsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      saveSurveyCounts(operation(ctx), {
        surveyId: String(input.surveyId),
        unitId: String(input.unitId),
        rows: input.rows.map((r) => ({
          aspect: r.aspect,
          version: r.version ?? null,
          levels: r.levels ?? null,
          letters: r.letters ?? null,
        })),
      }),
  }),
  deleteSurveyImport: t.field({
    type: SurveySuccess,
    description: "Home Affairs undoes an import: its respondents go and the counts are recomputed. Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "DeleteSurveyImportResult" } },
    args: { input: t.arg({ type: DeleteSurveyImportInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteSurveyImport(operation(ctx), { importId: String(input.importId) }),
  }),
}));
