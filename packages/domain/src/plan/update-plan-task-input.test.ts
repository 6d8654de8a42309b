import { describe, expect, it } from 'vitest';
import { inputProblems } from '../text/input-problems';
import { updatePlanTaskInputSchema } from './update-plan-task-input';

const problems = (input: unknown) => {
  const r = updatePlanTaskInputSchema.safeParse(input);
  return r.success ? [] : inputProblems(r.error).map((p) => `${p.field}:${p.code}`);
};

describe('updatePlanTaskInputSchema', () => {
  it.each<[string, unknown, string[]]>([
    ['a status change', { id: 't', version: 1, status: 'DONE' }, []],
    [
      'hand-set dates with a reason',
      { id: 't', version: 3, timing: { start: '2021-01-01', end: '2021-03-31' }, reason: 'Công văn' },
      [],
    ],
    ['a reset', { id: 't', version: 1, resetTiming: true }, []],
    ['nothing to change', { id: 't', version: 1 }, ['id:NOTHING_TO_CHANGE']],
    [
      'dates without a reason',
      { id: 't', version: 1, timing: { start: '2021-01-01', end: '2021-03-31' } },
      ['reason:REQUIRED'],
    ],
    [
      'a reason of spaces only',
      { id: 't', version: 1, timing: { start: '2021-01-01', end: '2021-03-31' }, reason: '   ' },
      ['reason:REQUIRED'],
    ],
    [
      'dates and a reset together',
      { id: 't', version: 1, timing: { start: '2021-01-01', end: '2021-01-02' }, resetTiming: true, reason: 'x' },
      ['resetTiming:EXCLUSIVE'],
    ],
    [
      'an impossible date',
      { id: 't', version: 1, timing: { start: '2021-02-29', end: '2021-03-31' }, reason: 'x' },
      ['timing.start:INVALID_DATE'],
    ],
    [
      'a dd/mm/yyyy date',
      { id: 't', version: 1, timing: { start: '01/01/2021', end: '2021-03-31' }, reason: 'x' },
      ['timing.start:INVALID_DATE'],
    ],
    ['no id, version 0', { id: ' ', version: 0, status: 'DONE' }, ['id:REQUIRED', 'version:INVALID']],
    [
      'a reason of a zero-width space',
      { id: 't', version: 1, timing: { start: '2021-01-01', end: '2021-03-31' }, reason: '\u200b' },
      ['reason:REQUIRED'],
    ],
    ['a reason with a NUL', { id: 't', version: 1, status: 'DONE', reason: 'a\u0000b' }, ['reason:CONTROL_CHARACTER']],
    [
      'a reason with a lone surrogate',
      { id: 't', version: 1, status: 'DONE', reason: 'a\ud800b' },
      ['reason:MALFORMED_TEXT'],
    ],
    ['a reason of 1.5 MB', { id: 't', version: 1, status: 'DONE', reason: 'x'.repeat(1_500_000) }, ['reason:TOO_LONG']],
    ['an id of 1 MB', { id: 'x'.repeat(1_000_000), version: 1, status: 'DONE' }, ['id:INVALID']],
    ['a fractional version', { id: 't', version: 1.5, status: 'DONE' }, ['version:INVALID']],
    ['an unknown status', { id: 't', version: 1, status: 'FINISHED' }, ['status:INVALID']],
  ])('%s → %j', (_name, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it("keeps the server's Vietnamese text for a client without a translation", () => {
    const r = updatePlanTaskInputSchema.safeParse({
      id: 't',
      version: 1,
      timing: { start: '2021-01-01', end: '2021-01-02' },
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(inputProblems(r.error)).toEqual([
        { field: 'reason', code: 'REQUIRED', message: 'Cần ghi lý do khi đặt ngày thủ công.' },
      ]);
  });
});
