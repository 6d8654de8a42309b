/**
 * Periodic reports in the admin app: the status look (a symbol and words, never colour alone), the
 * matrix's client-side filters and export link, the deadlines' grouping, and the report forms'
 * resolvers on the domain's input schemas (what the server checks).
 */
import { grantReportExtensionInputSchema, isIsoDate, parseDateVi, submitReportInputSchema } from '@cchc/domain';
import type { z } from 'zod';
import { schemaResolver } from './user-form';

export type ReportStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

export const REPORT_STATUSES: readonly ReportStatus[] = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'];

/** The symbol shown with a status (the same as the server's and the XLSX's). */
export const STATUS_SYMBOL: Readonly<Record<ReportStatus, string>> = {
  ON_TIME: '✓',
  LATE: '!',
  MISSING: '✗',
  PENDING: '…',
};

export interface MatrixRowLike {
  unitTypeId: string;
  unitTypeName: string;
  cells: ReadonlyArray<{ status: ReportStatus }>;
}

/** The unit types of the matrix's rows, once each, in their order. */
export function matrixUnitTypes(rows: readonly MatrixRowLike[]): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.unitTypeId)) seen.set(r.unitTypeId, r.unitTypeName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Rows of a unit type ('' = all) having at least one cell in a status ('' = any). */
export function filterMatrix<R extends MatrixRowLike>(
  rows: readonly R[],
  unitTypeId: string,
  status: ReportStatus | '',
): R[] {
  return rows.filter(
    (r) =>
      (unitTypeId === '' || r.unitTypeId === unitTypeId) && (status === '' || r.cells.some((c) => c.status === status)),
  );
}

const STATUS_PARAM: Record<ReportStatus, string> = {
  ON_TIME: 'on_time',
  LATE: 'late',
  MISSING: 'missing',
  PENDING: 'pending',
};

/** The XLSX export's address with the filters shown. */
export function complianceXlsxUrl(yearId: string, unitTypeId: string, status: ReportStatus | ''): string {
  const q = new URLSearchParams({ yearId });
  if (unitTypeId) q.set('unitTypeId', unitTypeId);
  if (status) q.set('status', STATUS_PARAM[status]);
  return `/reports/compliance.xlsx?${q.toString()}`;
}

/** "24/02/2021 23:30" in Vietnam's time, for an instant. */
export function formatDateTimeVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const local = new Date(d.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}`;
}

/** Overdue items first (as the server orders them), split for the page. */
export function splitDeadlines<T extends { overdue: boolean }>(items: readonly T[]): { overdue: T[]; upcoming: T[] } {
  return { overdue: items.filter((i) => i.overdue), upcoming: items.filter((i) => !i.overdue) };
}

// --- forms ------------------------------------------------------------------------------------

export interface SubmitReportFormValues {
  documentNumber: string;
  summary: string;
  /** ids of the files uploaded for it */
  fileIds: string[];
}
export const SUBMIT_REPORT_FIELDS = ['documentNumber', 'summary', 'fileIds'] as const;

export interface SubmitReportBase {
  periodId: string;
  unitId: string;
  version: number | null;
}

export function submitReportResolver(base: () => SubmitReportBase) {
  return schemaResolver<
    SubmitReportFormValues,
    z.input<typeof submitReportInputSchema>,
    (typeof SUBMIT_REPORT_FIELDS)[number]
  >(
    submitReportInputSchema,
    (v) => ({ ...base(), documentNumber: v.documentNumber, summary: v.summary, fileIds: v.fileIds }),
    SUBMIT_REPORT_FIELDS,
  );
}

export interface ExtensionFormValues {
  periodId: string;
  /** '' = every unit */
  unitId: string;
  /** dd/mm/yyyy as typed */
  untilDate: string;
  reason: string;
}
export const EXTENSION_FIELDS = ['periodId', 'unitId', 'untilDate', 'reason'] as const;

/** dd/mm/yyyy (or yyyy-mm-dd from a date input) → yyyy-mm-dd, else the text as typed (refused by the schema). */
export function dateInput(value: string): string {
  const v = value.trim();
  if (isIsoDate(v)) return v;
  return parseDateVi(v) ?? v;
}

export const extensionResolver = schemaResolver<
  ExtensionFormValues,
  z.input<typeof grantReportExtensionInputSchema>,
  (typeof EXTENSION_FIELDS)[number]
>(
  grantReportExtensionInputSchema,
  (v) => ({ periodId: v.periodId, unitId: v.unitId || null, untilDate: dateInput(v.untilDate), reason: v.reason }),
  EXTENSION_FIELDS,
);
