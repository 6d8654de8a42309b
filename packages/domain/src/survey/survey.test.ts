import { describe, expect, it } from 'vitest';
import { decide } from '../access/can';
import { parseCsv } from './parse-csv';
import {
  AGE_GROUPS,
  countRespondents,
  duplicateRowProblems,
  readSurveyRows,
  respondentKey,
  SURVEY_TEMPLATE_HEADER,
  type SheetRow,
} from './respondent-rows';
import { surveyAspectLeaves } from './survey-aspects';
import { createSurveyRoundInputSchema, saveSurveyCountsInputSchema, surveyWindowProblem } from './survey-input';
import {
  citizenSurveyRates,
  leaderScore,
  leaderSurveyScores,
  satisfactionRate,
  type SurveyCounts,
} from './survey-rates';

const lv = (...l: [number, number, number, number, number]) => ({ levels: l });
const none = { A: 0, B: 0, C: 0, D: 0 };

describe('satisfactionRate: (levels 4 + 5) ÷ valid answers, target is "more than"', () => {
  it.each([
    { rows: [lv(0, 0, 0, 0, 0)], target: 85, rate: null, meets: null, valid: 0 },
    { rows: [lv(1, 1, 1, 4, 3)], target: 85, rate: 70, meets: false, valid: 10 },
    { rows: [lv(0, 0, 3, 10, 7)], target: 85, rate: 85, meets: false, valid: 20 }, // exactly 85 % is not "more than 85 %"
    { rows: [lv(0, 0, 2, 10, 8)], target: 85, rate: 90, meets: true, valid: 20 },
    { rows: [lv(0, 1, 0, 1, 1)], target: 60, rate: 66.67, meets: true, valid: 3 }, // two decimals
    { rows: [lv(1, 0, 0, 0, 0), lv(0, 0, 0, 3, 0)], target: 70, rate: 75, meets: true, valid: 4 }, // rows are summed
  ])('$rows → $rate % (target $target)', ({ rows, target, rate, meets, valid }) => {
    const r = satisfactionRate(rows as never, target);
    expect(r.rate).toBe(rate);
    expect(r.meetsTarget).toBe(meets);
    expect(r.valid).toBe(valid);
  });
});

describe('leaderScore: A/B/C/D weighted 100/60/20/0', () => {
  it.each([
    { letters: { A: 1, B: 0, C: 0, D: 0 }, score: 100 },
    { letters: { A: 0, B: 1, C: 0, D: 0 }, score: 60 },
    { letters: { A: 0, B: 0, C: 1, D: 0 }, score: 20 },
    { letters: { A: 0, B: 0, C: 0, D: 1 }, score: 0 },
    { letters: { A: 2, B: 1, C: 1, D: 1 }, score: 56 }, // (200 + 60 + 20) / 5
    { letters: { A: 1, B: 1, C: 1, D: 0 }, score: 60 },
    { letters: { A: 0, B: 0, C: 0, D: 0 }, score: null },
  ])('$letters → $score', ({ letters, score }) => {
    expect(leaderScore([{ letters }]).score).toBe(score);
  });
});

describe('citizenSurveyRates: per aspect, per unit, overall', () => {
  const row = (unitId: string, aspect: string, levels: SurveyCounts['levels']): SurveyCounts => ({
    unitId,
    aspect,
    levels,
    letters: none,
  });
  const rates = citizenSurveyRates(
    [
      row('u1', 'ACCESS', [0, 0, 1, 5, 4]),
      row('u1', 'PROCEDURE', [0, 1, 1, 4, 4]),
      row('u2', 'ACCESS', [2, 2, 2, 2, 2]),
    ],
    85,
  );
  it('lists the five aspects in order, with no rate where nobody answered', () => {
    expect(rates.aspects.map((a) => [a.aspect, a.rate])).toEqual([
      ['ACCESS', 65], // (9 + 4) / 20
      ['PROCEDURE', 80],
      ['OFFICIAL', null],
      ['RESULT', null],
      ['FEEDBACK', null],
    ]);
  });
  it('rates each unit over its answers to every aspect, and everything overall', () => {
    expect(rates.units.map((u) => [u.unitId, u.overall.rate, u.overall.meetsTarget])).toEqual([
      ['u1', 85, false],
      ['u2', 40, false],
    ]);
    expect(rates.overall).toMatchObject({ satisfied: 21, valid: 30, rate: 70 });
  });
  it('scores the leaders per question and unit', () => {
    const s = leaderSurveyScores([
      { unitId: 'u1', aspect: 'LEADER_10', levels: [0, 0, 0, 0, 0], letters: { A: 1, B: 0, C: 0, D: 0 } },
      { unitId: 'u1', aspect: 'LEADER_2', levels: [0, 0, 0, 0, 0], letters: { A: 0, B: 1, C: 0, D: 0 } },
    ]);
    expect(s.questions.map((q) => [q.aspect, q.score])).toEqual([
      ['LEADER_2', 60],
      ['LEADER_10', 100],
    ]);
    expect(s.units[0]?.overall.score).toBe(80);
  });
});

describe('parseCsv', () => {
  it.each([
    {
      name: 'plain LF',
      text: 'a,b\n1,2\n',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
    },
    {
      name: 'CRLF and BOM',
      text: '\ufeffa,b\r\n1,2\r\n',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
    },
    {
      name: 'lone CR',
      text: 'a,b\r1,2',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
    },
    {
      name: 'quotes with commas, doubled quotes and a line break inside',
      text: 'name,note\n"Phòng ""Tư pháp""","a, b\r\nc"\nx,y',
      rows: [
        ['name', 'note'],
        ['Phòng "Tư pháp"', 'a, b\nc'],
        ['x', 'y'],
      ],
      lines: [1, 2, 4],
    },
    {
      name: 'semicolons (Excel, Vietnamese locale)',
      text: 'a;b\n1,5;2',
      rows: [
        ['a', 'b'],
        ['1,5', '2'],
      ],
      lines: [1, 2],
    },
    { name: 'blank lines skipped, numbers kept', text: 'a\n\n\nb\n', rows: [['a'], ['b']], lines: [1, 4] },
    { name: 'empty trailing cell', text: 'a,b,\n', rows: [['a', 'b', '']], lines: [1] },
  ])('$name', ({ text, rows, lines }) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x.cells)).toEqual(rows);
    expect(r.rows.map((x) => x.line)).toEqual(lines);
  });
  it('refuses an unclosed quote with its line', () => {
    expect(parseCsv('a,b\n1,"2\n3,4')).toEqual({
      ok: false,
      line: 2,
      message: 'Dòng 2: dấu ngoặc kép mở nhưng không đóng.',
    });
  });
});

describe('readSurveyRows', () => {
  const units = new Map([
    ['long-phuoc', 'U-LP'],
    ['tu-phap', 'U-TP'],
  ]);
  const sheet = (...rows: Array<Array<string | number | null>>): SheetRow[] =>
    rows.map((cells, i) => ({ row: i + 1, cells }));
  const header = [...SURVEY_TEMPLATE_HEADER];

  it('reads valid rows: empty aspects unanswered, headers matched without case or diacritics', () => {
    const r = readSurveyRows(
      sheet(
        [
          'MA DON VI',
          'tiep can dich vu',
          'Thủ tục hành chính (1–5)',
          'OFFICIAL',
          'Kết quả giải quyết công việc',
          'FEEDBACK',
          'gioi tinh',
          'Nhóm tuổi',
        ],
        ['LONG-PHUOC', 5, 4, '', 3, 2, 'nữ', '30–45'],
        ['tu-phap', '1', '', '', '', '', '', ''],
      ),
      units,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.respondents.map((x) => [x.row, x.unitId, x.answers, x.gender, x.ageGroup])).toEqual([
      [2, 'U-LP', { ACCESS: 5, PROCEDURE: 4, RESULT: 3, FEEDBACK: 2 }, 'Nữ', '30-45'],
      [3, 'U-TP', { ACCESS: 1 }, null, null],
    ]);
  });

  it.each([
    { cells: ['xa-la', 5, 5, 5, 5, 5, '', ''], code: 'UNKNOWN_UNIT', column: 'Mã đơn vị' },
    { cells: ['', 5, 5, 5, 5, 5, '', ''], code: 'UNKNOWN_UNIT', column: 'Mã đơn vị' },
    { cells: ['tu-phap', 6, 5, 5, 5, 5, '', ''], code: 'INVALID_LEVEL', column: 'Tiếp cận dịch vụ' },
    { cells: ['tu-phap', 0, 5, 5, 5, 5, '', ''], code: 'INVALID_LEVEL', column: 'Tiếp cận dịch vụ' },
    { cells: ['tu-phap', 4.5, 5, 5, 5, 5, '', ''], code: 'INVALID_LEVEL', column: 'Tiếp cận dịch vụ' },
    { cells: ['tu-phap', 'tốt', 5, 5, 5, 5, '', ''], code: 'INVALID_LEVEL', column: 'Tiếp cận dịch vụ' },
    { cells: ['tu-phap', '', '', '', '', '', 'Nam', ''], code: 'NO_ANSWER', column: null },
    { cells: ['tu-phap', 5, 5, 5, 5, 5, 'X', ''], code: 'INVALID_GENDER', column: 'Giới tính' },
    { cells: ['tu-phap', 5, 5, 5, 5, 5, '', '17'], code: 'INVALID_AGE_GROUP', column: 'Nhóm tuổi' },
  ])('refuses $cells with $code', ({ cells, code, column }) => {
    const r = readSurveyRows(sheet(header, ['tu-phap', 5, 5, 5, 5, 5, '', ''], cells), units);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 3, code, column });
    expect(r.problems[0]?.message).toMatch(/^Dòng 3/);
  });

  it('lists every problem of every row (all or nothing)', () => {
    const r = readSurveyRows(
      sheet(
        header,
        ['x', 9, 5, 5, 5, 5, '', ''],
        ['tu-phap', 5, 5, 5, 5, 5, '', ''],
        ['y', '', '', '', '', '', '', ''],
      ),
      units,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'UNKNOWN_UNIT'],
      [2, 'INVALID_LEVEL'],
      [4, 'UNKNOWN_UNIT'],
      [4, 'NO_ANSWER'],
    ]);
  });

  it('needs the unit column and the five aspects in the header', () => {
    const r = readSurveyRows(sheet(['Mã đơn vị', 'Tiếp cận dịch vụ'], ['tu-phap', 5]), units);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.column)).toEqual([
      'Thủ tục hành chính',
      'Công chức trực tiếp giải quyết công việc',
      'Kết quả giải quyết công việc',
      'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị',
    ]);
  });

  it('refuses a file with no respondent rows', () => {
    const r = readSurveyRows(sheet(header, ['', '', null]), units);
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'EMPTY_FILE' }] });
  });

  it('gives equal keys to rows that differ only in case, spacing and diacritics of choices', () => {
    const r = readSurveyRows(
      sheet(
        header,
        ['tu-phap', 5, 4, 3, '', 5, 'Nu', AGE_GROUPS[0]],
        [' TU-PHAP ', '5', '4', '3', '', '5', 'nữ', 'dưới 30'],
      ),
      units,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.respondents[0]?.key).toBe(r.respondents[1]?.key);
    expect(r.respondents[0]?.key).toBe(
      respondentKey({
        unitCode: 'tu-phap',
        answers: { ACCESS: 5, PROCEDURE: 4, OFFICIAL: 3, FEEDBACK: 5 },
        gender: 'Nữ',
        ageGroup: 'Dưới 30',
      }),
    );
  });
});

describe('duplicateRowProblems', () => {
  it('names every duplicate in the file and every row already imported', () => {
    const problems = duplicateRowProblems(
      [
        { row: 2, fingerprint: 'a' },
        { row: 3, fingerprint: 'b' },
        { row: 4, fingerprint: 'a' },
        { row: 5, fingerprint: 'old' },
        { row: 6, fingerprint: 'a' },
      ],
      new Set(['old']),
    );
    expect(problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [4, 'DUPLICATE_IN_FILE', 'Dòng 4: trùng với dòng 2 trong tệp.'],
      [5, 'ALREADY_IMPORTED', 'Dòng 5: trùng với một phiếu đã nhập trước đây trong đợt khảo sát này.'],
      [6, 'DUPLICATE_IN_FILE', 'Dòng 6: trùng với dòng 2 trong tệp.'],
    ]);
  });
  it('finds nothing in distinct rows', () => {
    expect(
      duplicateRowProblems(
        [
          { row: 2, fingerprint: 'a' },
          { row: 3, fingerprint: 'b' },
        ],
        new Set(),
      ),
    ).toEqual([]);
  });
});

describe('countRespondents', () => {
  it('counts levels per unit and aspect, skipping unanswered aspects', () => {
    const counts = countRespondents([
      { unitId: 'u1', answers: { ACCESS: 5, PROCEDURE: 1 } },
      { unitId: 'u1', answers: { ACCESS: 5 } },
      { unitId: 'u2', answers: { ACCESS: 3 } },
    ]);
    expect(counts).toEqual([
      { unitId: 'u1', aspect: 'ACCESS', levels: [0, 0, 0, 0, 2] },
      { unitId: 'u1', aspect: 'PROCEDURE', levels: [1, 0, 0, 0, 0] },
      { unitId: 'u2', aspect: 'ACCESS', levels: [0, 0, 1, 0, 0] },
    ]);
  });
});

describe('surveyAspectLeaves', () => {
  const leaves = [
    { id: 'l5', code: '8.1.5', name: 'Hài lòng về tiếp nhận, giải quyết góp ý, phản ánh', method: 'survey_rate' },
    { id: 'l1', code: '8.1.1', name: 'Hài lòng về tiếp cận dịch vụ', method: 'survey_rate' },
    { id: 'lx', code: '8.1.9', name: 'Hài lòng chung', method: 'survey_rate' },
    { id: 'q1', code: '8.2.1', name: 'Chất lượng tham mưu', method: 'survey_likert' },
    { id: 'q2', code: '8.2.2', name: 'Thái độ', method: 'survey_likert' },
  ];
  it('matches citizen aspects by name, then the rest in order', () => {
    const m = surveyAspectLeaves('CITIZEN', leaves);
    expect(m.get('ACCESS')?.id).toBe('l1');
    expect(m.get('FEEDBACK')?.id).toBe('l5');
    expect(m.get('PROCEDURE')?.id).toBe('lx');
    expect(m.has('OFFICIAL')).toBe(false);
  });
  it('maps leader questions to likert leaves in order', () => {
    const m = surveyAspectLeaves('LEADER', leaves);
    expect([...m].map(([k, v]) => [k, v.id])).toEqual([
      ['LEADER_1', 'q1'],
      ['LEADER_2', 'q2'],
    ]);
  });
});

describe('survey inputs', () => {
  it('defaults the target to 85 and refuses a window ending before it starts', () => {
    const ok = createSurveyRoundInputSchema.safeParse({
      yearId: 'y',
      kind: 'CITIZEN',
      periodCode: 'H1',
      title: 'Đợt 1',
    });
    expect(ok.success && ok.data.targetPercent).toBe(85);
    const bad = createSurveyRoundInputSchema.safeParse({
      yearId: 'y',
      kind: 'CITIZEN',
      periodCode: 'H1',
      title: 'Đợt 1',
      targetPercent: 101,
      startsOn: '2021-06-10',
      endsOn: '2021-06-01',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['endsOn', 'targetPercent']);
  });
  it.each([
    { s: '2021-06-01', e: '2021-06-30', field: null },
    { s: '2021-12-01', e: '2022-01-31', field: null },
    { s: '2020-12-31', e: null, field: 'startsOn' },
    { s: null, e: '2022-02-01', field: 'endsOn' },
  ])('window $s – $e in 2021 → $field', ({ s, e, field }) => {
    expect(surveyWindowProblem(2021, s, e)?.field ?? null).toBe(field);
  });
  it('refuses negative or fractional counts', () => {
    const r = saveSurveyCountsInputSchema.safeParse({
      surveyId: 's',
      unitId: 'u',
      rows: [{ aspect: 'ACCESS', levels: [0, -1, 0, 1.5, 0] }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toHaveLength(2);
  });
});

describe('survey access', () => {
  const viewer = (role: string) => ({ userId: 'x', roles: [role], unitId: null }) as never;
  const year = (yearStatus: string) => ({ type: 'EvaluationYear', yearStatus }) as never;
  it.each([
    ['HOME_AFFAIRS', 'survey.manage', 'OPEN', true],
    ['HOME_AFFAIRS', 'survey.manage', 'PUBLISHED', false],
    ['LEADERSHIP', 'survey.manage', 'OPEN', false],
    ['UNIT_OFFICER', 'survey.manage', 'OPEN', false],
    ['ADMIN', 'survey.manage', 'OPEN', false],
    ['LEADERSHIP', 'survey.read', 'OPEN', true],
    ['LEADERSHIP', 'survey.read', 'PUBLISHED', true],
    ['HOME_AFFAIRS', 'survey.read', 'OPEN', true],
    ['INSPECTOR', 'survey.read', 'OPEN', false],
    ['UNIT_OFFICER', 'survey.read', 'OPEN', false],
  ] as const)('%s %s in a %s year → %s', (role, action, status, allowed) => {
    expect(decide(viewer(role), action, year(status)).allowed).toBe(allowed);
  });
});
