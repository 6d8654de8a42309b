// The annual report for download (`annualReport.read`: Home Affairs, leadership, the administrator):
// once issued, the DOCX and PDF exactly as issued (the stored bytes, never regenerated); otherwise,
// and always for the XLSX, generated now (a draft until the year is published).
import { type AnnualReportFormat, annualReportFileName } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import type { FileStorage } from "../evidence/storage.js";
import { requireAllowed } from "../users/require-viewer.js";
import { type AnnualReportFile, generateAnnualReport } from "./annual-report-file.js";

export async function readAnnualReport(
  ctx: OperationContext & { storage: FileStorage },
  input: { yearId: string; format: AnnualReportFormat },
): Promise<AnnualReportFile & { issued: boolean }> {
  const year =
    typeof input.yearId === "string" && input.yearId.length <= 100
      ? await ctx.prisma.evaluationYear.findUnique({
          where: { id: input.yearId },
          select: {
            id: true,
            year: true,
            status: true,
            annualReport: {
              select: {
                docxFile: { select: { mimeType: true, storagePath: true } },
                pdfFile: { select: { mimeType: true, storagePath: true } },
              },
            },
          },
        })
      : null;
  if (!year) throw new NotFoundError("năm đánh giá");
  requireAllowed(ctx.viewer, "annualReport.read", { type: "EvaluationYear", yearStatus: year.status });
  const issued =
    input.format === "docx" ? year.annualReport?.docxFile : input.format === "pdf" ? year.annualReport?.pdfFile : null;
  if (issued) {
    const bytes = await ctx.storage.get(issued.storagePath);
    if (!bytes) throw new NotFoundError("tệp báo cáo đã ban hành");
    return {
      fileName: annualReportFileName(year.year, input.format, false),
      mimeType: issued.mimeType,
      bytes,
      draft: false,
      issued: true,
    };
  }
  const file = await generateAnnualReport(ctx.prisma, year.id, input.format, { now: ctx.now });
  return { ...file, issued: false };
}
