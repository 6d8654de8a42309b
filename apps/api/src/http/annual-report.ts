// The annual report over HTTP, signed in by the same session cookie as /graphql.
//
// GET /reports/annual/:yearId.docx | .pdf | .xlsx — for Home Affairs, leadership and the administrator
//   (`annualReport.read`; 403 otherwise, 401 without a session, 404 for a year that does not exist):
//   once issued, the DOCX and PDF byte for byte as issued (`X-Report-Issued: 1`); otherwise generated
//   now, a draft marked "DỰ THẢO" until the year is published (`X-Report-Issued: 0`). As an attachment
//   named "bao-cao-cchc-2021.docx" (ASCII and UTF-8 names), with nosniff, no caching and a sandboxing CSP.
import type { PrismaClient } from "@cchc/db";
import type { AnnualReportFormat } from "@cchc/domain";
import { AppError, type FileStorage, ForbiddenError, readAnnualReport, viewerFromToken } from "@cchc/services";
import type { Express, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";
import { contentDisposition, FILE_CSP } from "./files.js";

export interface AnnualReportOptions {
  prisma: PrismaClient;
  storage: FileStorage;
  now: () => Date;
  logErrors?: (error: unknown) => void;
}

function sendError(res: Response, status: number, code: string, message: string) {
  if (!res.headersSent) res.status(status).json({ error: { code, message } });
}

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

export function mountAnnualReport(app: Express, options: AnnualReportOptions) {
  const log = options.logErrors ?? console.error;
  app.get(/^\/reports\/annual\/([^/.]+)\.(docx|pdf|xlsx)$/, async (req, res) => {
    res.setHeader("Cache-Control", "private, no-store");
    try {
      const params = req.params as unknown as Record<string, string>;
      const yearId = String(params[0] ?? "");
      const format = String(params[1]) as AnnualReportFormat;
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const viewer = (await viewerFromToken(options.prisma, token, new Date()))?.viewer ?? null;
      if (!viewer) {
        const e = new ForbiddenError("NOT_SIGNED_IN");
        return sendError(res, 401, e.code, e.message);
      }
      const file = await readAnnualReport(
        { prisma: options.prisma, viewer, now: options.now(), storage: options.storage },
        { yearId, format },
      );
      res.setHeader("Content-Type", file.mimeType);
      res.setHeader("Content-Length", String(file.bytes.byteLength));
      res.setHeader("Content-Disposition", contentDisposition("attachment", file.fileName));
      res.setHeader("X-Report-Issued", file.issued ? "1" : "0");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Security-Policy", FILE_CSP);
      res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
      res.status(200).end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    } catch (error) {
      if (error instanceof AppError) return sendError(res, STATUS[error.code] ?? 400, error.code, error.message);
      log(error);
      sendError(res, 500, "INTERNAL_SERVER_ERROR", "Lỗi máy chủ nội bộ. Vui lòng thử lại sau.");
    }
  });
}
