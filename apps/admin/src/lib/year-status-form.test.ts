import { describe, expect, it } from 'vitest';
import { defaultYearStatusTarget, yearStatusProblems, yearStatusTargets } from './year-status-form';

describe('yearStatusTargets / defaultYearStatusTarget', () => {
  it.each([
    ['DRAFT', ['OPEN', 'SELF_ASSESSMENT', 'APPRAISAL'], 'OPEN'],
    ['OPEN', ['DRAFT', 'SELF_ASSESSMENT', 'APPRAISAL'], 'SELF_ASSESSMENT'],
    ['APPRAISAL', ['DRAFT', 'OPEN', 'SELF_ASSESSMENT'], 'DRAFT'],
    ['PUBLISHED', ['DRAFT', 'OPEN', 'SELF_ASSESSMENT', 'APPRAISAL'], 'DRAFT'],
  ] as const)('from %s offers %j (never PUBLISHED), first %s', (from, targets, first) => {
    expect(yearStatusTargets(from)).toEqual(targets);
    expect(defaultYearStatusTarget(from)).toBe(first);
  });
});

describe('yearStatusProblems', () => {
  it.each([
    ['OPEN', 'APPRAISAL', '', []],
    ['APPRAISAL', 'OPEN', '', ['reason:REQUIRED']],
    ['APPRAISAL', 'OPEN', '   ', ['reason:REQUIRED']],
    ['APPRAISAL', 'OPEN', 'Bổ sung hồ sơ', []],
    ['PUBLISHED', 'APPRAISAL', '', ['reason:REQUIRED']],
    ['OPEN', 'OPEN', '', ['status:SAME_STATUS']],
  ] as const)('%s → %s with reason %j: %j', (from, to, reason, expected) => {
    expect(
      yearStatusProblems(from, { status: to, reason }).map((problem) => `${problem.field}:${problem.code}`),
    ).toEqual(expected);
  });
});
