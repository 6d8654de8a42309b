import { jsonColumns } from "@cchc/db";
import { applicableMax, validateFramework } from "@cchc/domain";
import { builder } from "../builder.js";
import { DbScoreSource, DbScoringMethod } from "@cchc/domain";
import { frameworkFromRows, type FrameworkRow } from "@cchc/services";

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
  }),
});
