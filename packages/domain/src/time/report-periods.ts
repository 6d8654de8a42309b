import type { Quarter } from './quarter';

export type ReportPeriodCode = 'Q1' | 'H1' | 'Q3' | 'YEAR';

export interface ReportPeriodDef {
  code: ReportPeriodCode;
  nameVi: string;
  nameEn: string;
  /** The quarter in which the report is due (Q1→1, H1→2, Q3→3, YEAR→4). */
  quarter: Quarter;
}

/** The seed's periodic reports: quarterly, 6-month and annual (the 6-month report replaces Q2, the annual Q4). */
export const REPORT_PERIODS: readonly ReportPeriodDef[] = Object.freeze([
  { code: 'Q1', nameVi: 'Báo cáo quý I', nameEn: 'Q1 report', quarter: 1 },
  { code: 'H1', nameVi: 'Báo cáo 6 tháng', nameEn: '6-month report', quarter: 2 },
  { code: 'Q3', nameVi: 'Báo cáo quý III', nameEn: 'Q3 report', quarter: 3 },
  { code: 'YEAR', nameVi: 'Báo cáo năm', nameEn: 'Annual report', quarter: 4 },
] as const satisfies readonly ReportPeriodDef[]);

export function reportPeriod(code: ReportPeriodCode): ReportPeriodDef {
  const def = REPORT_PERIODS.find((p) => p.code === code);
  if (!def) throw new RangeError(`Unknown report period: ${String(code)}`);
  return def;
}
