// The registration form as a document, signed in by the same session cookie as /graphql:
// GET /registrations/:id.docx (the template's layout) and GET /registrations/:id.xlsx. Only to people
// who may read the registration (Home Affairs, leadership, the administrator, the unit's officer);
// 404 otherwise, as for one that does not exist. Attachments, no caching, nosniff.
import type { PrismaClient } from "@cchc/db";
import {
  AppError,
  ForbiddenError,
  registrationDocx,
  registrationExportData,
  registrationXlsx,
  viewerFromToken,
  XLSX_MIME,
} from "@cchc/services";
import type { Express, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";
import { contentDisposition } from "./files.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface RegistrationDownloadOptions {
  prisma: PrismaClient;
  now: () => Date;
  logErrors?: (error: unknown) => void;
}

function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

export function mountRegistrationDownloads(app: Express, options: RegistrationDownloadOptions) {
  const log = options.logErrors ?? console.error;
  app.get(/^\/registrations\/([^/]{1,100})\.(docx|xlsx)$/, async (req, res) => {
    res.setHeader("Cache-Control", "private, no-store");
    try {
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const viewer = (await viewerFromToken(options.prisma, token, new Date()))?.viewer ?? null;
      if (!viewer) {
        const e = new ForbiddenError("NOT_SIGNED_IN");
        return sendError(res, 401, e.code, e.message);
      }
      const params = req.params as unknown as Record<string, string>;
      const id = params[0] ?? "";
      const kind = params[1] === "xlsx" ? "xlsx" : "docx";
      const data = await registrationExportData({ prisma: options.prisma, viewer, now: options.now() }, { id });
      const bytes = kind === "docx" ? await registrationDocx(data) : await registrationXlsx(data);
      res.setHeader("Content-Type", kind === "docx" ? DOCX : XLSX_MIME);
      res.setHeader("Content-Length", String(bytes.byteLength));
      res.setHeader("Content-Disposition", contentDisposition("attachment", `${data.fileBase}.${kind}`));
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.status(200).end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      // Not allowed to read it: answer as for one that does not exist.
      if (error instanceof AppError) return sendError(res, 404, "NOT_FOUND", "Không tìm thấy bản đăng ký.");
      log(error);
      sendError(res, 500, "INTERNAL_SERVER_ERROR", "Lỗi máy chủ nội bộ. Vui lòng thử lại sau.");
    }
  });
}
