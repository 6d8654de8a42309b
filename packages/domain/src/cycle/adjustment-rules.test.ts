import { describe, expect, it } from 'vitest';
import { inputProblems } from '../text/input-problems';
import { adjustmentCapProblem, saveUnitAdjustmentInputSchema } from './adjustment-rules';

describe('adjustmentCapProblem', () => {
  it.each<[string, 'BONUS' | 'PENALTY', number, number, number, string | null]>([
    ['a bonus within the cap', 'BONUS', 2, 1, 5, null],
    ['a bonus reaching the cap exactly', 'BONUS', 2.5, 2.5, 5, null],
    ['a bonus over the cap', 'BONUS', 3, 2.5, 5, 'OVER_BONUS_CAP'],
    ['a penalty over its cap', 'PENALTY', 0.5, 2.75, 3, 'OVER_PENALTY_CAP'],
    ['decimals that add up exactly (0.1 + 0.2)', 'BONUS', 0.2, 0.1, 0.3, null],
    ['a cap of 0: no bonus at all', 'BONUS', 0.25, 0, 0, 'OVER_BONUS_CAP'],
  ])('%s', (_name, kind, points, others, cap, expected) => {
    const problem = adjustmentCapProblem(kind, points, others, cap);
    expect(problem?.code ?? null).toBe(expected);
    if (problem) expect(problem.message).toMatch(/vượt mức tối đa/);
  });
});

describe('saveUnitAdjustmentInputSchema', () => {
  const base = { yearId: 'y', unitId: 'u', kind: 'BONUS', points: 1, reason: 'Mô hình hay' };
  it.each<[string, Record<string, unknown>, Array<[string, string]>]>([
    ['a valid bonus', {}, []],
    ['zero points', { points: 0 }, [['points', 'NOT_POSITIVE']]],
    ['negative points', { points: -1 }, [['points', 'NOT_POSITIVE']]],
    ['an empty reason', { reason: '\u200b' }, [['reason', 'REQUIRED']]],
    ['an unknown kind', { kind: 'GIFT' }, [['kind', 'INVALID']]],
  ])('%s', (_name, change, expected) => {
    const parsed = saveUnitAdjustmentInputSchema.safeParse({ ...base, ...change });
    const problems = parsed.success ? [] : inputProblems(parsed.error).map((p) => [p.field, p.code]);
    expect(problems).toEqual(expected);
  });
});
