// The annual report over HTTP, signed in by the same session cookie as /graphql.
//
// GET /reports/annual/:yearId.docx | .pdf | .xlsx — for Home Affairs, leadership and the administrator
//   (`annualReport.read`; 403 otherwise, 401 without a session, 404 for a year that does not exist):
//   once issued, the DOCX and PDF byte for byte as issued (`X-Report-Issued: 1`); otherwise generated
//   now, a draft marked "DỰ THẢO" until the year is published (`X-Report-Issued: 0`). As an attachment
//   named "bao-cao-cchc-2021.docx" (ASCII and UTF-8 names), with nosniff, no caching and a sandboxing CSP.
import type { AnnualReportFormat } from "@cchc/domain";
import { readAnnualReport } from "@cchc/services";
import type { Express } from "express";
import { type DocumentRouteOptions, mountDocumentRoute } from "./document-route.js";

export function mountAnnualReport(app: Express, options: DocumentRouteOptions) {
  mountDocumentRoute(app, /^\/reports\/annual\/([^/.]+)\.(docx|pdf|xlsx)$/, {
    ...options,
    issuedHeader: "X-Report-Issued",
    read: (ctx, req) => {
      const params = req.params as unknown as Record<string, string>;
      return readAnnualReport(ctx, {
        yearId: String(params[0] ?? ""),
        format: String(params[1]) as AnnualReportFormat,
      });
    },
  });
}
