// The minutes of an inspection visit over HTTP, signed in by the same session cookie as /graphql.
//
// GET /visits/:id/minutes.docx — for whoever may read the visit (`visit.read`; 404 otherwise, as for a
//   visit that does not exist): once concluded, the file issued at the conclusion, byte for byte
//   (`X-Minutes-Issued: 1`); before, a draft generated now from the visit ("DỰ THẢO",
//   `X-Minutes-Issued: 0`). As an attachment, with nosniff, no caching and a sandboxing CSP.
import type { PrismaClient } from "@cchc/db";
import { AppError, type FileStorage, ForbiddenError, readVisitMinutes, viewerFromToken } from "@cchc/services";
import type { Express, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";
import { contentDisposition, FILE_CSP } from "./files.js";

export interface VisitMinutesOptions {
  prisma: PrismaClient;
  storage: FileStorage;
  now: () => Date;
  logErrors?: (error: unknown) => void;
}

function sendError(res: Response, status: number, code: string, message: string) {
  if (!res.headersSent) res.status(status).json({ error: { code, message } });
}

export function mountVisitMinutes(app: Express, options: VisitMinutesOptions) {
  const log = options.logErrors ?? console.error;
  app.get("/visits/:id/minutes.docx", async (req, res) => {
    res.setHeader("Cache-Control", "private, no-store");
    try {
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const viewer = (await viewerFromToken(options.prisma, token, new Date()))?.viewer ?? null;
      if (!viewer) {
        const e = new ForbiddenError("NOT_SIGNED_IN");
        return sendError(res, 401, e.code, e.message);
      }
      const file = await readVisitMinutes(
        { prisma: options.prisma, viewer, now: options.now(), storage: options.storage },
        { visitId: String(req.params.id) },
      );
      res.setHeader("Content-Type", file.mimeType);
      res.setHeader("Content-Length", String(file.bytes.byteLength));
      res.setHeader("Content-Disposition", contentDisposition("attachment", file.fileName));
      res.setHeader("X-Minutes-Issued", file.issued ? "1" : "0");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Security-Policy", FILE_CSP);
      res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
      res.status(200).end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    } catch (error) {
      if (error instanceof AppError) {
        return sendError(res, error.code === "NOT_FOUND" ? 404 : 400, error.code, error.message);
      }
      log(error);
      sendError(res, 500, "INTERNAL_SERVER_ERROR", "Lỗi máy chủ nội bộ. Vui lòng thử lại sau.");
    }
  });
}
