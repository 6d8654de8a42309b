// The periodic-report and deadline downloads over HTTP:
// GET /calendar/:token.ics — a person's private iCal feed ("Hạn của tôi"): no cookie (calendar apps
//   have none); the token in the path is the secret (only its SHA-256 is stored). Unknown or replaced
//   token, or an inactive account → 404. text/calendar, not cached, never indexed.
// GET /reports/compliance.xlsx?yearId=…[&unitTypeId=…][&status=…] — the compliance matrix as XLSX,
//   signed in by the session cookie: 401 without a session, 403 for those who may not read it (Home
//   Affairs, leadership and the administrator may), 404 for an unknown year.
import type { PrismaClient } from "@cchc/db";
import type { SubmissionStatus } from "@cchc/domain";
import { calendarFeed, complianceXlsx, ForbiddenError, NotFoundError, viewerFromToken } from "@cchc/services";
import type { Express, Request, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const STATUSES: readonly SubmissionStatus[] = ["on_time", "late", "missing", "pending"];

function send(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

export function mountReportDownloads(
  app: Express,
  options: { prisma: PrismaClient; now: () => Date; logErrors?: (e: unknown) => void },
) {
  const log = options.logErrors ?? console.error;
  app.get("/calendar/:file", async (req: Request, res: Response) => {
    try {
      const file = String(req.params.file ?? "");
      const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
      const base = `${req.protocol}://${req.get("host") ?? "localhost"}`;
      const text = token ? await calendarFeed(options.prisma, { token, now: options.now(), baseUrl: base }) : null;
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Robots-Tag", "noindex");
      if (text === null)
        return send(res, 404, "NOT_FOUND", "Không tìm thấy lịch (liên kết không đúng hoặc đã được tạo lại).");
      res.setHeader("Content-Type", "text/calendar; charset=utf-8");
      res.setHeader("Content-Disposition", 'inline; filename="han-cua-toi.ics"');
      res.status(200).end(text);
    } catch (e) {
      log(e);
      send(res, 500, "INTERNAL_SERVER_ERROR", "Lỗi máy chủ.");
    }
  });
  app.get("/reports/compliance.xlsx", async (req: Request, res: Response) => {
    try {
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const viewer = (await viewerFromToken(options.prisma, token, new Date()))?.viewer ?? null;
      if (!viewer) return send(res, 401, "UNAUTHENTICATED", "Bạn cần đăng nhập để tiếp tục.");
      const yearId = typeof req.query.yearId === "string" ? req.query.yearId.slice(0, 100) : "";
      const unitTypeId = typeof req.query.unitTypeId === "string" ? req.query.unitTypeId.slice(0, 100) : null;
      const rawStatus = typeof req.query.status === "string" ? req.query.status : null;
      const status = STATUSES.find((s) => s === rawStatus) ?? null;
      const { buffer, fileName } = await complianceXlsx(
        { prisma: options.prisma, viewer, now: options.now() },
        yearId,
        { unitTypeId, status },
      );
      res.setHeader("Content-Type", XLSX);
      res.setHeader("Content-Disposition", `attachment; filename="${fileName}"`);
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.status(200).end(buffer);
    } catch (e) {
      if (e instanceof NotFoundError) return send(res, 404, "NOT_FOUND", e.message);
      if (e instanceof ForbiddenError) return send(res, 403, "FORBIDDEN", e.message);
      log(e);
      send(res, 500, "INTERNAL_SERVER_ERROR", "Lỗi máy chủ.");
    }
  });
}
