// Evidence files over HTTP, signed in by the same session cookie as /graphql.
//
// POST /files?yearId=…&unitId=…[&visitId=…] — (visitId: a finding's photo, uploaded by the visit's team) the raw file as the body, `Content-Type: <mime>`,
//   `X-File-Name: <encodeURIComponent(name)>` and `X-Requested-With: cchc` (a CSRF guard: a cross-site
//   form cannot set a custom header; without it → 403). The body is counted while it streams and
//   refused past the limit (never buffered beyond it). 201 {"file":{id,fileName,mimeType,sizeBytes,
//   sha256,url}}, or 4xx {"error":{code,message}} with a Vietnamese message: UNAUTHENTICATED 401,
//   FORBIDDEN 403, NOT_FOUND 404, EMPTY 400, BAD_NAME 400, TOO_LARGE 413, TYPE_NOT_ALLOWED 415.
// GET /files/:id — the bytes, only to people who may read the unit's record in that year (404
//   otherwise, as for a file that does not exist), as an attachment (inline for images and PDF),
//   with nosniff, no caching and a sandboxing CSP.
import type { PrismaClient } from "@cchc/db";
import { DEFAULT_MAX_UPLOAD_BYTES, isInlineType, type Viewer } from "@cchc/domain";
import {
  AppError,
  checkEvidenceUpload,
  FileRejectedError,
  type FileStorage,
  ForbiddenError,
  NotFoundError,
  readEvidenceFile,
  storeEvidenceFile,
  viewerFromToken,
} from "@cchc/services";
import type { Express, Request, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";

export interface FilesOptions {
  prisma: PrismaClient;
  storage: FileStorage;
  now: () => Date;
  maxUploadBytes?: number;
  logErrors?: (error: unknown) => void;
}

/** The CSP of a served file: nothing may run or load, whatever the bytes are. */
export const FILE_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'";

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EMPTY: 400,
  BAD_NAME: 400,
  BAD_REQUEST: 400,
  TOO_LARGE: 413,
  TYPE_NOT_ALLOWED: 415,
  INTERNAL_SERVER_ERROR: 500,
};

const MESSAGES = {
  CSRF: "Yêu cầu tải tệp thiếu tiêu đề bảo vệ (X-Requested-With).",
  BAD_REQUEST: "Yêu cầu không hợp lệ: thiếu năm đánh giá hoặc đơn vị.",
  INTERNAL: "Lỗi máy chủ nội bộ. Vui lòng thử lại sau.",
} as const;

function sendError(res: Response, code: string, message: string) {
  if (res.headersSent) return;
  res.status(STATUS[code] ?? 400).json({ error: { code, message } });
}

function sendAppError(res: Response, error: AppError) {
  const code =
    error instanceof ForbiddenError
      ? error.code
      : error instanceof FileRejectedError || error instanceof NotFoundError
        ? error.code
        : "BAD_REQUEST";
  sendError(res, code, error.message);
}

async function viewerOf(prisma: PrismaClient, req: Request): Promise<Viewer | null> {
  const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
  // Sessions live on the wall clock, like /graphql's.
  return (await viewerFromToken(prisma, token, new Date()))?.viewer ?? null;
}

class BodyTooLarge extends Error {}

/** Reads the request body, refusing as soon as it passes `limit` bytes (what came is dropped, the rest is not read). */
function readBody(req: Request, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(new Uint8Array(Buffer.concat(chunks, size)));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/** Ends a request whose body we will not read: answer, then close the connection. */
function refuseBody(req: Request, res: Response, send: () => void) {
  res.setHeader("Connection", "close");
  send();
  res.on("finish", () => req.destroy());
}

function fileJson(file: { id: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string }) {
  return {
    id: file.id,
    fileName: file.fileName,
    mimeType: file.mimeType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    url: `/files/${file.id}`,
  };
}

/** `filename*=UTF-8''…` (RFC 5987) with an ASCII fallback. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function mountFiles(app: Express, options: FilesOptions) {
  const limit = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const log = options.logErrors ?? console.error;

  app.post("/files", async (req, res) => {
    try {
      if (req.get("x-requested-with") !== "cchc") {
        return refuseBody(req, res, () => sendError(res, "FORBIDDEN", MESSAGES.CSRF));
      }
      const viewer = await viewerOf(options.prisma, req);
      if (!viewer) {
        const e = new ForbiddenError("NOT_SIGNED_IN");
        return refuseBody(req, res, () => sendError(res, e.code, e.message));
      }
      const yearId = typeof req.query.yearId === "string" ? req.query.yearId : "";
      const unitId = typeof req.query.unitId === "string" ? req.query.unitId : "";
      // A finding's photo: the visit it is taken at (its team uploads for the visited unit).
      const visitId = typeof req.query.visitId === "string" && req.query.visitId ? req.query.visitId : null;
      if (!yearId || !unitId || yearId.length > 100 || unitId.length > 100 || (visitId?.length ?? 0) > 100) {
        return refuseBody(req, res, () => sendError(res, "BAD_REQUEST", MESSAGES.BAD_REQUEST));
      }
      const ctx = {
        prisma: options.prisma,
        viewer,
        now: options.now(),
        storage: options.storage,
        maxUploadBytes: limit,
      };
      // Access first: nobody uploads bytes for a unit they may not write to.
      try {
        await checkEvidenceUpload(ctx, { yearId, unitId, visitId });
      } catch (error) {
        if (error instanceof AppError) return refuseBody(req, res, () => sendAppError(res, error));
        throw error;
      }
      const tooLarge = () => new FileRejectedError("TOO_LARGE", `Tệp quá lớn: tối đa ${limit / (1024 * 1024)} MB.`);
      const declared = Number(req.get("content-length"));
      if (Number.isFinite(declared) && declared > limit) {
        return refuseBody(req, res, () => sendAppError(res, tooLarge()));
      }
      let fileName: string;
      try {
        fileName = decodeURIComponent(req.get("x-file-name") ?? "");
      } catch {
        fileName = "";
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBody(req, limit);
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuseBody(req, res, () => sendAppError(res, tooLarge()));
        throw error;
      }
      const file = await storeEvidenceFile(ctx, {
        yearId,
        unitId,
        visitId,
        fileName,
        mimeType: req.get("content-type") ?? "",
        bytes,
      });
      res.status(201).json({ file: fileJson(file) });
    } catch (error) {
      if (error instanceof AppError) return sendAppError(res, error);
      log(error);
      sendError(res, "INTERNAL_SERVER_ERROR", MESSAGES.INTERNAL);
    }
  });

  app.get("/files/:id", async (req, res) => {
    res.setHeader("Cache-Control", "private, no-store");
    try {
      const viewer = await viewerOf(options.prisma, req);
      if (!viewer) {
        const e = new ForbiddenError("NOT_SIGNED_IN");
        return sendError(res, e.code, e.message);
      }
      const { file, bytes } = await readEvidenceFile(
        { prisma: options.prisma, viewer, now: options.now(), storage: options.storage },
        { id: String(req.params.id) },
      );
      res.setHeader("Content-Type", file.mimeType);
      res.setHeader("Content-Length", String(bytes.byteLength));
      res.setHeader(
        "Content-Disposition",
        contentDisposition(isInlineType(file.mimeType) ? "inline" : "attachment", file.fileName),
      );
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Security-Policy", FILE_CSP);
      res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
      res.status(200).end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      if (error instanceof AppError) return sendAppError(res, error);
      log(error);
      sendError(res, "INTERNAL_SERVER_ERROR", MESSAGES.INTERNAL);
    }
  });
}
