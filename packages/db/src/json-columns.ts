// Every JSON column, parsed and written through one zod codec each: a value read from the database
// is checked against the domain's shape (a corrupt row fails loudly with the column named), and a
// value written is checked before it is stored. No `as unknown as` casts on JSON columns anywhere.
import {
  type ClassificationTier,
  type DueDateRule,
  type DueDateRuleSet,
  type MethodInput,
  methodInputSchema,
  type ScoringMethod,
  type SnapshotResults,
  snapshotResultsSchema,
  type TimingOccurrence,
} from "@cchc/domain";
import { z } from "zod";
import type { Prisma } from "./generated/prisma/client.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const timingOccurrence = z.object({ label: z.string(), start: isoDate, end: isoDate, due: isoDate });

const dueDateRule = z.object({
  monthOfQuarter: z.enum(["first", "middle", "last"]),
  day: z.number().int().min(1).max(31),
  comparison: z.enum(["before", "on_or_before"]),
  textVi: z.string(),
});

const dueDateRuleSet = z.object({
  default: dueDateRule,
  byPeriod: z.partialRecord(z.enum(["Q1", "H1", "Q3", "YEAR"]), dueDateRule).optional(),
});

const classificationTier = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  minPercent: z.number(),
});

const tierPoints = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), points: z.number() }),
  z.object({ kind: z.literal("proportional"), factor: z.number() }),
]);

const ratioTier = z.object({
  min: z.number().nullable(),
  minInclusive: z.boolean(),
  max: z.number().nullable(),
  maxInclusive: z.boolean(),
  points: tierPoints,
  conditionText: z.string().optional(),
});

const outcome = z.enum(["on_time", "late", "missing"]);

const scoringMethod = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("binary"),
    yesPoints: z.number(),
    noPoints: z.number(),
    condition: z.string().optional(),
  }),
  z.object({ kind: z.literal("checklist"), items: z.array(z.string()), pointsPerItem: z.number().optional() }),
  z.object({
    kind: z.literal("ratio"),
    target: z.number(),
    whenDenominatorZero: z.number().nullable(),
    formula: z.string().optional(),
  }),
  z.object({
    kind: z.literal("ratio_tiered"),
    tiers: z.array(ratioTier),
    whenDenominatorZero: z.number().nullable(),
    ratioText: z.string().optional(),
  }),
  z.object({
    kind: z.literal("deadline"),
    points: z.record(outcome, z.number()),
    conditions: z.partialRecord(outcome, z.string()).optional(),
  }),
  z.object({
    kind: z.literal("deduction"),
    start: z.number(),
    floor: z.number(),
    rules: z.array(z.object({ code: z.string(), event: z.string(), minus: z.number() })),
  }),
  z.object({ kind: z.literal("survey_rate"), formula: z.string().optional() }),
  z.object({ kind: z.literal("survey_likert"), weights: z.record(z.string(), z.number()) }),
]);

/** A JSON object or array as Prisma stores it (null is written as a database NULL, not JSON null). */
const storedJson: z.ZodType<Prisma.InputJsonValue> = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.lazy(() => z.union([storedJson, z.null()]))),
  z.record(
    z.string(),
    z.lazy(() => z.union([storedJson, z.null()])),
  ),
]);

export class JsonColumnError extends Error {
  constructor(
    readonly column: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`JSON column ${column} does not match its shape: ${z.prettifyError(new z.ZodError(issues))}`);
  }
}

export interface JsonCodec<T> {
  /** A value read from the column, checked against the domain's shape. */
  parse(value: unknown): T;
  /** A value to write into the column, checked first. */
  toJson(value: T): Prisma.InputJsonValue;
}

function codec<T>(column: string, schema: z.ZodType<T>): JsonCodec<T> {
  const check = (value: unknown): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new JsonColumnError(column, result.error.issues);
    return result.data;
  };
  return {
    parse: check,
    // JSON has no undefined: drop absent optional keys the way the database would.
    toJson: (value) => storedJson.parse(JSON.parse(JSON.stringify(check(value)))),
  };
}

/** The JSON columns of prisma/schema.prisma, by model and column. */
export const jsonColumns = {
  /** PlanTask.occurrences: the dated occurrences of a recurring task. */
  occurrences: codec<TimingOccurrence[]>("PlanTask.occurrences", z.array(timingOccurrence)),
  /** EvaluationYear.reportRule: the due-date rule of periodic reports (one rule or a rule per period). */
  reportRule: codec<DueDateRule | DueDateRuleSet>("EvaluationYear.reportRule", z.union([dueDateRule, dueDateRuleSet])),
  /** Framework.tiers: the classification tiers. */
  tiers: codec<ClassificationTier[]>("Framework.tiers", z.array(classificationTier)),
  /** FrameworkNode.methodConfig: how a leaf is scored. */
  methodConfig: codec<ScoringMethod>("FrameworkNode.methodConfig", scoringMethod),
  /** ScoreEntry.inputs: a leaf's raw method inputs. */
  scoreInputs: codec<MethodInput>("ScoreEntry.inputs", methodInputSchema),
  /** ResultSnapshot.results: the ranking as locked, approved and published. */
  resultSnapshot: codec<SnapshotResults>("ResultSnapshot.results", snapshotResultsSchema),
  /** AuditLog.before / after: a snapshot of the audited fields (shapes per action in @cchc/services' catalogue). */
  auditSnapshot: codec<Prisma.InputJsonValue>("AuditLog.before/after", storedJson),
} as const;
