import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS } from '../framework/default-tiers';
import {
  annualReportFileName,
  issueAnnualReportInputSchema,
  issueDateProblem,
  type ProposalFacts,
  type ProposalRow,
  proposeUnits,
} from './annual-report';

const tierOf = (index: number) => DEFAULT_TIERS.find((t) => index >= t.minPercent) ?? DEFAULT_TIERS[4]!;
const row = (unitId: string, index: number, rank: number, unitTypeCode = 'PHONG'): ProposalRow => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  unitTypeCode,
  index,
  rank,
  tierCode: tierOf(index).code,
  tierNameVi: tierOf(index).nameVi,
});
const facts = (entries: Record<string, Partial<ProposalFacts>>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, { missedReports: 0, overdueActions: 0, ...v }]));

describe('proposals for commendation and criticism', () => {
  it.each([
    // [case, row, facts, commended reasons | null, criticised reasons | null]
    ['top tier, clean', row('a', 92.5, 1), {}, ['xếp loại Xuất sắc'], null],
    ['top tier, not first of its type', row('a', 90, 3), {}, ['xếp loại Xuất sắc'], null],
    ['first of its type at 80 (Tốt)', row('a', 80, 1), {}, ['dẫn đầu khối'], null],
    ['first of its type below 80', row('a', 79.99, 1), {}, null, null],
    ['second of its type at 85', row('a', 85, 2), {}, null, null],
    [
      'top tier with an overdue action',
      row('a', 95, 1),
      { overdueActions: 1 },
      null,
      ['1 hành động khắc phục quá hạn'],
    ],
    ['top tier with one missed report', row('a', 95, 1), { missedReports: 1 }, null, null],
    ['two missed reports', row('a', 75, 2), { missedReports: 2 }, null, ['2 báo cáo định kỳ trễ hạn hoặc không gửi']],
    ['lowest tier', row('a', 49.99, 5), {}, null, ['xếp loại Yếu']],
    [
      'lowest tier, overdue and missed',
      row('a', 30, 5),
      { overdueActions: 2, missedReports: 3 },
      null,
      ['xếp loại Yếu', '2 hành động khắc phục quá hạn', '3 báo cáo định kỳ trễ hạn hoặc không gửi'],
    ],
    ['Trung bình, clean', row('a', 50, 4), {}, null, null],
  ] as const)('%s', (_name, r, f, commended, criticised) => {
    const out = proposeUnits([r], DEFAULT_TIERS, facts({ a: f }));
    expect(out.commendation.map((p) => p.reasons)).toEqual(commended ? [commended] : []);
    expect(out.criticism.map((p) => p.reasons)).toEqual(criticised ? [criticised] : []);
  });

  it('keeps the ranking order and treats each unit type on its own', () => {
    const rows = [row('p1', 88, 1, 'PHONG'), row('p2', 91, 1, 'PHONG'), row('x1', 82, 1, 'XA'), row('x2', 40, 2, 'XA')];
    const out = proposeUnits(rows, DEFAULT_TIERS, new Map());
    expect(out.commendation.map((p) => p.unitId)).toEqual(['p1', 'p2', 'x1']);
    expect(out.criticism.map((p) => p.unitId)).toEqual(['x2']);
  });

  it('a single tier is the top tier, never the lowest', () => {
    const one = [{ code: 'DAT', minPercent: 0 }];
    const out = proposeUnits([{ ...row('a', 10, 1), tierCode: 'DAT', tierNameVi: 'Đạt' }], one, new Map());
    expect(out.commendation).toHaveLength(1);
    expect(out.criticism).toHaveLength(0);
  });
});

describe('the issuing input', () => {
  const good = {
    yearId: 'y1',
    number: '05/BC-UBND',
    issuedOn: '2022-01-05',
    signerName: 'Nguyễn Văn A',
    signerTitle: 'CHỦ TỊCH',
    recipients: ['UBND tỉnh Bình Phước', 'Lưu: VT'],
  };
  it('accepts a well-formed report', () => {
    expect(issueAnnualReportInputSchema.parse(good).number).toBe('05/BC-UBND');
  });
  it.each([
    ['number', { number: '05' }],
    ['number', { number: '5/bc-ubnd' }],
    ['number', { number: '' }],
    ['issuedOn', { issuedOn: '05/01/2022' }],
    ['issuedOn', { issuedOn: '2022-02-30' }],
    ['signerName', { signerName: '\u200b' }],
    ['recipients', { recipients: [] }],
    ['recipients', { recipients: Array.from({ length: 31 }, (_, i) => `Nơi ${i}`) }],
    ['recipients.0', { recipients: [' '] }],
  ])('refuses a bad %s', (path, patch) => {
    const r = issueAnnualReportInputSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe(path);
  });
  it.each([
    ['2022-01-05', 2021, '2022-03-01', null],
    ['2021-12-31', 2021, '2022-03-01', null],
    ['2020-12-31', 2021, '2022-03-01', 'Ngày ban hành phải từ năm 2021 trở đi.'],
    ['2022-03-02', 2021, '2022-03-01', 'Ngày ban hành không được sau ngày hôm nay.'],
  ])('issue date %s for %i on %s', (date, year, today, problem) => {
    expect(issueDateProblem(date, year, today)).toBe(problem);
  });
});

describe('file names', () => {
  it.each([
    [2021, 'docx', false, 'bao-cao-cchc-2021.docx'],
    [2021, 'pdf', true, 'bao-cao-cchc-2021-du-thao.pdf'],
    [2026, 'xlsx', true, 'bao-cao-cchc-2026.xlsx'],
  ] as const)('%i %s draft=%s', (year, format, draft, name) => {
    expect(annualReportFileName(year, format, draft)).toBe(name);
  });
});
