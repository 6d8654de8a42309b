// The shape of a leaf's raw method inputs (MethodInput), as one zod schema: the database's JSON
// column, the API's input and the admin's forms all check with it.
import { z } from 'zod';
import type { MethodInput } from './types';

const count = z.number().int().min(0).max(1_000_000_000);
const amount = z.number().min(0).max(1_000_000_000);

export const methodInputSchema: z.ZodType<MethodInput> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('binary'), met: z.boolean() }),
  z.object({ kind: z.literal('checklist'), met: z.union([count, z.array(z.boolean()).max(100)]) }),
  z.object({ kind: z.literal('ratio'), numerator: amount, denominator: amount }),
  z.object({ kind: z.literal('ratio_tiered'), numerator: amount, denominator: amount }),
  z.object({ kind: z.literal('deadline'), status: z.enum(['on_time', 'late', 'missing', 'pending']) }),
  z.object({ kind: z.literal('deduction'), occurrences: z.record(z.string().max(20), count) }),
  z.object({ kind: z.literal('survey_rate'), satisfied: count, valid: count }),
  z.object({ kind: z.literal('survey_likert'), counts: z.record(z.string().max(20), count) }),
]);
