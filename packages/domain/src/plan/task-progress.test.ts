import { describe, expect, it } from 'vitest';
import { inputProblems } from '../text/input-problems';
import {
  effectiveTaskStatus,
  percentForStatus,
  reportTaskProgressInputSchema,
  rollupTaskProgress,
  statusPercentProblem,
  type ProgressPart,
} from './task-progress';

const lead = (unitId: string, status: ProgressPart['status'], percent: number): ProgressPart => ({
  unitId,
  role: 'LEAD',
  status,
  percent,
});
const coord = (unitId: string, status: ProgressPart['status'], percent: number): ProgressPart => ({
  unitId,
  role: 'COORDINATING',
  status,
  percent,
});

describe('statusPercentProblem', () => {
  it.each([
    ['DONE', 100, null],
    ['DONE', 99, 'STATUS_PERCENT_MISMATCH'],
    ['NOT_STARTED', 0, null],
    ['NOT_STARTED', 1, 'STATUS_PERCENT_MISMATCH'],
    ['IN_PROGRESS', 1, null],
    ['IN_PROGRESS', 99, null],
    ['IN_PROGRESS', 0, 'STATUS_PERCENT_MISMATCH'],
    ['IN_PROGRESS', 100, 'STATUS_PERCENT_MISMATCH'],
    ['IN_PROGRESS', 50.5, 'PERCENT_RANGE'],
    ['IN_PROGRESS', -1, 'PERCENT_RANGE'],
    ['DONE', 101, 'PERCENT_RANGE'],
    ['CANCELLED', 0, 'CANCEL_NOT_ALLOWED'],
  ] as const)('%s at %s%% -> %s', (status, percent, expected) => {
    expect(statusPercentProblem(status, percent)).toBe(expected);
  });
});

describe('reportTaskProgressInputSchema', () => {
  const base = { taskId: 't1', status: 'IN_PROGRESS', percent: 40 } as const;
  it('accepts a first report without a version and normalises the comment', () => {
    const parsed = reportTaskProgressInputSchema.parse({ ...base, comment: '  Đã họp  ' });
    expect(parsed).toMatchObject({ comment: 'Đã họp', percent: 40 });
  });
  it.each([
    [{ status: 'DONE', percent: 80 }, 'percent', 'STATUS_PERCENT_MISMATCH'],
    [{ status: 'CANCELLED', percent: 0 }, 'status', 'CANCEL_NOT_ALLOWED'],
    [{ percent: 150 }, 'percent', 'PERCENT_RANGE'],
    [{ taskId: '  ' }, 'taskId', 'REQUIRED'],
    [{ version: 0 }, 'version', 'INVALID'],
    [{ fileIds: Array.from({ length: 21 }, (_, i) => `f${i}`) }, 'fileIds', 'TOO_MANY_FILES'],
    [{ comment: 'x'.repeat(2001) }, 'comment', 'TOO_LONG'],
  ])('%j -> %s %s', (change, field, code) => {
    const result = reportTaskProgressInputSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(inputProblems(result.error)).toContainEqual(expect.objectContaining({ field, code }));
  });
});

describe('rollupTaskProgress', () => {
  it.each<[string, string[], ProgressPart[], ReturnType<typeof rollupTaskProgress>]>([
    ['no lead unit: no roll-up', [], [coord('a', 'DONE', 100)], null],
    ['nobody reported', ['a', 'b'], [], { status: 'NOT_STARTED', percent: 0, doneCount: 0, leadCount: 2 }],
    [
      'one of two started',
      ['a', 'b'],
      [lead('a', 'IN_PROGRESS', 40)],
      { status: 'IN_PROGRESS', percent: 20, doneCount: 0, leadCount: 2 },
    ],
    [
      'one done, one not started',
      ['a', 'b'],
      [lead('a', 'DONE', 100), lead('b', 'NOT_STARTED', 0)],
      { status: 'IN_PROGRESS', percent: 50, doneCount: 1, leadCount: 2 },
    ],
    [
      'all done',
      ['a', 'b'],
      [lead('a', 'DONE', 100), lead('b', 'DONE', 100)],
      { status: 'DONE', percent: 100, doneCount: 2, leadCount: 2 },
    ],
    [
      'a coordinating unit does not move the task',
      ['a'],
      [coord('b', 'DONE', 100), lead('a', 'NOT_STARTED', 0)],
      { status: 'NOT_STARTED', percent: 0, doneCount: 0, leadCount: 1 },
    ],
    [
      'a part of a unit that is no longer lead is ignored',
      ['a'],
      [lead('x', 'DONE', 100), lead('a', 'IN_PROGRESS', 10)],
      { status: 'IN_PROGRESS', percent: 10, doneCount: 0, leadCount: 1 },
    ],
    [
      '199 of 200 at 100 % is not shown as 100 %',
      Array.from({ length: 200 }, (_, i) => `u${i}`),
      Array.from({ length: 200 }, (_, i) => (i === 0 ? lead('u0', 'IN_PROGRESS', 99) : lead(`u${i}`, 'DONE', 100))),
      { status: 'IN_PROGRESS', percent: 99, doneCount: 199, leadCount: 200 },
    ],
  ])('%s', (_name, leads, parts, expected) => {
    expect(rollupTaskProgress(leads, parts)).toEqual(expected);
  });
});

describe('effectiveTaskStatus and percentForStatus', () => {
  const rollup = { status: 'IN_PROGRESS' as const, percent: 30, doneCount: 0, leadCount: 1 };
  it('prefers the override, then the roll-up, then the stored status', () => {
    expect(effectiveTaskStatus('NOT_STARTED', 'CANCELLED', rollup)).toBe('CANCELLED');
    expect(effectiveTaskStatus('NOT_STARTED', null, rollup)).toBe('IN_PROGRESS');
    expect(effectiveTaskStatus('DONE', null, null)).toBe('DONE');
  });
  it.each([
    ['DONE', 30, 100],
    ['NOT_STARTED', 30, 0],
    ['IN_PROGRESS', 30, 30],
    ['IN_PROGRESS', 100, 50],
    ['IN_PROGRESS', null, 50],
  ] as const)('%s after %s%% -> %s%%', (status, previous, expected) => {
    expect(percentForStatus(status, previous)).toBe(expected);
  });
});
