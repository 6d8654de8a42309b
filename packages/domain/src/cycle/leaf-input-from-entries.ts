// From stored score entries (one per leaf per unit per source) to the domain's LeafScoreInput, so
// the engine's precedence (override > round 2 > round 1 > automatic > self; survey leaves: override >
// survey) decides which value counts. Pure: the rows are given.
import type { EntrySource } from '../enums';
import type { LeafScoreInput, MethodInput, ScoreEntry } from '../scoring/types';

export interface StoredEntry {
  source: EntrySource;
  /** the method's raw inputs, when the value was given as inputs */
  inputs: MethodInput | null;
  /** points given directly (or computed and stored with the inputs) */
  points: number | null;
  comment: string | null;
  reasonCode: string | null;
}

function value(entry: StoredEntry): ScoreEntry | null {
  if (entry.inputs) return entry.inputs;
  if (entry.points === null) return null;
  return entry.comment ? { points: entry.points, comment: entry.comment } : entry.points;
}

/** The leaf's input for the scoring engine; an explanation carries no points and is left out. */
export function leafInputFromEntries(entries: readonly StoredEntry[]): LeafScoreInput {
  const input: LeafScoreInput = {};
  for (const e of entries) {
    switch (e.source) {
      case 'SELF':
        input.self = value(e);
        break;
      case 'ROUND1':
        input.round1 = value(e);
        break;
      case 'ROUND2':
        input.round2 = value(e);
        break;
      case 'SURVEY':
        input.survey = value(e);
        break;
      case 'AUTO':
        input.auto = e.inputs;
        break;
      case 'OVERRIDE':
        if (e.points !== null) input.override = { points: e.points, reason: e.comment ?? e.reasonCode ?? '' };
        break;
      case 'NOT_APPLICABLE':
        input.notApplicable = { reason: e.comment ?? e.reasonCode ?? '' };
        break;
      case 'EXPLANATION':
        break;
    }
  }
  return input;
}
