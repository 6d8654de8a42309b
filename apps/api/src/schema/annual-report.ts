// The annual evaluation report (Báo cáo kết quả đánh giá, xếp loại CCHC năm …): the issued record on
// EvaluationYear (number, date, signer, recipients, the files kept as issued), the download links (the
// issued DOCX/PDF, otherwise a draft made at download), `viewerCanIssueAnnualReport`, and
// issueAnnualReport (a published year, once; Home Affairs or leadership). Downloads:
// GET /reports/annual/:yearId.docx|.pdf|.xlsx (src/http/annual-report.ts).
import { can, YearStatus } from "@cchc/domain";
import { AnnualReportAlreadyIssuedError, issueAnnualReport, YearNotPublishedError } from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

builder.objectType(YearNotPublishedError, {
  name: "YearNotPublishedError",
  description: "The annual report is issued once the year's results are published.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof YearNotPublishedError,
  fields: (t) => ({ status: t.exposeString("status") }),
});

builder.objectType(AnnualReportAlreadyIssuedError, {
  name: "AnnualReportAlreadyIssuedError",
  description: "The year's report was issued already; it stays as issued.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AnnualReportAlreadyIssuedError,
  fields: (t) => ({ number: t.exposeString("number"), issuedOn: t.exposeString("issuedOn") }),
});

const urls = (yearId: string) => ({
  docxUrl: `/reports/annual/${yearId}.docx`,
  pdfUrl: `/reports/annual/${yearId}.pdf`,
  xlsxUrl: `/reports/annual/${yearId}.xlsx`,
});

const AnnualReportRef = builder.prismaObject("AnnualReport", {
  description: "The year's annual report as issued (kept as issued: never updated).",
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeString("number", { description: '"05/BC-UBND"' }),
    issuedOn: t.expose("issuedOn", { type: "Date", description: "The date on the place-and-date line." }),
    signerName: t.exposeString("signerName"),
    signerTitle: t.exposeString("signerTitle"),
    recipients: t.exposeStringList("recipients", { description: '"Nơi nhận:" lines, in order.' }),
    issuedAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded." }),
    issuedByName: t.string({
      select: { issuedBy: { select: { fullName: true } } },
      resolve: (r) => r.issuedBy.fullName,
    }),
    docxUrl: t.string({ select: { yearId: true }, resolve: (r) => urls(r.yearId).docxUrl }),
    pdfUrl: t.string({ select: { yearId: true }, resolve: (r) => urls(r.yearId).pdfUrl }),
  }),
});

const AnnualReportDownloads = builder.objectRef<{ yearId: string; draft: boolean }>("AnnualReportDownloads").implement({
  description: "Where to download the year's report: the issued files once issued, otherwise made at download.",
  fields: (t) => ({
    draft: t.exposeBoolean("draft", { description: 'Not published yet: every page says "DỰ THẢO".' }),
    docxUrl: t.string({ resolve: (d) => urls(d.yearId).docxUrl }),
    pdfUrl: t.string({ resolve: (d) => urls(d.yearId).pdfUrl }),
    xlsxUrl: t.string({ description: "The rankings with every leaf score.", resolve: (d) => urls(d.yearId).xlsxUrl }),
  }),
});

const readable = (ctx: { viewer: Parameters<typeof can>[0] }, status: YearStatus) =>
  can(ctx.viewer, "annualReport.read", { type: "EvaluationYear", yearStatus: status });

builder.prismaObjectFields("EvaluationYear", (t) => ({
  annualReport: t.field({
    type: AnnualReportRef,
    nullable: true,
    description: "The issued report, or null (not issued yet, or the viewer may not read it).",
    select: (_args, _ctx, nestedSelection) => ({ status: true, annualReport: nestedSelection(true) }),
    resolve: (y, _args, ctx) => (readable(ctx, y.status as YearStatus) ? y.annualReport : null),
  }),
  annualReportDownloads: t.field({
    type: AnnualReportDownloads,
    nullable: true,
    description: "The report's download links for those who may read it (Home Affairs, leadership, administrator).",
    select: { id: true, status: true },
    resolve: (y, _args, ctx) =>
      readable(ctx, y.status as YearStatus) ? { yearId: y.id, draft: y.status !== YearStatus.PUBLISHED } : null,
  }),
  viewerCanIssueAnnualReport: t.boolean({
    description: "Whether the viewer may issue the report now (published, not issued yet).",
    select: { status: true, annualReport: { select: { id: true } } },
    resolve: (y, _args, ctx) =>
      y.status === YearStatus.PUBLISHED &&
      !y.annualReport &&
      can(ctx.viewer, "annualReport.issue", { type: "EvaluationYear", yearStatus: y.status }),
  }),
}));

const IssueAnnualReportInput = builder.inputType("IssueAnnualReportInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    number: t.string({ required: true, description: '"05/BC-UBND"' }),
    issuedOn: t.field({ type: "Date", required: true, description: "The date on the place-and-date line." }),
    signerName: t.string({ required: true }),
    signerTitle: t.string({ required: true, description: '"CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (two lines)' }),
    recipients: t.stringList({ required: true, description: '"Nơi nhận:" lines, in order (1–30).' }),
  }),
});

const IssueAnnualReportSuccess = builder.objectRef<{ yearId: string }>("IssueAnnualReportSuccess").implement({
  fields: (t) => ({
    year: t.prismaField({
      type: "EvaluationYear",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.evaluationYear.findUniqueOrThrow({ ...query, where: { id: r.yearId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  issueAnnualReport: t.field({
    type: IssueAnnualReportSuccess,
    description:
      "Issues the annual report of a published year: number, date, signer and recipients; the DOCX and PDF " +
      "are generated once, stored and kept as issued. Home Affairs or leadership; once per year; audited.",
    authScopes: { loggedIn: true },
    errors: {
      types: [AnnualReportAlreadyIssuedError, ForbiddenError, NotFoundError, ValidationError, YearNotPublishedError],
      directResult: true,
      union: { name: "IssueAnnualReportResult" },
    },
    args: { input: t.arg({ type: IssueAnnualReportInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const issued = await issueAnnualReport(
        { ...operation(ctx), storage: ctx.storage },
        {
          yearId: String(input.yearId),
          number: input.number,
          issuedOn: input.issuedOn,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          recipients: input.recipients,
        },
      );
      return { yearId: issued.yearId };
    },
  }),
}));
