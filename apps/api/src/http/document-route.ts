// A generated document served over HTTP (the annual report, a visit's minutes), signed in by the
// same session cookie as /graphql: 401 without a session, the service's refusals as 403/404 (other
// expected failures 400), and the file as an attachment with nosniff, no caching and a sandboxing CSP.
// `issuedHeader` says whether the bytes are the issued ones ("1") or a draft generated now ("0").
import type { PrismaClient } from "@cchc/db";
import type { Viewer } from "@cchc/domain";
import { AppError, type FileStorage, ForbiddenError, viewerFromToken } from "@cchc/services";
import type { Express, Request, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";
import { contentDisposition, FILE_CSP } from "./files.js";

export interface DocumentRouteOptions {
  prisma: PrismaClient;
  storage: FileStorage;
  now: () => Date;
  logErrors?: (error: unknown) => void;
}

export interface ServedDocument {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
  issued: boolean;
}

type ReadContext = { prisma: PrismaClient; viewer: Viewer; now: Date; storage: FileStorage };

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

function sendError(res: Response, status: number, code: string, message: string) {
  if (!res.headersSent) res.status(status).json({ error: { code, message } });
}

export function mountDocumentRoute(
  app: Express,
  path: string | RegExp,
  options: DocumentRouteOptions & {
    issuedHeader: string;
    read: (ctx: ReadContext, req: Request) => Promise<ServedDocument>;
  },
) {
  const log = options.logErrors ?? console.error;
  app.get(path, async (req, res) => {
    res.setHeader("Cache-Control", "private, no-store");
    try {
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const viewer = (await viewerFromToken(options.prisma, token, new Date()))?.viewer ?? null;
      if (!viewer) {
        const e = new ForbiddenError("NOT_SIGNED_IN");
        return sendError(res, 401, e.code, e.message);
      }
      const file = await options.read(
        { prisma: options.prisma, viewer, now: options.now(), storage: options.storage },
        req,
      );
      res.setHeader("Content-Type", file.mimeType);
      res.setHeader("Content-Length", String(file.bytes.byteLength));
      res.setHeader("Content-Disposition", contentDisposition("attachment", file.fileName));
      res.setHeader(options.issuedHeader, file.issued ? "1" : "0");
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
