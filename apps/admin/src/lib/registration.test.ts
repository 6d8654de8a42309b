import { describe, expect, it } from 'vitest';
import { budgetToSend, formatVndDigits, groupBudgetInput, itemFormSchema } from './registration';

describe('registration helpers', () => {
  it.each([
    ['15000000', '15.000.000 ₫'],
    ['0', '0 ₫'],
    ['9007199254740993', '9.007.199.254.740.993 ₫'],
    ['', '—'],
    ['-1', '—'],
  ])('formatVndDigits(%s) → %s', (digits, shown) => {
    expect(formatVndDigits(digits)).toBe(shown);
  });
  it.each([
    ['1250000', '1.250.000'],
    ['1.250.000', '1.250.000'],
    ['0012', '12'],
    ['abc', ''],
  ])('groupBudgetInput(%s) → %s', (typed, shown) => {
    expect(groupBudgetInput(typed)).toBe(shown);
  });
  it('sends the budget as digits', () => {
    expect(budgetToSend('15.000.000')).toBe('15000000');
  });
  const base = {
    content: 'Rà soát TTHC',
    resultProduct: 'Báo cáo',
    startDate: '2021-03-01',
    endDate: '2021-06-30',
    leadUnitId: 'u1',
    coordinatingUnitIds: ['u2'],
    budgetVnd: '1.000.000',
    note: '',
  };
  it.each([
    [{}, []],
    [{ content: '  ' }, ['content:REQUIRED']],
    [{ endDate: '2021-02-01' }, ['endDate:END_BEFORE_START']],
    [{ budgetVnd: '1,5' }, ['budgetVnd:INVALID_AMOUNT']],
    [{ coordinatingUnitIds: ['u1'] }, ['coordinatingUnitIds:LEAD_IS_COORDINATOR']],
    [{ leadUnitId: '' }, ['leadUnitId:REQUIRED']],
  ])('item form %j → %j', (change, problems) => {
    const r = itemFormSchema.safeParse({ ...base, ...change });
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(problems);
  });
});
