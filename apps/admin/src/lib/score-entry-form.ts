/**
 * The form of one score entry (a claim, an explanation, an appraisal, not applicable, an override):
 * its values, how they become a SaveScoreEntryInput, and its problems.
 *
 * The input is checked with the domain's `saveScoreEntryInputSchema` and the domain's entry rules
 * (`checkEntryValue`: an explanation where a claim has no evidence, a reason code where an appraisal
 * differs from the claim, …), the ones the server applies, so the form finds the same problems under
 * the same fields with the same codes. The points the domain computes there are only compared,
 * never shown: the page shows the server's points.
 */
import {
  checkEntryValue,
  type EntrySource,
  inputProblems,
  type MethodInput,
  type SaveScoreEntryInput,
  saveScoreEntryInputSchema,
} from '@cchc/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  domainLeaf,
  emptyMethodValues,
  inputMode,
  type LeafInfo,
  type MethodValues,
  methodInputOf,
  methodValuesFrom,
  parseNumberVi,
} from './score-method';
import { placeProblems, type Problem } from './user-form';

export interface ScoreFormValues {
  inputs: MethodValues;
  /** Points typed (the points mode, an override). */
  points: string;
  /** Explanation, appraisal comment, the reason of not applicable or of an override. */
  comment: string;
  /** Why an appraisal differs from the claim (APPRAISAL_REASONS). */
  reasonCode: string;
}

export const SCORE_FIELDS = ['inputs', 'points', 'comment', 'reasonCode'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

/** What the form saves to: the entry it was opened on (or last reloaded from). */
export interface ScoreEntryBase {
  yearId: string;
  unitId: string;
  leaf: LeafInfo;
  source: EntrySource;
  /** The entry's version as seen; null when the leaf has no entry from this source yet. */
  version: number | null;
}

/** What the entry rules need besides the value. */
export interface ScoreEntryContext {
  /** Evidence files the entry will have (a claim without any needs an explanation). */
  evidenceCount: number;
  /** The unit's claimed points (an appraisal that differs needs a reason code). */
  claimPoints: number | null;
}

/** A stored entry as the scorecard gives it. */
export interface StoredEntry {
  id: string;
  source: string;
  version: number;
  points: number | null;
  inputsJson: string | null;
  comment: string | null;
  reasonCode: string | null;
}

/** Which inputs a source's form takes: the method's, points only, or words only. */
export function sourceShape(source: EntrySource, leaf: LeafInfo): 'method' | 'points' | 'text' {
  if (source === 'EXPLANATION' || source === 'NOT_APPLICABLE') return 'text';
  if (source === 'OVERRIDE') return 'points';
  return inputMode(leaf) === 'points' ? 'points' : 'method';
}

function parseInputs(json: string | null): unknown {
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

function pointsText(points: number | null | undefined): string {
  return points === null || points === undefined ? '' : String(points).replace('.', ',');
}

/**
 * The form's values for an entry as stored (or empty); `start` is a value to start from when the
 * source has no entry yet (an appraisal starts from the claim).
 */
export function scoreFormValues(
  leaf: LeafInfo,
  entry: StoredEntry | null,
  start?: StoredEntry | null,
): ScoreFormValues {
  const from = entry ?? start ?? null;
  return {
    inputs: from ? methodValuesFrom(leaf, parseInputs(from.inputsJson)) : emptyMethodValues(leaf),
    points: pointsText(from?.points),
    comment: entry?.comment ?? '',
    reasonCode: entry?.reasonCode ?? '',
  };
}

/** The values as the mutation's input (and the problems of what was typed, before any schema). */
export function scoreEntryInput(
  values: ScoreFormValues,
  base: ScoreEntryBase,
): { input: SaveScoreEntryInput; problems: Problem[] } {
  const shape = sourceShape(base.source, base.leaf);
  const problems: Problem[] = [];
  let inputs: MethodInput | null = null;
  let points: number | null = null;
  if (shape === 'method') {
    const made = methodInputOf(base.leaf, values.inputs);
    inputs = made.inputs;
    if (made.problem) problems.push(made.problem);
  } else if (shape === 'points') {
    if (values.points.trim() !== '') {
      points = parseNumberVi(values.points);
      if (points === null)
        problems.push({ field: 'points', code: 'INVALID_NUMBER', message: 'Nhập số điểm (ví dụ 1 hoặc 0,5).' });
    }
  }
  const comment = values.comment.trim();
  const input: SaveScoreEntryInput = {
    yearId: base.yearId,
    unitId: base.unitId,
    leafCode: base.leaf.code,
    source: base.source,
    version: base.version,
    inputs,
    points,
    comment: comment === '' ? null : comment,
    reasonCode:
      base.source === 'ROUND1' || base.source === 'ROUND2'
        ? values.reasonCode === ''
          ? null
          : values.reasonCode
        : null,
  };
  return { input, problems };
}

/** Problems of an entry: what was typed, the input's schema, then the domain's entry rules. */
export function scoreEntryProblems(values: ScoreFormValues, base: ScoreEntryBase, context: ScoreEntryContext) {
  const { input, problems } = scoreEntryInput(values, base);
  const parsed = saveScoreEntryInputSchema.safeParse(input);
  if (!parsed.success) problems.push(...inputProblems(parsed.error));
  // a value that cannot be read is not checked further (its problem is already under its field)
  if (problems.length === 0 && parsed.success) {
    const checked = checkEntryValue(
      domainLeaf(base.leaf),
      base.source,
      {
        inputs: parsed.data.inputs ?? null,
        points: parsed.data.points ?? null,
        comment: parsed.data.comment ?? null,
        reasonCode: parsed.data.reasonCode ?? null,
      },
      // when the method's rule is unknown here, the points it gives are unknown too: no comparison
      { evidenceCount: context.evidenceCount, claimPoints: context.claimPoints },
    );
    problems.push(...checked.problems.filter((p) => !(p.code === 'NOT_A_LEAF' && !base.leaf.methodConfig)));
  }
  return { input, problems };
}

/**
 * The form's resolver. Errors are `{ type: code, message }` under each field (the domain's and the
 * server's Vietnamese words; the page translates codes), the first other problem under `root`.
 */
export function scoreEntryResolver(
  current: () => { base: ScoreEntryBase; context: ScoreEntryContext },
): Resolver<ScoreFormValues, unknown, SaveScoreEntryInput> {
  return async (values) => {
    const { base, context } = current();
    const { input, problems } = scoreEntryProblems(values, base, context);
    if (problems.length === 0) return { values: input, errors: {} };
    const placed = placeProblems(problems, SCORE_FIELDS);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, problem] of placed.fields) errors[field] = { type: problem.code, message: problem.message };
    const first = placed.rest[0];
    if (first) errors.root = { type: first.code, message: first.message };
    return { values: {}, errors: errors as FieldErrors<ScoreFormValues> };
  };
}
