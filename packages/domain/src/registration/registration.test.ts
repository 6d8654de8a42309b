import { describe, expect, it } from 'vitest';
import { decide } from '../access/can';
import { RegistrationStatus, Role, YearStatus } from '../enums';
import {
  parseVndInput,
  registrationItemDateProblems,
  registrationItemInputSchema,
  registrationItemUnitProblems,
} from './registration-item-input';
import { registrationEditable, registrationMove, registrationTotal } from './registration-status';
import { submitUnitPlanInputSchema, unitPlanIssuedOnProblem, unitPlanTiming } from './unit-plan-timing';

describe('unitPlanTiming: against the last on-time day (19/02/2021 for "trước ngày 20/02/2021"), local time', () => {
  const lastOnTimeDate = '2021-02-19';
  const now = new Date('2021-03-01T00:00:00Z');
  it.each([
    ['23:30 local on the last day', '2021-02-19T16:30:00Z', 'on_time'],
    ['00:10 local on 20/02', '2021-02-19T17:10:00Z', 'late'],
    ['well before', '2021-01-15T02:00:00Z', 'on_time'],
    ['in March', '2021-03-01T00:00:00Z', 'late'],
  ] as const)('%s → %s', (_name, at, expected) => {
    expect(unitPlanTiming({ lastOnTimeDate, submittedAt: new Date(at), now })).toBe(expected);
  });
  it('nothing sent: pending until the day passes, then missing', () => {
    expect(unitPlanTiming({ lastOnTimeDate, submittedAt: null, now: new Date('2021-02-19T16:59:00Z') })).toBe(
      'pending',
    );
    expect(unitPlanTiming({ lastOnTimeDate, submittedAt: null, now: new Date('2021-02-19T17:00:00Z') })).toBe(
      'missing',
    );
  });
});

describe('unitPlanIssuedOnProblem', () => {
  const now = new Date('2021-02-10T03:00:00Z');
  it.each([
    ['2021-02-05', null],
    ['2020-12-25', null],
    ['2021-02-11', 'IN_FUTURE'],
    ['2020-05-01', 'OUTSIDE_YEAR'],
  ] as const)('%s → %s', (issuedOn, code) => {
    expect(unitPlanIssuedOnProblem(issuedOn, 2021, now)?.code ?? null).toBe(code);
  });
  it('the input needs a number, a real date and a file', () => {
    const r = submitUnitPlanInputSchema.safeParse({
      yearId: 'y',
      unitId: 'u',
      documentNumber: ' ',
      issuedOn: '2021-02-30',
      fileId: '',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['documentNumber', 'fileId', 'issuedOn']);
  });
});

describe('parseVndInput: what people type for a budget', () => {
  it.each([
    ['1.250.000', 1_250_000n],
    ['1 250 000 đ', 1_250_000n],
    ['0', 0n],
    ['1250000₫', 1_250_000n],
    ['9007199254740993', 9_007_199_254_740_993n],
    ['-5', null],
    ['1,5', null],
    ['', null],
    ['abc', null],
    ['12345678901234567', null],
  ] as const)('%s → case %#', (text, expected) => {
    expect(parseVndInput(text)).toBe(expected);
  });
});

describe('registrationItemInputSchema', () => {
  const base = {
    yearId: 'y',
    unitId: 'u',
    content: 'Rà soát thủ tục hành chính',
    resultProduct: 'Báo cáo rà soát',
    startDate: '2021-03-01',
    endDate: '2021-06-30',
    leadUnitId: 'u',
    coordinatingUnitIds: ['v'],
    budgetVnd: '15.000.000',
    note: '',
  };
  it('parses a good item: the budget as bigint, an empty note as null', () => {
    const r = registrationItemInputSchema.parse(base);
    expect(r.budgetVnd).toBe(15_000_000n);
    expect(r.note).toBeNull();
  });
  it.each([
    ['budgetVnd', '-1', 'INVALID_AMOUNT'],
    ['budgetVnd', '1.5', 'INVALID_AMOUNT'],
    ['budgetVnd', '1000000000001', 'TOO_LARGE'],
    ['content', '\u200b', 'REQUIRED'],
    ['startDate', '2021-02-30', 'INVALID_DATE'],
    ['leadUnitId', '', 'REQUIRED'],
  ] as const)('%s = %j → %s', (field, value, code) => {
    const r = registrationItemInputSchema.safeParse({ ...base, [field]: value });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path[0] === field);
    expect((issue as { params?: { code?: string } } | undefined)?.params?.code).toBe(code);
  });
});

describe('registrationItemDateProblems', () => {
  it.each([
    ['2021-01-01', '2021-12-31', []],
    ['2021-03-01', '2021-03-01', []],
    ['2021-05-01', '2021-04-30', ['END_BEFORE_START']],
    ['2020-12-31', '2021-01-31', ['OUTSIDE_YEAR']],
    ['2021-11-01', '2022-03-31', []],
    ['2021-11-01', '2023-01-01', ['OUTSIDE_YEAR']],
  ] as const)('%s → %s: %j', (start, end, codes) => {
    expect(registrationItemDateProblems(start, end, 2021).map((p) => p.code)).toEqual(codes);
  });
  it('the lead unit is not a coordinating unit', () => {
    expect(registrationItemUnitProblems('a', ['b', 'a']).map((p) => p.code)).toEqual(['LEAD_IS_COORDINATOR']);
    expect(registrationItemUnitProblems('a', ['b'])).toEqual([]);
  });
});

describe('registrationMove: DRAFT → SUBMITTED → ACCEPTED | RETURNED → SUBMITTED', () => {
  const { DRAFT, SUBMITTED, ACCEPTED, RETURNED } = RegistrationStatus;
  it.each([
    [DRAFT, 'submit', { itemCount: 2 }, SUBMITTED],
    [RETURNED, 'submit', { itemCount: 1 }, SUBMITTED],
    [SUBMITTED, 'accept', {}, ACCEPTED],
    [SUBMITTED, 'return', { comment: 'Bổ sung kinh phí' }, RETURNED],
    [DRAFT, 'submit', { itemCount: 0 }, 'NO_ITEMS'],
    [SUBMITTED, 'return', { comment: '  ' }, 'COMMENT_REQUIRED'],
    [SUBMITTED, 'submit', { itemCount: 1 }, 'WRONG_STATUS'],
    [ACCEPTED, 'submit', { itemCount: 1 }, 'WRONG_STATUS'],
    [ACCEPTED, 'return', { comment: 'x' }, 'WRONG_STATUS'],
    [DRAFT, 'accept', {}, 'WRONG_STATUS'],
    [RETURNED, 'accept', {}, 'WRONG_STATUS'],
  ] as const)('%s %s %j → %s', (from, move, facts, expected) => {
    const r = registrationMove(from, move, facts);
    expect('status' in r ? r.status : r.problems.map((p) => p.code).join()).toBe(expected);
  });
  it('only DRAFT and RETURNED are editable', () => {
    expect([DRAFT, SUBMITTED, ACCEPTED, RETURNED].map(registrationEditable)).toEqual([true, false, false, true]);
  });
});

describe('registrationTotal: bigint sums and the amount in words', () => {
  it('adds budgets beyond Number.MAX_SAFE_INTEGER exactly', () => {
    const t = registrationTotal([{ budgetVnd: 9_007_199_254_740_993n }, { budgetVnd: 7n }]);
    expect(t.totalVnd).toBe(9_007_199_254_741_000n);
  });
  it.each([
    [[], 'Không đồng'],
    [[15_000_000n, 5_500_000n], 'Hai mươi triệu năm trăm nghìn đồng'],
    [[1_000_000_000n, 5_000n], 'Một tỷ không trăm linh năm nghìn đồng'],
  ] as const)('case %# → %s', (budgets, words) => {
    expect(registrationTotal(budgets.map((budgetVnd) => ({ budgetVnd }))).words).toBe(words);
  });
});

describe('access to a registration', () => {
  const officer = { userId: 'o', roles: [Role.UNIT_OFFICER], unitId: 'u1' };
  const other = { userId: 'p', roles: [Role.UNIT_OFFICER], unitId: 'u2' };
  const ha = { userId: 'h', roles: [Role.HOME_AFFAIRS], unitId: null };
  const lead = { userId: 'l', roles: [Role.LEADERSHIP], unitId: null };
  const reg = (status: RegistrationStatus, yearStatus: YearStatus = YearStatus.OPEN) =>
    ({ type: 'UnitRegistration', unitId: 'u1', status, yearStatus }) as const;
  const decision = (...args: Parameters<typeof decide>) => {
    const d = decide(...args);
    return d.allowed ? true : d.reason;
  };
  it.each([
    ['officer edits its DRAFT', officer, 'registration.edit', reg('DRAFT'), true],
    ['officer edits its RETURNED', officer, 'registration.edit', reg('RETURNED'), true],
    ['officer cannot edit SUBMITTED', officer, 'registration.edit', reg('SUBMITTED'), 'ROLE'],
    ['officer submits its DRAFT', officer, 'registration.submit', reg('DRAFT'), true],
    ['another unit cannot', other, 'registration.edit', reg('DRAFT'), 'NOT_YOUR_UNIT'],
    ['another unit cannot read', other, 'registration.read', reg('DRAFT'), 'NOT_YOUR_UNIT'],
    ['Home Affairs cannot edit', ha, 'registration.edit', reg('DRAFT'), 'ROLE'],
    ['Home Affairs reviews SUBMITTED', ha, 'registration.review', reg('SUBMITTED'), true],
    ['Home Affairs cannot review DRAFT', ha, 'registration.review', reg('DRAFT'), 'ROLE'],
    ['leadership reads', lead, 'registration.read', reg('ACCEPTED'), true],
    ['leadership cannot review', lead, 'registration.review', reg('SUBMITTED'), 'ROLE'],
    ['published year is read-only', officer, 'registration.edit', reg('DRAFT', YearStatus.PUBLISHED), 'YEAR_PUBLISHED'],
    ['published year still readable', officer, 'registration.read', reg('ACCEPTED', YearStatus.PUBLISHED), true],
    ['nobody signed in', null, 'registration.read', reg('ACCEPTED'), 'NOT_SIGNED_IN'],
  ] as const)('%s', (_name, viewer, action, resource, expected) => {
    expect(decision(viewer, action, resource)).toBe(expected);
  });
  it.each([
    [officer, true],
    [other, 'NOT_YOUR_UNIT'],
    [ha, 'ROLE'],
  ] as const)('unitPlan.submit %#', (viewer, expected) => {
    expect(decision(viewer, 'unitPlan.submit', { type: 'UnitRecord', unitId: 'u1', yearStatus: YearStatus.OPEN })).toBe(
      expected,
    );
  });
});
