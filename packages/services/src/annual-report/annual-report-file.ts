// One call for a report file: load the year's data and render it as DOCX, PDF or XLSX, a draft
// (no number, today's date, the default recipients) unless `issue` is given. The HTTP download, the
// issuing operation, the CLI and the benchmark all call it. No access check: callers check.
import { type AnnualReportFormat, annualReportFileName } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { DOCX_MIME } from "../documents/decree30-docx.js";
import { type AnnualReportIssue, annualReportContent } from "./annual-report-content.js";
import { type AnnualReportData, loadAnnualReportData } from "./annual-report-data.js";
import { annualReportDocx } from "./annual-report-docx.js";
import { annualReportPdf } from "./annual-report-pdf.js";
import { annualReportXlsx, XLSX_MIME } from "./annual-report-xlsx.js";

export const PDF_MIME = "application/pdf";

export const ANNUAL_REPORT_MIME: Record<AnnualReportFormat, string> = {
  docx: DOCX_MIME,
  pdf: PDF_MIME,
  xlsx: XLSX_MIME,
};

export interface AnnualReportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  draft: boolean;
}

/** Renders already loaded data (load with `leaves: true` for XLSX). */
export async function renderAnnualReport(
  data: AnnualReportData,
  format: AnnualReportFormat,
  options: { now: Date; issue?: AnnualReportIssue | null },
): Promise<AnnualReportFile> {
  const content = () => annualReportContent(data, options.issue ?? null, options.now);
  const bytes =
    format === "docx"
      ? await annualReportDocx(content())
      : format === "pdf"
        ? await annualReportPdf(content())
        : await annualReportXlsx(data);
  return {
    fileName: annualReportFileName(data.year, format, data.draft),
    mimeType: ANNUAL_REPORT_MIME[format],
    bytes,
    draft: data.draft,
  };
}

export async function generateAnnualReport(
  prisma: OperationContext["prisma"],
  yearId: string,
  format: AnnualReportFormat,
  options: { now: Date; issue?: AnnualReportIssue | null },
): Promise<AnnualReportFile> {
  const data = await loadAnnualReportData(prisma, yearId, { now: options.now, leaves: format === "xlsx" });
  return renderAnnualReport(data, format, options);
}
