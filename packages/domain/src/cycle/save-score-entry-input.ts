// The input of "save a score entry" (a claim, an explanation, an appraisal, an override, not
// applicable), shared by the server and the admin's forms.
import { z } from 'zod';
import { EntrySource } from '../enums';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../evidence/evidence-file';
import { methodInputSchema } from '../scoring/method-input-schema';
import { optionalText, TEXT_LIMITS } from '../text/input-text';

const id = z.string().max(TEXT_LIMITS.id);

export const saveScoreEntryInputSchema = z.object({
  yearId: id,
  unitId: id,
  leafCode: z.string().max(20),
  source: z.enum(EntrySource),
  /** The entry's version the person saw; null for a new entry (a conflict if one exists meanwhile). */
  version: z.number().int().min(1).nullable(),
  inputs: methodInputSchema.nullish(),
  points: z.number().finite().nullish(),
  comment: optionalText(2_000),
  reasonCode: z.string().max(40).nullish(),
  /** When given, replaces the entry's evidence files (each of the same year and unit). */
  evidenceFileIds: z.array(id).max(MAX_EVIDENCE_FILES_PER_RECORD).nullish(),
});

export type SaveScoreEntryInput = z.input<typeof saveScoreEntryInputSchema>;
