import { describe, expect, it } from 'vitest';
import {
  appliesToType,
  emptyMethodValues,
  inputMode,
  isSelfScored,
  type LeafInfo,
  type MethodValues,
  methodConfigOf,
  methodInputOf,
  methodValuesFrom,
  parseNumberVi,
} from './score-method';

const leaf = (method: LeafInfo['method'], methodConfig: unknown = null, extra: Partial<LeafInfo> = {}): LeafInfo => ({
  code: '1.1',
  name: 'x',
  maxPoints: 2,
  method,
  scoreSource: 'SELF_THEN_APPRAISED',
  appliesTo: [],
  methodConfig,
  ...extra,
});

const checklist = leaf('CHECKLIST', { kind: 'checklist', items: ['a', 'b', 'c'] });
const deduction = leaf('DEDUCTION', {
  kind: 'deduction',
  start: 2,
  floor: 0,
  rules: [
    { code: 'e1', event: 'trễ hạn', minus: 0.25 },
    { code: 'e2', event: 'không hoàn thành', minus: 0.5 },
  ],
});

describe('parseNumberVi', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.250', 1250],
    ['1.250,75', 1250.75],
    [' 1 250 ', 1250],
    ['0', 0],
    ['', null],
    ['-3', null],
    ['mười', null],
    ['1,2,3', null],
  ] as const)('%j → %j', (text, expected) => {
    expect(parseNumberVi(text)).toBe(expected);
  });
});

describe('the input a leaf takes', () => {
  it.each([
    [leaf('BINARY'), 'binary'],
    [checklist, 'checklist'],
    [leaf('CHECKLIST'), 'points'], // without its items the points are typed
    [leaf('RATIO'), 'ratio'],
    [leaf('RATIO_TIERED'), 'ratio'],
    [leaf('DEADLINE'), 'deadline'],
    [deduction, 'deduction'],
    [leaf('DEDUCTION', { kind: 'checklist', items: [] }), 'points'], // a rule of another method is ignored
    [leaf('SURVEY_RATE'), 'points'],
  ] as const)('%#: %s', (l, mode) => {
    expect(inputMode(l)).toBe(mode);
  });

  it("reads the rule only when it is of the leaf's own method", () => {
    expect(methodConfigOf(checklist)).toEqual({ kind: 'checklist', items: ['a', 'b', 'c'] });
    expect(methodConfigOf(leaf('BINARY', { kind: 'checklist', items: [] }))).toBeNull();
    expect(methodConfigOf(leaf('CHECKLIST', { kind: 'checklist' }))).toBeNull();
    expect(methodConfigOf(leaf('BINARY', 'yes'))).toBeNull();
  });

  it('says who scores a leaf and for which unit types', () => {
    expect(isSelfScored(leaf('BINARY'))).toBe(true);
    expect(isSelfScored(leaf('BINARY', null, { scoreSource: 'APPRAISED_ONLY' }))).toBe(false);
    expect(isSelfScored(leaf('SURVEY_RATE', null, { scoreSource: 'SURVEY' }))).toBe(false);
    expect(isSelfScored(leaf('SURVEY_LIKERT', null, { scoreSource: null }))).toBe(false);
    expect(appliesToType(leaf('BINARY'), 'xa')).toBe(true);
    expect(appliesToType(leaf('BINARY', null, { appliesTo: ['phong'] }), 'xa')).toBe(false);
    expect(appliesToType(leaf('BINARY', null, { appliesTo: ['phong', 'xa'] }), 'xa')).toBe(true);
  });
});

describe('typed inputs → the method inputs', () => {
  const typed = (l: LeafInfo, values: Partial<ReturnType<typeof emptyMethodValues>>) =>
    methodInputOf(l, { ...emptyMethodValues(l), ...values });

  it.each([
    ['binary yes', leaf('BINARY'), { met: 'yes' as const }, { kind: 'binary', met: true }],
    ['binary no', leaf('BINARY'), { met: 'no' as const }, { kind: 'binary', met: false }],
    ['checklist flags', checklist, { items: [true, false, true] }, { kind: 'checklist', met: [true, false, true] }],
    [
      'ratio with a decimal comma',
      leaf('RATIO'),
      { numerator: '17,5', denominator: '20' },
      { kind: 'ratio', numerator: 17.5, denominator: 20 },
    ],
    [
      'tiered ratio',
      leaf('RATIO_TIERED'),
      { numerator: '95', denominator: '100' },
      { kind: 'ratio_tiered', numerator: 95, denominator: 100 },
    ],
    ['deadline', leaf('DEADLINE'), { status: 'late' as const }, { kind: 'deadline', status: 'late' }],
    [
      'deductions (empty = 0, zeros left out)',
      deduction,
      { occurrences: ['2', ''] },
      { kind: 'deduction', occurrences: { e1: 2 } },
    ],
  ])('%s', (_name, l, values, inputs) => {
    expect(typed(l, values)).toEqual({ inputs, problem: null });
  });

  it.each([
    ['no choice', leaf('BINARY'), {}, 'CHOOSE_MET'],
    ['half a ratio', leaf('RATIO'), { numerator: '3' }, 'RATIO_REQUIRED'],
    ['words in a ratio', leaf('RATIO'), { numerator: 'ba', denominator: '4' }, 'INVALID_NUMBER'],
    ['no deadline status', leaf('DEADLINE'), {}, 'CHOOSE_STATUS'],
    ['a fraction of a time', deduction, { occurrences: ['1,5', ''] }, 'INVALID_COUNT'],
  ])('refuses %s', (_name, l, values, code) => {
    expect(typed(l, values)).toMatchObject({ inputs: null, problem: { field: 'inputs', code } });
  });

  it('gives no inputs for a leaf whose points are typed', () => {
    expect(typed(leaf('SURVEY_RATE'), {})).toEqual({ inputs: null, problem: null });
  });
});

describe('stored inputs → the typed values', () => {
  it.each([
    [leaf('BINARY'), { kind: 'binary', met: false }, { met: 'no' }],
    [checklist, { kind: 'checklist', met: [false, true, true] }, { items: [false, true, true] }],
    [checklist, { kind: 'checklist', met: 2 }, { items: [true, true, false] }],
    [leaf('RATIO'), { kind: 'ratio', numerator: 2.5, denominator: 4 }, { numerator: '2,5', denominator: '4' }],
    [leaf('DEADLINE'), { kind: 'deadline', status: 'on_time' }, { status: 'on_time' }],
    [leaf('DEADLINE'), { kind: 'deadline', status: 'pending' }, { status: '' }],
    [deduction, { kind: 'deduction', occurrences: { e2: 3 } }, { occurrences: ['', '3'] }],
  ])('%#', (l, inputs, expected) => {
    expect(methodValuesFrom(l, inputs)).toMatchObject(expected);
  });

  it('round-trips every method', () => {
    const cases: Array<[LeafInfo, Partial<MethodValues>]> = [
      [checklist, { items: [true, false, true] }],
      [leaf('RATIO'), { numerator: '3', denominator: '7' }],
      [deduction, { occurrences: ['1', '2'] }],
    ];
    for (const [l, values] of cases) {
      const made = methodInputOf(l, { ...emptyMethodValues(l), ...values });
      expect(methodInputOf(l, methodValuesFrom(l, made.inputs))).toEqual(made);
    }
  });
});
