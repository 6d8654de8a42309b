// The criteria framework of a year: its tree with points, methods and applicability (validated by
// the domain), its file for download, and the editor's operations (Home Affairs): change, add,
// remove and move a node, import a framework file. Each mutation calls one operation of @cchc/services.
import {
  applicableMax,
  can,
  frameworkFileJson,
  validateFramework,
  type ScoreSource,
  type ScoringMethod,
} from "@cchc/domain";
import { jsonColumns } from "@cchc/db";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { DbScoreSource, DbScoringMethod } from "@cchc/domain";
import {
  addFrameworkNode,
  copyFramework,
  frameworkFromRows,
  importFramework,
  moveFrameworkNode,
  removeFrameworkNode,
  updateFrameworkNode,
  type FrameworkRow,
} from "@cchc/services";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

export const ScoreSourceEnum = builder.enumType(DbScoreSource, { name: "ScoreSource" });

export const ScoringMethodEnum = builder.enumType(DbScoringMethod, { name: "ScoringMethod" });

const NODE_SELECT = {
  id: true,
  parentId: true,
  code: true,
  name: true,
  nameEn: true,
  maxPoints: true,
  position: true,
  methodConfig: true,
  scoreSource: true,
  appliesTo: true,
  evidenceHint: true,
  sumReason: true,
} as const;

const FRAMEWORK_SELECT = {
  name: true,
  bonusCap: true,
  penaltyCap: true,
  tiers: true,
  nodes: { select: NODE_SELECT },
} as const;

// maxPoints, applicableMax and problems share one rebuilt tree per framework row and request.
const trees = new WeakMap<FrameworkRow, ReturnType<typeof frameworkFromRows>>();
function tree(row: FrameworkRow) {
  let built = trees.get(row);
  if (!built) {
    built = frameworkFromRows(row);
    trees.set(row, built);
  }
  return built;
}

builder.prismaObject("Framework", {
  description: "The criteria framework of a year: a tree area → criterion → sub-criterion.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    bonusCap: t.float({ select: { bonusCap: true }, resolve: (f) => Number(f.bonusCap) }),
    penaltyCap: t.float({ select: { penaltyCap: true }, resolve: (f) => Number(f.penaltyCap) }),
    maxPoints: t.float({
      description: "Sum of the areas' maximum points.",
      select: FRAMEWORK_SELECT,
      resolve: (f) => tree(f).areas.reduce((sum, a) => sum + a.maxPoints, 0),
    }),
    applicableMax: t.float({
      description: "Maximum points of the leaves that apply to a unit type (the index denominator).",
      args: { unitTypeCode: t.arg.string({ required: true }) },
      select: FRAMEWORK_SELECT,
      resolve: (f, args) => applicableMax(tree(f), args.unitTypeCode),
    }),
    problems: t.stringList({
      description: "Validation problems, each prefixed with the node code; empty when consistent.",
      select: FRAMEWORK_SELECT,
      resolve: (f) => validateFramework(tree(f)).problems.map((p) => `${p.code}: ${p.message}`),
    }),
    problemsVi: t.stringList({
      description: "The same problems in Vietnamese, each prefixed with the node code.",
      select: FRAMEWORK_SELECT,
      resolve: (f) => validateFramework(tree(f)).problems.map((p) => `${p.code}: ${p.messageVi}`),
    }),
    version: t.exposeInt("version", {
      description: "Send it back with an edit of the framework or one of its nodes; a stale one answers ConflictError.",
    }),
    viewerCanEdit: t.boolean({
      description: "Whether the viewer may edit this framework (Home Affairs; not once the year is published).",
      select: { year: { select: { status: true } } },
      resolve: (f, _args, ctx) =>
        can(ctx.viewer, "framework.edit", { type: "EvaluationYear", yearStatus: f.year.status }),
    }),
    exportJson: t.string({
      description: "The framework file (format cchc-framework, formatVersion 1) that importFramework reads back.",
      select: FRAMEWORK_SELECT,
      resolve: (f) => frameworkFileJson(tree(f)),
    }),
    nodes: t.relation("nodes", {
      description: "Flat, depth-first; build the tree from parentId.",
      query: { orderBy: { position: "asc" } },
    }),
  }),
});

builder.prismaObject("FrameworkNode", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    parentId: t.exposeID("parentId", { nullable: true }),
    depth: t.exposeInt("depth", { description: "0 = area." }),
    position: t.exposeInt("position"),
    name: t.exposeString("name"),
    nameEn: t.exposeString("nameEn", { nullable: true }),
    maxPoints: t.float({ select: { maxPoints: true }, resolve: (n) => Number(n.maxPoints) }),
    isLeaf: t.boolean({ select: { method: true }, resolve: (n) => n.method !== null }),
    method: t.expose("method", { type: ScoringMethodEnum, nullable: true }),
    scoreSource: t.expose("scoreSource", { type: ScoreSourceEnum, nullable: true }),
    appliesTo: t.exposeStringList("appliesTo", { description: "Unit type codes; empty = all." }),
    evidenceHint: t.exposeString("evidenceHint", { nullable: true }),
    methodConfig: t.field({
      type: "JSON",
      nullable: true,
      description:
        "The leaf's scoring rule as the domain's ScoringMethod (checklist items, deduction rules, tiers, …); null for a group.",
      select: { methodConfig: true },
      resolve: (n) => (n.methodConfig === null ? null : jsonColumns.methodConfig.parse(n.methodConfig)),
    }),
    sumReason: t.exposeString("sumReason", {
      nullable: true,
      description: "Why the children do not sum to this node's maximum, when they do not.",
    }),
    inUse: t.boolean({
      description:
        "Scores, inspection findings or survey results refer to this node: its points, method, source and unit types are fixed, and it cannot be removed.",
      select: { _count: { select: { scoreEntries: true, findings: true, surveyResults: true } } },
      resolve: (n) => n._count.scoreEntries + n._count.findings + n._count.surveyResults > 0,
    }),
    version: t.exposeInt("version"),
  }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  viewerCanEditFramework: t.boolean({
    description: "Whether the viewer may edit, import or replace this year's framework.",
    select: { status: true },
    resolve: (year, _args, ctx) =>
      can(ctx.viewer, "framework.edit", { type: "EvaluationYear", yearStatus: year.status }),
  }),
}));

const SOURCE_FROM_DB: Record<DbScoreSource, ScoreSource> = {
  SELF_THEN_APPRAISED: "self_then_appraised",
  APPRAISED_ONLY: "appraised_only",
  SURVEY: "survey",
};

const FrameworkEditSuccess = builder
  .objectRef<{ frameworkId: string; nodeId: string | null }>("FrameworkEditSuccess")
  .implement({
    description: "The framework as it is after the change (its nodes, totals, problems and version).",
    fields: (t) => ({
      framework: t.prismaField({
        type: "Framework",
        resolve: (query, root, _args, ctx) =>
          ctx.prisma.framework.findUniqueOrThrow({ ...query, where: { id: root.frameworkId } }),
      }),
      node: t.prismaField({
        type: "FrameworkNode",
        nullable: true,
        description: "The node changed, added or moved (null after a removal or an import).",
        resolve: (query, root, _args, ctx) =>
          root.nodeId ? ctx.prisma.frameworkNode.findUnique({ ...query, where: { id: root.nodeId } }) : null,
      }),
    }),
  });

const MoveDirectionEnum = builder.enumType("MoveDirection", { values: ["UP", "DOWN"] as const });

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The fields of a node an edit sets, shared by the update and add inputs. */
function nodeFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    name: t.string({ required: true }),
    nameEn: t.string({ required: false }),
    maxPoints: t.float({ required: true }),
    method: t.field({
      type: "JSON",
      required: false,
      description: "A leaf's scoring method with its settings (the domain's ScoringMethod); null for a group.",
    }),
    scoreSource: t.field({ type: ScoreSourceEnum, required: false, description: "A leaf's; null for a group." }),
    appliesTo: t.stringList({ required: true, description: "Unit type codes; empty = all." }),
    evidenceHint: t.string({ required: false }),
    sumReason: t.string({ required: false, description: "Why the children will not sum to the maximum." }),
  };
}

const UpdateFrameworkNodeInput = builder.inputType("UpdateFrameworkNodeInput", {
  fields: (t) => ({
    nodeId: t.id({ required: true }),
    version: t.int({ required: true, description: "The framework's version the person saw (Framework.version)." }),
    ...nodeFields(t),
    adjustAncestors: t.boolean({
      required: false,
      description: "Ancestors without a sumReason take their children's new sum (default true).",
    }),
  }),
});

const AddFrameworkNodeInput = builder.inputType("AddFrameworkNodeInput", {
  fields: (t) => ({
    frameworkId: t.id({ required: true }),
    version: t.int({ required: true, description: "The framework's version the person saw." }),
    parentId: t.id({ required: false, description: "Null: a new area." }),
    code: t.string({ required: false, description: "Null: the next free code under the parent." }),
    position: t.int({ required: false, description: "Place among the siblings, 0-based; null: last." }),
    ...nodeFields(t),
    adjustAncestors: t.boolean({ required: false }),
  }),
});

const RemoveFrameworkNodeInput = builder.inputType("RemoveFrameworkNodeInput", {
  fields: (t) => ({
    nodeId: t.id({ required: true }),
    version: t.int({ required: true }),
    adjustAncestors: t.boolean({ required: false }),
  }),
});

const MoveFrameworkNodeInput = builder.inputType("MoveFrameworkNodeInput", {
  fields: (t) => ({
    nodeId: t.id({ required: true }),
    version: t.int({ required: true }),
    direction: t.field({ type: MoveDirectionEnum, required: true }),
  }),
});

const ImportFrameworkInput = builder.inputType("ImportFrameworkInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    file: t.field({
      type: "JSON",
      required: true,
      description: "The framework file's content (parsed JSON, or its text as a string).",
    }),
    version: t.int({
      required: false,
      description: "When the year has a framework: its version, confirming it is replaced.",
    }),
  }),
});

const ERRORS = [ConflictError, ForbiddenError, NotFoundError, ValidationError];

/** The content fields of a node input, as the operations take them. */
function content(input: {
  name: string;
  nameEn?: string | null;
  maxPoints: number;
  method?: unknown;
  scoreSource?: DbScoreSource | null;
  appliesTo: string[];
  evidenceHint?: string | null;
  sumReason?: string | null;
}) {
  return {
    name: input.name,
    nameEn: input.nameEn ?? null,
    maxPoints: input.maxPoints,
    // its shape is checked by the operation (the domain's scoringMethodSchema)
    method: (input.method ?? null) as ScoringMethod | null,
    scoreSource: input.scoreSource ? SOURCE_FROM_DB[input.scoreSource] : null,
    appliesTo: input.appliesTo,
    evidenceHint: input.evidenceHint ?? null,
    sumReason: input.sumReason ?? null,
  };
}

builder.mutationField("updateFrameworkNode", (t) =>
  t.field({
    type: FrameworkEditSuccess,
    description:
      "Change a node's names, points, method, source, unit types or evidence hint (Home Affairs). The whole framework must still validate.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "UpdateFrameworkNodeResult" } },
    args: { input: t.arg({ type: UpdateFrameworkNodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const done = await updateFrameworkNode(operation(ctx), {
        nodeId: String(input.nodeId),
        version: input.version,
        ...content(input),
        adjustAncestors: input.adjustAncestors ?? true,
      });
      return { frameworkId: done.frameworkId, nodeId: done.nodeId };
    },
  }),
);

builder.mutationField("addFrameworkNode", (t) =>
  t.field({
    type: FrameworkEditSuccess,
    description: "Add an area, a criterion or a sub-criterion (Home Affairs).",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "AddFrameworkNodeResult" } },
    args: { input: t.arg({ type: AddFrameworkNodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const done = await addFrameworkNode(operation(ctx), {
        frameworkId: String(input.frameworkId),
        version: input.version,
        parentId: input.parentId == null ? null : String(input.parentId),
        code: input.code ?? null,
        position: input.position ?? null,
        ...content(input),
        adjustAncestors: input.adjustAncestors ?? true,
      });
      return { frameworkId: done.frameworkId, nodeId: done.nodeId };
    },
  }),
);

builder.mutationField("removeFrameworkNode", (t) =>
  t.field({
    type: FrameworkEditSuccess,
    description: "Remove a node and its subtree, when nothing refers to them (Home Affairs).",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "RemoveFrameworkNodeResult" } },
    args: { input: t.arg({ type: RemoveFrameworkNodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const done = await removeFrameworkNode(operation(ctx), {
        nodeId: String(input.nodeId),
        version: input.version,
        adjustAncestors: input.adjustAncestors ?? true,
      });
      return { frameworkId: done.frameworkId, nodeId: null };
    },
  }),
);

builder.mutationField("moveFrameworkNode", (t) =>
  t.field({
    type: FrameworkEditSuccess,
    description: "Move a node one place up or down among its siblings (Home Affairs).",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "MoveFrameworkNodeResult" } },
    args: { input: t.arg({ type: MoveFrameworkNodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const done = await moveFrameworkNode(operation(ctx), {
        nodeId: String(input.nodeId),
        version: input.version,
        direction: input.direction === "UP" ? "up" : "down",
      });
      return { frameworkId: done.frameworkId, nodeId: done.nodeId };
    },
  }),
);

builder.mutationField("importFramework", (t) =>
  t.field({
    type: FrameworkEditSuccess,
    description:
      "Create or replace a year's framework from a framework file, all or nothing (Home Affairs; replacing only while nothing refers to the framework).",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "ImportFrameworkResult" } },
    args: { input: t.arg({ type: ImportFrameworkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const done = await importFramework(operation(ctx), {
        yearId: String(input.yearId),
        json: input.file,
        version: input.version ?? null,
      });
      return { frameworkId: done.frameworkId, nodeId: null };
    },
  }),
);

const CopyFrameworkInput = builder.inputType("CopyFrameworkInput", {
  fields: (t) => ({
    fromYearId: t.id({ required: true, description: "The year whose framework is copied (usually the previous one)." }),
    toYearId: t.id({ required: true, description: "A year of the same authority without a framework." }),
  }),
});

builder.mutationField("copyFramework", (t) =>
  t.field({
    type: FrameworkEditSuccess,
    description:
      "Start a year's framework as a copy of another year's, each node linked to the one it was copied from (Home Affairs).",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "CopyFrameworkResult" } },
    args: { input: t.arg({ type: CopyFrameworkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const done = await copyFramework(operation(ctx), {
        fromYearId: String(input.fromYearId),
        toYearId: String(input.toYearId),
      });
      return { frameworkId: done.frameworkId, nodeId: null };
    },
  }),
);
