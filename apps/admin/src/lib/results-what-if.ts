/**
 * What-if on a scorecard: the points a person types per leaf → the changes sent to the server's
 * `whatIf` (which computes the new index, tier and rank; nothing is computed here), or a problem
 * per leaf. Points are typed with a decimal comma ("1,5") or point.
 */
import { z } from 'zod';

export interface WhatIfLeaf {
  code: string;
  maxPoints: number;
  /** the points counted now */
  points: number;
}

export type WhatIfProblem = 'NOT_A_NUMBER' | 'BELOW_ZERO' | 'ABOVE_MAX';

export interface WhatIfChange {
  leafCode: string;
  points: number;
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** "1,5" / "1.5" → 1.5; anything else → null. */
export function parsePoints(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

function pointsSchema(max: number) {
  return z.number({ error: 'NOT_A_NUMBER' }).min(0, { error: 'BELOW_ZERO' }).max(max, { error: 'ABOVE_MAX' });
}

/**
 * The typed values (leaf code → text; empty = unchanged) → the changes (in the leaves' order, only
 * those that differ from the points counted now) and the problems by leaf code.
 */
export function whatIfChanges(
  draft: Readonly<Record<string, string>>,
  leaves: readonly WhatIfLeaf[],
): { changes: WhatIfChange[]; problems: Map<string, WhatIfProblem> } {
  const changes: WhatIfChange[] = [];
  const problems = new Map<string, WhatIfProblem>();
  for (const leaf of leaves) {
    const text = draft[leaf.code];
    if (text === undefined || text.trim() === '') continue;
    const parsed = pointsSchema(leaf.maxPoints).safeParse(parsePoints(text) ?? Number.NaN);
    if (!parsed.success) {
      problems.set(leaf.code, (parsed.error.issues[0]?.message ?? 'NOT_A_NUMBER') as WhatIfProblem);
      continue;
    }
    if (parsed.data !== leaf.points) changes.push({ leafCode: leaf.code, points: parsed.data });
  }
  return { changes, problems };
}
