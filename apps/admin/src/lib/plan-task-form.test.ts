import { describe, expect, it } from 'vitest';
import { planTaskChanges, planTaskFormSchema, problemField, type PlanTaskFormValues } from './plan-task-form';

const base: PlanTaskFormValues = {
  status: 'NOT_STARTED',
  manual: false,
  start: '01/01/2021',
  end: '31/03/2021',
  due: '31/03/2021',
  reason: '',
};

function issues(values: PlanTaskFormValues) {
  const result = planTaskFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('planTaskFormSchema', () => {
  it('checks dates and the reason only when the dates are set by hand', () => {
    expect(issues({ ...base, start: 'x', reason: '' })).toEqual({});
    expect(issues({ ...base, manual: true, start: '30/02/2021', end: '', due: 'abc', reason: '  ' })).toEqual({
      start: 'plan.edit.invalidDate',
      end: 'plan.edit.requiredDate',
      due: 'plan.edit.invalidDate',
      reason: 'plan.edit.reasonRequired',
    });
    expect(issues({ ...base, manual: true, due: '', reason: 'Lý do' })).toEqual({});
  });
});

describe('planTaskChanges', () => {
  it('sends only what changed, with d/m/yyyy dates as ISO dates and the reason trimmed', () => {
    expect(planTaskChanges(base, 'NOT_STARTED')).toBeNull();
    expect(planTaskChanges({ ...base, status: 'DONE' }, 'NOT_STARTED')).toEqual({ status: 'DONE' });
    expect(
      planTaskChanges({ ...base, manual: true, start: '1/2/2021', end: '30/4/2021', due: ' ', reason: ' Chờ tỉnh ' }, 'NOT_STARTED'),
    ).toEqual({ timing: { start: '2021-02-01', end: '2021-04-30', due: null }, reason: 'Chờ tỉnh' });
  });
});

describe('problemField', () => {
  it('places a server problem by its path, else by its code', () => {
    expect(problemField({ field: 'timing.end', code: 'END_BEFORE_START' })).toBe('end');
    expect(problemField({ field: 'timing', code: 'DUE_BEFORE_START' })).toBe('due');
    expect(problemField({ field: 'reason', code: 'REQUIRED' })).toBe('reason');
    expect(problemField({ field: 'id', code: 'LOCKED' })).toBeUndefined();
  });
});
