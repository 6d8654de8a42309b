import { describe, expect, it } from 'vitest';
import { suggestedPercent, toReportInput } from './task-progress-form';

const base = { taskId: 't1', version: 2 };

describe('suggestedPercent', () => {
  it.each([
    ['DONE', '40', '100'],
    ['NOT_STARTED', '40', '0'],
    ['IN_PROGRESS', '40', '40'],
    ['IN_PROGRESS', '100', '50'],
    ['IN_PROGRESS', 'abc', '50'],
  ] as const)('%s after %s -> %s', (status, typed, expected) => {
    expect(suggestedPercent(status, typed)).toBe(expected);
  });
});

describe('toReportInput', () => {
  it('builds the input with the files and the version', () => {
    expect(toReportInput({ status: 'IN_PROGRESS', percent: ' 35 ', comment: 'Đã họp' }, base, ['f1'])).toEqual({
      ok: true,
      input: { taskId: 't1', version: 2, status: 'IN_PROGRESS', percent: 35, comment: 'Đã họp', fileIds: ['f1'] },
    });
  });
  it.each([
    [{ status: 'IN_PROGRESS', percent: '3,5' }, 'percent', 'PERCENT_RANGE'],
    [{ status: 'IN_PROGRESS', percent: '' }, 'percent', 'PERCENT_RANGE'],
    [{ status: 'DONE', percent: '90' }, 'percent', 'STATUS_PERCENT_MISMATCH'],
    [{ status: 'NOT_STARTED', percent: '10' }, 'percent', 'STATUS_PERCENT_MISMATCH'],
  ] as const)('%j -> %s %s', (values, field, code) => {
    const result = toReportInput({ comment: '', ...values }, base, []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ field, code }));
  });
});
