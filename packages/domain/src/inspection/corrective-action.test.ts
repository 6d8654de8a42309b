import { describe, expect, it } from 'vitest';
import { ActionStatus } from '../enums';
import {
  actionStepProblem,
  type CorrectiveActionStep,
  canTakeActionStep,
  createCorrectiveActionInputSchema,
  dueDateProblem,
  isActionOverdue,
  reopenCorrectiveActionInputSchema,
  submitActionFixInputSchema,
} from './corrective-action';

const { OPEN, SUBMITTED, VERIFIED, REOPENED } = ActionStatus;

describe('corrective action steps', () => {
  it.each<[ActionStatus, CorrectiveActionStep, boolean]>([
    [OPEN, 'submit', true],
    [REOPENED, 'submit', true],
    [SUBMITTED, 'submit', false],
    [VERIFIED, 'submit', false],
    [SUBMITTED, 'verify', true],
    [OPEN, 'verify', false],
    [REOPENED, 'verify', false],
    [VERIFIED, 'verify', false],
    [SUBMITTED, 'reopen', true],
    [VERIFIED, 'reopen', true],
    [OPEN, 'reopen', false],
    [REOPENED, 'reopen', false],
  ])('%s → %s: %s', (status, step, allowed) => {
    expect(canTakeActionStep(status, step)).toBe(allowed);
    expect(actionStepProblem(status, step)?.code ?? null).toBe(allowed ? null : 'STEP_NOT_ALLOWED');
  });
});

describe('overdue on the Vietnamese local day', () => {
  it.each<[ActionStatus, string, string, boolean]>([
    // due 30/09: still due on 30/09 local, overdue from 01/10 00:00 +07 (= 30/09 17:00 UTC)
    [OPEN, '2021-09-30', '2021-09-30T16:59:59Z', false],
    [OPEN, '2021-09-30', '2021-09-30T17:00:00Z', true],
    [REOPENED, '2021-09-30', '2021-10-05T03:00:00Z', true],
    [SUBMITTED, '2021-09-30', '2021-10-05T03:00:00Z', true],
    [VERIFIED, '2021-09-30', '2022-01-01T03:00:00Z', false],
    [OPEN, '2021-10-01', '2021-09-30T20:00:00Z', false],
  ])('%s due %s at %s → %s', (status, dueDate, now, overdue) => {
    expect(isActionOverdue({ status, dueDate }, new Date(now))).toBe(overdue);
  });
});

describe('inputs', () => {
  it('refuses an impossible due date, an empty description and a due date in the past', () => {
    const r = createCorrectiveActionInputSchema.safeParse({
      findingId: 'f',
      description: ' \u200b ',
      dueDate: '2021-02-30',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['description', 'dueDate']);
    expect(dueDateProblem('2021-09-29', new Date('2021-09-30T03:00:00Z'))?.code).toBe('DUE_IN_PAST');
    expect(dueDateProblem('2021-09-30', new Date('2021-09-30T03:00:00Z'))).toBeNull();
  });
  it('needs a note to submit a fix and a reason to reopen', () => {
    expect(submitActionFixInputSchema.safeParse({ id: 'a', version: 1, note: '' }).success).toBe(false);
    expect(submitActionFixInputSchema.safeParse({ id: 'a', version: 1, note: 'Đã cập nhật niêm yết' }).success).toBe(
      true,
    );
    expect(reopenCorrectiveActionInputSchema.safeParse({ id: 'a', version: 2, reason: '   ' }).success).toBe(false);
  });
});
