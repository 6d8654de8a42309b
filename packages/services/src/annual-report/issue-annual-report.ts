// Issuing the annual report of a published year (Home Affairs or leadership: `annualReport.issue`):
// number ("05/BC-UBND"), date, signer and recipients checked by the domain's schema; the DOCX and the
// PDF generated once with them, stored through FileStorage as evidence files of the year (no unit),
// and recorded as the year's AnnualReport with an audit entry, in one transaction. A second issue is
// refused (ANNUAL_REPORT_ISSUED; the unique year and the table's no-update trigger keep it so). If the
// database write fails the stored bytes are removed.
import { createHash } from "node:crypto";
import { dbDateToIso, isoToDbDate } from "@cchc/db";
import {
  annualReportFileName,
  type IssueAnnualReportInput,
  issueAnnualReportInputSchema,
  issueDateProblem,
  toLocalIsoDate,
  YearStatus,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { Tx } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import type { EvidenceContext } from "../evidence/store-evidence-file.js";
import { newStorageKey } from "../evidence/storage.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { AnnualReportAlreadyIssuedError, YearNotPublishedError } from "./annual-report-errors.js";
import { renderAnnualReport } from "./annual-report-file.js";
import { loadAnnualReportData } from "./annual-report-data.js";

export interface IssuedAnnualReport {
  id: string;
  yearId: string;
  docxFileId: string;
  pdfFileId: string;
}

export async function issueAnnualReport(
  ctx: EvidenceContext,
  raw: IssueAnnualReportInput,
): Promise<IssuedAnnualReport> {
  const input = validate(issueAnnualReportInputSchema, raw);
  const check = async (db: EvidenceContext["prisma"] | Tx) => {
    const year = await db.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: {
        id: true,
        year: true,
        status: true,
        annualReport: { select: { number: true, issuedOn: true } },
      },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "annualReport.issue", {
      type: "EvaluationYear",
      yearStatus: year.status,
    });
    if (year.annualReport) {
      throw new AnnualReportAlreadyIssuedError(year.annualReport.number, dbDateToIso(year.annualReport.issuedOn));
    }
    if (year.status !== YearStatus.PUBLISHED) throw new YearNotPublishedError(year.status);
    const problem = issueDateProblem(input.issuedOn, year.year, toLocalIsoDate(ctx.now));
    if (problem) throw new ValidationError([{ field: "issuedOn", code: "BAD_DATE", message: problem }]);
    return { year, viewer };
  };
  await check(ctx.prisma);
  const issue = {
    number: input.number,
    issuedOn: input.issuedOn,
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    recipients: input.recipients,
  };
  const data = await loadAnnualReportData(ctx.prisma, input.yearId, { now: ctx.now });
  const files = [
    await renderAnnualReport(data, "docx", { now: ctx.now, issue }),
    await renderAnnualReport(data, "pdf", { now: ctx.now, issue }),
  ];
  const stored = files.map((f) => ({
    ...f,
    key: newStorageKey(),
    sha256: createHash("sha256").update(f.bytes).digest("hex"),
  }));
  const put: string[] = [];
  try {
    for (const s of stored) {
      await ctx.storage.put(s.key, s.bytes);
      put.push(s.key);
    }
    return await ctx.prisma.$transaction(async (tx) => {
      const { year, viewer } = await check(tx);
      const ids: string[] = [];
      for (const s of stored) {
        const file = await tx.evidenceFile.create({
          data: {
            yearId: year.id,
            unitId: null,
            fileName: annualReportFileName(year.year, s.mimeType.includes("pdf") ? "pdf" : "docx", false),
            mimeType: s.mimeType,
            sizeBytes: s.bytes.byteLength,
            sha256: s.sha256,
            storagePath: s.key,
            uploadedById: viewer.userId,
            createdAt: ctx.now,
          },
          select: { id: true },
        });
        ids.push(file.id);
      }
      const [docxFileId, pdfFileId] = ids as [string, string];
      const report = await tx.annualReport.create({
        data: {
          yearId: year.id,
          number: issue.number,
          issuedOn: isoToDbDate(issue.issuedOn),
          signerName: issue.signerName,
          signerTitle: issue.signerTitle,
          recipients: [...issue.recipients],
          docxFileId,
          pdfFileId,
          issuedById: viewer.userId,
          createdAt: ctx.now,
        },
        select: { id: true },
      });
      await writeAudit(tx, viewer.userId, {
        action: "annual_report.issue",
        entity: "AnnualReport",
        entityId: report.id,
        before: null,
        after: {
          yearId: year.id,
          number: issue.number,
          issuedOn: issue.issuedOn,
          signerName: issue.signerName,
          signerTitle: issue.signerTitle,
          recipients: [...issue.recipients],
          docxSha256: stored[0]?.sha256 ?? "",
          pdfSha256: stored[1]?.sha256 ?? "",
        },
      });
      return { id: report.id, yearId: year.id, docxFileId, pdfFileId };
    });
  } catch (error) {
    for (const key of put) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}
