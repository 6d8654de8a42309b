// The survey file templates over HTTP, for the people who read a year's surveys:
// GET /templates/survey.xlsx?yearId=… — the XLSX template (header row; a "Hướng dẫn" sheet with the
//   rules and the unit codes of the year);
// GET /templates/survey.csv — the CSV template (UTF-8 with a BOM, the header row).
// Signed in by the session cookie; 401 without a session, 403 without survey.read, 404 for an
// unknown year. Sent as attachments, never cached.
import type { PrismaClient } from "@cchc/db";
import { can } from "@cchc/domain";
import { surveyTemplateCsv, surveyTemplateXlsx, viewerFromToken } from "@cchc/services";
import type { Express, Request, Response } from "express";
import { parseCookies, SESSION_COOKIE } from "../auth/session.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function send(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

export function mountSurveyTemplates(
  app: Express,
  options: { prisma: PrismaClient; logErrors?: (e: unknown) => void },
) {
  const log = options.logErrors ?? console.error;
  const handler = (format: "xlsx" | "csv") => async (req: Request, res: Response) => {
    try {
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const viewer = (await viewerFromToken(options.prisma, token, new Date()))?.viewer ?? null;
      if (!viewer) return send(res, 401, "UNAUTHENTICATED", "Bạn cần đăng nhập để tiếp tục.");
      const yearId = typeof req.query.yearId === "string" ? req.query.yearId.slice(0, 100) : "";
      let units: Array<{ code: string; name: string }> = [];
      if (yearId) {
        const year = await options.prisma.evaluationYear.findUnique({
          where: { id: yearId },
          select: {
            status: true,
            units: { select: { nameInYear: true, unit: { select: { code: true, sortName: true } } } },
          },
        });
        if (!year) return send(res, 404, "NOT_FOUND", "Không tìm thấy năm đánh giá.");
        if (!can(viewer, "survey.read", { type: "EvaluationYear", yearStatus: year.status })) {
          return send(res, 403, "FORBIDDEN", "Bạn không có quyền thực hiện thao tác này.");
        }
        units = year.units
          .sort((a, b) => a.unit.sortName.localeCompare(b.unit.sortName))
          .map((u) => ({ code: u.unit.code, name: u.nameInYear }));
      } else if (!["HOME_AFFAIRS", "LEADERSHIP", "ADMIN"].some((r) => viewer.roles.includes(r as never))) {
        return send(res, 403, "FORBIDDEN", "Bạn không có quyền thực hiện thao tác này.");
      }
      const body = format === "xlsx" ? await surveyTemplateXlsx(units) : surveyTemplateCsv();
      res.setHeader("Content-Type", format === "xlsx" ? XLSX : "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="mau-phieu-khao-sat.${format}"`);
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.status(200).end(body);
    } catch (e) {
      log(e);
      send(res, 500, "INTERNAL_SERVER_ERROR", "Lỗi máy chủ.");
    }
  };
  app.get("/templates/survey.xlsx", handler("xlsx"));
  app.get("/templates/survey.csv", handler("csv"));
}
