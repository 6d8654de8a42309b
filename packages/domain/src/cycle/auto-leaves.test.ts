import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenFramework } from '../framework/flatten-framework';
import { frameworkFromSample } from '../framework/framework-from-sample';
import type { FrameworkNode } from '../framework/types';
import { evaluateMethod } from '../scoring/evaluate-method';
import { AUTO_NO_DATA, type AutoLeafData, autoAsOf, autoLeafSource, autoLeafValue } from './auto-leaves';

const sample = frameworkFromSample(
  JSON.parse(readFileSync(new URL('../../../../prisma/seed-data/framework-sample.json', import.meta.url), 'utf8')),
);
const leaves = new Map(
  flattenFramework(sample)
    .filter((f) => f.node.children.length === 0)
    .map((f) => [f.node.code, f.node] as const),
);
const leaf = (code: string): FrameworkNode => leaves.get(code)!;

describe('autoLeafSource: which leaves of the sample framework the system computes', () => {
  it('finds plan completion, the four reports, corrective actions and the survey leaves — nothing else', () => {
    const auto = [...leaves.values()]
      .map((l) => [l.code, autoLeafSource(l)] as const)
      .filter(([, s]) => s !== null)
      .map(([code, s]) => `${code}:${s!.kind}${s!.kind === 'report' ? `:${s!.periodCode}` : ''}`);
    expect(auto).toEqual([
      '1.2:plan_completion',
      '1.3.1:report:Q1',
      '1.3.2:report:H1',
      '1.3.3:report:Q3',
      '1.3.4:report:YEAR',
      '1.4:corrective_actions',
      ...['8.1.1', '8.1.2', '8.1.3', '8.1.4', '8.1.5', '8.2.1', '8.2.2', '8.2.3', '8.2.4'].map((c) => `${c}:survey`),
    ]);
  });

  it.each<[string, FrameworkNode['method'], string, string | null]>([
    [
      'a deadline leaf not named after a report',
      { kind: 'deadline', points: { on_time: 1, late: 0.5, missing: 0 } },
      'Ban hành kế hoạch đúng hạn',
      null,
    ],
    [
      'a deadline leaf named after a report, extra words after',
      { kind: 'deadline', points: { on_time: 1, late: 0, missing: 0 } },
      'Báo cáo năm (gửi Sở Nội vụ)',
      'report',
    ],
    [
      'a ratio about documents, not tasks',
      { kind: 'ratio', target: 1, whenDenominatorZero: 2, formula: 'số văn bản đã xử lý / số văn bản sai sót' },
      'Xử lý văn bản',
      null,
    ],
    ['a plain binary leaf', { kind: 'binary', yesPoints: 1, noPoints: 0 }, 'Có quy chế', null],
  ])('%s', (_, method, name, kind) => {
    const node: FrameworkNode = {
      code: 'x',
      name,
      maxPoints: 1,
      children: [],
      appliesTo: [],
      method,
      scoreSource: 'appraised_only',
    };
    expect(autoLeafSource(node)?.kind ?? null).toBe(kind);
  });
});

const A = 'unit-a';
const B = 'unit-b';
const base: AutoLeafData = {
  asOf: '2021-12-31',
  planTasks: [],
  reportPeriods: [
    { code: 'Q1', dueOn: '2021-02-24' },
    { code: 'H1', dueOn: '2021-05-24' },
  ],
  reportSubmissions: [],
  reportsInUse: false,
  inspectedUnitIds: null,
  correctiveActions: [],
  surveyAnswers: [],
  surveysInUse: false,
};
const at = (localDay: string) => new Date(`${localDay}T09:00:00+07:00`);
const task = (
  code: string,
  status: AutoLeafData['planTasks'][number]['status'],
  dueOn: string,
  completedOn: string | null = null,
  lead: string[] = [A],
) => ({ code, leadUnitIds: lead, status, dueOn, completedAt: completedOn ? at(completedOn) : null });

/** The points the leaf's own method gives the computed inputs (null: no value). */
function points(code: string, data: AutoLeafData, unitId = A) {
  const l = leaf(code);
  const v = autoLeafValue(l, autoLeafSource(l)!, unitId, data);
  if (!v.input) return { points: null, note: v.note, source: v.source };
  const r = evaluateMethod(l.method!, l.maxPoints, v.input, false);
  return { points: r.ok ? r.points : null, note: v.note, source: v.source };
}

describe('plan completion (1.2): tasks the unit leads, done on time ÷ tasks due', () => {
  it.each<[string, Partial<AutoLeafData>, number | null, RegExp]>([
    [
      'all due tasks done on time → 100% → 3',
      { planTasks: [task('I.1', 'DONE', '2021-03-31', '2021-03-20'), task('I.2', 'DONE', '2021-06-30', '2021-06-30')] },
      3,
      /2\/2 nhiệm vụ chủ trì hoàn thành đúng hạn/,
    ],
    [
      'done late counts against (4 of 5 on time = 80% → 2)',
      {
        planTasks: [
          ...['1', '2', '3', '4'].map((n) => task(`I.${n}`, 'DONE', '2021-09-30', '2021-09-01')),
          task('I.5', 'DONE', '2021-03-31', '2021-04-02'),
        ],
      },
      2,
      /4\/5 .*\(1 trễ hạn, 0 chưa hoàn thành/,
    ],
    [
      'a task not done after its due date counts; one not yet due waits; cancelled and others’ tasks do not count',
      {
        asOf: '2021-06-15',
        planTasks: [
          task('I.1', 'DONE', '2021-03-31', '2021-03-01'),
          task('I.2', 'IN_PROGRESS', '2021-05-31'),
          task('I.3', 'NOT_STARTED', '2021-12-31'),
          task('I.4', 'CANCELLED', '2021-03-31'),
          task('I.5', 'NOT_STARTED', '2021-03-31', null, [B]),
        ],
      },
      1,
      /1\/2 .*1 chưa hoàn thành; 1 chưa đến hạn; tính đến 15\/06\/2021/,
    ],
    [
      'nothing due yet → no value, and the scorecard says so',
      { asOf: '2021-02-01', planTasks: [task('I.1', 'NOT_STARTED', '2021-03-31')] },
      null,
      /chưa có nhiệm vụ chủ trì đến hạn/,
    ],
    [
      'a task done on its due day, late evening local time, is on time',
      { planTasks: [{ ...task('I.1', 'DONE', '2021-03-31'), completedAt: new Date('2021-03-31T16:30:00Z') }] },
      3,
      /1\/1/,
    ],
  ])('%s', (_, data, expected, note) => {
    const r = points('1.2', { ...base, ...data });
    expect(r.points).toBe(expected);
    expect(r.note).toMatch(note);
    expect(r.source).toBe('AUTO');
  });
});

describe('report deadlines (1.3.x): on time / late = not reported / missing; no data at all says where it comes from', () => {
  const sent = (unitId: string, periodCode: string, day: string) => ({ unitId, periodCode, submittedAt: at(day) });
  it.each<[string, string, Partial<AutoLeafData>, number | null, RegExp]>([
    ['no report recorded in the whole year', '1.3.1', { reportsInUse: false }, null, new RegExp(AUTO_NO_DATA.report)],
    ['sent on time', '1.3.1', { reportSubmissions: [sent(A, 'Q1', '2021-02-20')] }, 0.75, /đúng hạn/],
    ['sent on the due day', '1.3.1', { reportSubmissions: [sent(A, 'Q1', '2021-02-24')] }, 0.75, /đúng hạn/],
    [
      'sent a day late: counts as not reported',
      '1.3.1',
      { reportSubmissions: [sent(A, 'Q1', '2021-02-25')] },
      0,
      /trễ hạn \(coi như không báo cáo\)/,
    ],
    [
      'others reported, this unit did not',
      '1.3.2',
      { reportSubmissions: [sent(B, 'H1', '2021-05-01')] },
      0,
      /không gửi/,
    ],
    [
      'sent a week late but within an extension for this unit: on time',
      '1.3.1',
      {
        reportSubmissions: [sent(A, 'Q1', '2021-03-03')],
        reportExtensions: [
          {
            id: 'e1',
            periodCode: 'Q1',
            unitId: A,
            untilDate: '2021-03-05',
            reason: 'Lý do',
            createdAt: at('2021-02-20'),
          },
        ],
      },
      0.75,
      /hạn 05\/03\/2021, đã gia hạn: đúng hạn/,
    ],
    [
      "another unit's extension does not help",
      '1.3.1',
      {
        reportSubmissions: [sent(A, 'Q1', '2021-03-03')],
        reportExtensions: [
          {
            id: 'e1',
            periodCode: 'Q1',
            unitId: B,
            untilDate: '2021-03-05',
            reason: 'Lý do',
            createdAt: at('2021-02-20'),
          },
        ],
      },
      0,
      /trễ hạn/,
    ],
    [
      'not yet due',
      '1.3.2',
      { asOf: '2021-05-01', reportSubmissions: [sent(B, 'Q1', '2021-02-01')] },
      null,
      /chưa đến hạn/,
    ],
  ])('%s', (_, code, data, expected, note) => {
    const r = points(code, { ...base, reportsInUse: true, ...data });
    expect(r.points).toBe(expected);
    expect(r.note).toMatch(note);
  });
});

describe('corrective actions (1.4): verified ÷ owned, after the year’s inspections', () => {
  it.each<[string, Partial<AutoLeafData>, number | null, RegExp]>([
    ['no inspection recorded in the year', {}, null, /Chưa có dữ liệu: lấy từ kết quả kiểm tra CCHC/],
    ['the unit was not inspected', { inspectedUnitIds: new Set([B]) }, null, /không được kiểm tra/],
    ['inspected, nothing to fix → full points', { inspectedUnitIds: new Set([A]) }, 2, /không có tồn tại/],
    [
      'one of two fixed and verified → 1',
      {
        inspectedUnitIds: new Set([A]),
        correctiveActions: [
          { ownerUnitId: A, status: 'VERIFIED' },
          { ownerUnitId: A, status: 'SUBMITTED' },
          { ownerUnitId: B, status: 'OPEN' },
        ],
      },
      1,
      /1\/2 tồn tại/,
    ],
    [
      'a fix sent back (REOPENED) is not verified: one of two → 1',
      {
        inspectedUnitIds: new Set([A]),
        correctiveActions: [
          { ownerUnitId: A, status: 'VERIFIED' },
          { ownerUnitId: A, status: 'REOPENED' },
        ],
      },
      1,
      /1\/2 tồn tại/,
    ],
  ])('%s', (_, data, expected, note) => {
    const r = points('1.4', { ...base, ...data });
    expect(r.points).toBe(expected);
    expect(r.note).toMatch(note);
  });
});

describe('survey leaves (8.x): the answers recorded for the unit, in the SURVEY slot', () => {
  const answers = (
    unitId: string,
    leafCode: string,
    levels: [number, number, number, number, number],
    letters = { A: 0, B: 0, C: 0, D: 0 },
  ) => ({
    unitId,
    leafCode,
    levels,
    letters,
  });
  it.each<[string, string, Partial<AutoLeafData>, number | null, RegExp]>([
    [
      'no survey in the year',
      '8.1.1',
      { surveysInUse: false },
      null,
      /Chưa có dữ liệu: lấy từ kết quả điều tra xã hội học/,
    ],
    [
      'satisfaction: (satisfied + very satisfied) ÷ valid, summed over the year',
      '8.1.1',
      { surveyAnswers: [answers(A, '8.1.1', [0, 1, 1, 4, 4]), answers(A, '8.1.1', [0, 0, 2, 4, 4])] },
      2.4,
      /16\/20/,
    ],
    [
      'another unit’s answers do not count',
      '8.1.1',
      { surveyAnswers: [answers(B, '8.1.1', [0, 0, 0, 5, 5])] },
      null,
      /chưa có phiếu/,
    ],
    [
      'leaders’ survey A/B/C/D weighted 1/0.6/0.2/0',
      '8.2.1',
      { surveyAnswers: [answers(A, '8.2.1', [0, 0, 0, 0, 0], { A: 2, B: 1, C: 1, D: 1 })] },
      1.12,
      /5 phiếu/,
    ],
  ])('%s', (_, code, data, expected, note) => {
    const r = points(code, { ...base, surveysInUse: true, ...data });
    expect(r.source).toBe('SURVEY');
    expect(r.points === null ? null : Math.round(r.points * 100) / 100).toBe(expected);
    expect(r.note).toMatch(note);
  });
});

describe('autoAsOf', () => {
  it.each([
    [2021, '2026-11-28', '2021-12-31'],
    [2026, '2026-11-28', '2026-11-28'],
    [2026, '2026-12-31', '2026-12-31'],
  ])('%i on %s → %s', (year, today, expected) => expect(autoAsOf(year, today)).toBe(expected));
});
