import type { UpdatePlanTaskInput } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import {
  placeProblems,
  planTaskInput,
  planTaskResolver,
  problemField,
  type PlanTaskBase,
  type PlanTaskFormValues,
} from './plan-task-form';

const base: PlanTaskBase = { id: 't-1', version: 3, status: 'NOT_STARTED' };
const values: PlanTaskFormValues = {
  status: 'NOT_STARTED',
  manual: false,
  start: '01/01/2021',
  end: '31/03/2021',
  due: '31/03/2021',
  reason: '',
};

async function resolve(v: PlanTaskFormValues) {
  const result = await planTaskResolver(() => base)(v, undefined, { fields: {}, shouldUseNativeValidation: false });
  const errors = Object.fromEntries(
    Object.entries(result.errors).map(([name, error]) => [name, `${String(error?.type)}: ${String(error?.message)}`]),
  );
  return { values: result.values as UpdatePlanTaskInput | Record<string, never>, errors };
}

describe('planTaskInput', () => {
  it('sends only what changed since the base, with its version, dates as ISO dates and the reason trimmed', () => {
    expect(planTaskInput({ ...values, status: 'DONE' }, base)).toEqual({ id: 't-1', version: 3, status: 'DONE' });
    expect(
      planTaskInput(
        { ...values, manual: true, start: '1/2/2021', end: '30/4/2021', due: ' ', reason: ' Chờ tỉnh ' },
        base,
      ),
    ).toEqual({
      id: 't-1',
      version: 3,
      timing: { start: '2021-02-01', end: '2021-04-30', due: null },
      reason: 'Chờ tỉnh',
    });
  });
});

describe('planTaskResolver (the domain schema plus dd/mm/yyyy)', () => {
  it('gives the input when it is valid', async () => {
    expect(await resolve({ ...values, status: 'IN_PROGRESS' })).toEqual({
      values: { id: 't-1', version: 3, status: 'IN_PROGRESS' },
      errors: {},
    });
  });

  it('checks typed dates only when set by hand, and the reason with the domain schema', async () => {
    expect(
      (await resolve({ ...values, manual: true, start: '30/02/2021', end: '', due: 'abc', reason: '  ' })).errors,
    ).toEqual({
      start: 'INVALID_DATE: Ngày không hợp lệ (dd/mm/yyyy).',
      end: 'REQUIRED: Cần nhập ngày (dd/mm/yyyy).',
      due: 'INVALID_DATE: Ngày không hợp lệ (dd/mm/yyyy).',
      reason: 'REQUIRED: Cần ghi lý do khi đặt ngày thủ công.',
    });
  });

  it('puts "nothing to change" (the domain says it of the id) at the top of the form', async () => {
    expect((await resolve(values)).errors).toEqual({ root: 'NOTHING_TO_CHANGE: Không có thay đổi nào.' });
  });
});

describe('placing problems', () => {
  it('places a problem by its path, else by its code; the first per field; others at the top', () => {
    expect(problemField({ field: 'timing.end', code: 'END_BEFORE_START' })).toBe('end');
    expect(problemField({ field: 'timing', code: 'DUE_BEFORE_START' })).toBe('due');
    expect(problemField({ field: 'id', code: 'LOCKED' })).toBeUndefined();
    const { fields, rest } = placeProblems(
      [
        { field: 'timing.end', code: 'END_BEFORE_START', message: 'a' },
        { field: 'timing.end', code: 'OUTSIDE_YEAR', message: 'b' },
        { field: 'reason', code: 'REQUIRED', message: 'c' },
        { field: 'id', code: 'LOCKED', message: 'd' },
      ],
      (field) => field !== 'reason',
    );
    expect([...fields].map(([name, p]) => `${name}:${p.message}`)).toEqual(['end:a']);
    expect(rest.map((p) => p.message)).toEqual(['c', 'd']);
  });
});
