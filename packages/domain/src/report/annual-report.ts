// The annual evaluation report (Báo cáo kết quả đánh giá, xếp loại CCHC năm …): the issuing input,
// the document's number, its file names, and the rule that proposes units for commendation and for
// criticism.
//
// Proposals (a proposal for leadership to decide, never an automatic award):
// - commendation (đề nghị khen thưởng): a unit in the framework's highest tier (Xuất sắc), or the
//   first of its unit type with an index of at least COMMEND_RANK1_MIN (80, tier Tốt), and in both
//   cases no overdue corrective action and no periodic report late or missing (a unit with an open
//   weakness past its date or a missed report is not proposed, whatever its index);
// - criticism (phê bình): a unit in the lowest tier (Yếu), or with at least one overdue corrective
//   action, or with CRITICISE_MISSED_REPORTS (2) or more periodic reports late or missing (the seed's
//   rule counts a late report as not sent). Each proposal carries its reasons, in Vietnamese.
// Units come out in the ranking's order (unit type, then rank).
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../time/iso-date';
import { inputIssue } from '../text/input-problems';
import { requiredText, TEXT_LIMITS } from '../text/input-text';

/** The index at which the first of a unit type is proposed for commendation without the top tier. */
export const COMMEND_RANK1_MIN = 80;
/** Late or missing periodic reports from which a unit is proposed for criticism. */
export const CRITICISE_MISSED_REPORTS = 2;

export interface ProposalRow {
  unitId: string;
  unitName: string;
  unitTypeCode: string;
  index: number;
  rank: number;
  tierCode: string;
  tierNameVi: string;
}

export interface ProposalFacts {
  /** periodic reports of the year sent late or not at all (their due date passed) */
  missedReports: number;
  /** corrective actions past their due date and not verified */
  overdueActions: number;
}

export interface Proposal {
  unitId: string;
  unitName: string;
  unitTypeCode: string;
  index: number;
  reasons: string[];
}

export interface Proposals {
  commendation: Proposal[];
  criticism: Proposal[];
}

const NO_FACTS: ProposalFacts = { missedReports: 0, overdueActions: 0 };

/**
 * Who is proposed for commendation and for criticism. `tiers` are the framework's tiers, highest
 * first (their first is the top tier, their last the lowest).
 */
export function proposeUnits(
  rows: readonly ProposalRow[],
  tiers: ReadonlyArray<{ code: string; minPercent: number }>,
  facts: ReadonlyMap<string, ProposalFacts>,
): Proposals {
  const sorted = [...tiers].sort((a, b) => b.minPercent - a.minPercent);
  const top = sorted[0]?.code ?? null;
  const lowest = sorted.length > 1 ? (sorted[sorted.length - 1]?.code ?? null) : null;
  const commendation: Proposal[] = [];
  const criticism: Proposal[] = [];
  for (const r of rows) {
    const f = facts.get(r.unitId) ?? NO_FACTS;
    const clean = f.overdueActions === 0 && f.missedReports === 0;
    const praise: string[] = [];
    if (r.tierCode === top) praise.push(`xếp loại ${r.tierNameVi}`);
    else if (r.rank === 1 && r.index >= COMMEND_RANK1_MIN) praise.push('dẫn đầu khối');
    if (praise.length && clean) {
      commendation.push({
        unitId: r.unitId,
        unitName: r.unitName,
        unitTypeCode: r.unitTypeCode,
        index: r.index,
        reasons: praise,
      });
    }
    const blame: string[] = [];
    if (lowest !== null && r.tierCode === lowest) blame.push(`xếp loại ${r.tierNameVi}`);
    if (f.overdueActions > 0) blame.push(`${f.overdueActions} hành động khắc phục quá hạn`);
    if (f.missedReports >= CRITICISE_MISSED_REPORTS)
      blame.push(`${f.missedReports} báo cáo định kỳ trễ hạn hoặc không gửi`);
    if (blame.length) {
      criticism.push({
        unitId: r.unitId,
        unitName: r.unitName,
        unitTypeCode: r.unitTypeCode,
        index: r.index,
        reasons: blame,
      });
    }
  }
  return { commendation, criticism };
}

/** The document code of the annual report: "05/BC-UBND". */
export const ANNUAL_REPORT_CODE = 'BC-UBND';

/** "Số: 05/BC-UBND": a number, "/", a code of capitals, digits and dashes (Vietnamese capitals allowed). */
const NUMBER_PATTERN = /^\d{1,5}\/[A-ZĐ][A-ZĐ0-9]*(-[A-ZĐ0-9]+)*$/u;

/** The issued report's fields as a person types them (dates as yyyy-mm-dd). */
export const issueAnnualReportInputSchema = z.object({
  yearId: z.string().min(1).max(TEXT_LIMITS.id),
  number: requiredText(40).refine(
    (v) => NUMBER_PATTERN.test(v),
    inputIssue('BAD_NUMBER', 'Số văn bản có dạng "05/BC-UBND" (số, dấu "/", ký hiệu viết hoa).'),
  ),
  issuedOn: z.string().refine((v) => isIsoDate(v), inputIssue('BAD_DATE', 'Ngày ban hành không hợp lệ (dd/mm/yyyy).')),
  signerName: requiredText(TEXT_LIMITS.name),
  signerTitle: requiredText(100),
  recipients: z
    .array(requiredText(300))
    .refine((list) => list.length >= 1, inputIssue('REQUIRED', 'Cần ít nhất một nơi nhận.'))
    .refine((list) => list.length <= 30, inputIssue('TOO_MANY', 'Tối đa 30 nơi nhận.')),
});
export type IssueAnnualReportInput = z.input<typeof issueAnnualReportInputSchema>;

/**
 * The issue date must fall after the evaluated year's start and not after today (local day): a report
 * on 2021 is signed in 2021 or later, never in the future. Returns a Vietnamese problem or null.
 */
export function issueDateProblem(issuedOn: IsoDate, evaluatedYear: number, today: IsoDate): string | null {
  if (issuedOn < `${evaluatedYear}-01-01`) return `Ngày ban hành phải từ năm ${evaluatedYear} trở đi.`;
  if (issuedOn > today) return 'Ngày ban hành không được sau ngày hôm nay.';
  return null;
}

export type AnnualReportFormat = 'docx' | 'pdf' | 'xlsx';
export const ANNUAL_REPORT_FORMATS: readonly AnnualReportFormat[] = ['docx', 'pdf', 'xlsx'];

/** "bao-cao-cchc-2021.docx"; a draft: "bao-cao-cchc-2021-du-thao.docx". */
export function annualReportFileName(year: number, format: AnnualReportFormat, draft: boolean): string {
  return `bao-cao-cchc-${year}${draft && format !== 'xlsx' ? '-du-thao' : ''}.${format}`;
}
