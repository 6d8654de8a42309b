// The shape of a leaf's scoring method (ScoringMethod) as one zod schema with caps, for what people
// send: the framework editor's forms, the API's input and the JSON import. Whether the settings fit
// the leaf's maximum is validateMethod's job (validate-framework.ts).
import { z } from 'zod';
import type { ScoringMethod } from './types';

const points = z.number().min(-1_000).max(1_000);
const text = (max: number) => z.string().max(max);
const bound = z.number().min(0).max(1).nullable();

const tierPoints = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), points }),
  z.object({ kind: z.literal('proportional'), factor: points }),
]);

const ratioTier = z.object({
  min: bound,
  minInclusive: z.boolean(),
  max: bound,
  maxInclusive: z.boolean(),
  points: tierPoints,
  conditionText: text(200).optional(),
});

const outcome = z.enum(['on_time', 'late', 'missing']);

/** How a leaf is scored (the domain's ScoringMethod), with caps on lists and texts. */
export const scoringMethodSchema: z.ZodType<ScoringMethod> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('binary'), yesPoints: points, noPoints: points, condition: text(1_000).optional() }),
  z.object({
    kind: z.literal('checklist'),
    items: z.array(text(500)).max(50),
    pointsPerItem: points.optional(),
  }),
  z.object({
    kind: z.literal('ratio'),
    target: z.number().min(0).max(1_000),
    whenDenominatorZero: points.nullable(),
    formula: text(1_000).optional(),
  }),
  z.object({
    kind: z.literal('ratio_tiered'),
    tiers: z.array(ratioTier).max(20),
    whenDenominatorZero: points.nullable(),
    ratioText: text(1_000).optional(),
  }),
  z.object({
    kind: z.literal('deadline'),
    points: z.object({ on_time: points, late: points, missing: points }),
    conditions: z.partialRecord(outcome, text(500)).optional(),
  }),
  z.object({
    kind: z.literal('deduction'),
    start: points,
    floor: points,
    rules: z.array(z.object({ code: text(20), event: text(500), minus: points })).max(50),
  }),
  z.object({ kind: z.literal('survey_rate'), formula: text(1_000).optional() }),
  z.object({ kind: z.literal('survey_likert'), weights: z.record(text(20), z.number().min(0).max(1)) }),
]);
