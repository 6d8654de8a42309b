// Home Affairs imports a plan's assignment table from XLSX (the template's six columns): the file
// comes as base64 in the input (capped), is read with exceljs, every row is checked by the domain
// (problems by row and column, in Vietnamese), and only when every row is good are all the tasks
// written, each after the last task of its area, with dates from its time phrase, in one
// transaction (all-or-nothing), audited.
import { timingColumns } from "@cchc/db";
import {
  checkPlanImportHeaders,
  checkPlanImportRows,
  decide,
  PLAN_IMPORT_COLUMNS,
  type PlanImportCells,
  type PlanImportProblem,
} from "@cchc/domain";
import ExcelJS from "exceljs";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";

/** At most 2 MB decoded. */
export const PLAN_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

const asProblems = (problems: PlanImportProblem[]) =>
  problems.map((p) => ({
    field: p.column ? `rows.${p.row}.${p.column}` : `rows.${p.row}`,
    code: p.code,
    message: `Dòng ${p.row}${p.column ? ` (${PLAN_IMPORT_COLUMNS.find((c) => c.key === p.column)?.header})` : ""}: ${p.message}`,
  }));

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
  }
  return String(v);
}

export async function importPlanXlsx(
  ctx: OperationContext,
  input: { yearId: string; contentBase64: string },
): Promise<{ yearId: string; created: number }> {
  const year = await ctx.prisma.evaluationYear.findUnique({
    where: { id: String(input.yearId) },
    select: { id: true, year: true, status: true },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  const decision = decide(ctx.viewer, "plan.import", { type: "EvaluationYear", yearStatus: year.status });
  if (!decision.allowed) throw new ForbiddenError(decision.reason);

  const unreadable = (message: string) =>
    new ValidationError([{ field: "contentBase64", code: "UNREADABLE_FILE", message }]);
  const b64 = String(input.contentBase64 ?? "");
  if (
    b64.length === 0 ||
    b64.length > Math.ceil((PLAN_IMPORT_MAX_BYTES * 4) / 3) + 4 ||
    !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)
  ) {
    throw unreadable("Tệp trống, quá 2 MB hoặc không đúng định dạng base64.");
  }
  const bytes = Buffer.from(b64, "base64");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable("Không đọc được tệp Excel: hãy dùng tệp mẫu và lưu dạng .xlsx.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable("Tệp Excel không có trang tính nào.");
  const headers = ((sheet.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map(cellText);
  const bad = checkPlanImportHeaders(headers);
  if (bad) throw new ValidationError(asProblems([bad]));
  const rows: Array<{ row: number; cells: PlanImportCells }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (values.every((v) => v.trim() === "")) return;
    const cells = Object.fromEntries(PLAN_IMPORT_COLUMNS.map((c, i) => [c.key, values[i] ?? ""])) as PlanImportCells;
    rows.push({ row: rowNumber, cells });
  });

  return ctx.prisma.$transaction(async (tx) => {
    const areas = await tx.planArea.findMany({
      where: { yearId: year.id },
      select: { id: true, code: true, position: true, tasks: { select: { code: true, position: true } } },
    });
    const units = await tx.yearUnit.findMany({
      where: { yearId: year.id },
      select: { unit: { select: { id: true, name: true } } },
    });
    const { tasks, problems } = checkPlanImportRows(rows, {
      areaCodes: new Set(areas.map((a) => a.code)),
      taskCodes: new Set(areas.flatMap((a) => a.tasks.map((t) => t.code))),
      unitIdsByName: new Map(units.map((u) => [u.unit.name, u.unit.id])),
    });
    if (problems.length) throw new ValidationError(asProblems(problems));

    for (const task of tasks) {
      const area = areas.find((a) => a.code === task.areaCode)!;
      const inArea = await tx.planTask.aggregate({ where: { areaId: area.id }, _max: { position: true } });
      const before = await tx.planTask.aggregate({
        where: { yearId: year.id, area: { position: { lt: area.position } } },
        _max: { position: true },
      });
      const position = (inArea._max.position ?? before._max.position ?? -1) + 1;
      await tx.planTask.updateMany({
        where: { yearId: year.id, position: { gte: position } },
        data: { position: { increment: 1 } },
      });
      const created = await tx.planTask.create({
        data: {
          yearId: year.id,
          areaId: area.id,
          number: task.number,
          code: task.code,
          text: task.text,
          leadLabel: task.lead,
          coordinatingLabel: task.coordinating,
          timePhrase: task.timePhrase,
          position,
          ...timingColumns(task.timePhrase, year.year),
        },
        select: { id: true },
      });
      const links = [
        ...task.leadUnitIds.map((unitId) => ({ taskId: created.id, unitId, role: "LEAD" as const })),
        ...task.coordinatingUnitIds.map((unitId) => ({ taskId: created.id, unitId, role: "COORDINATING" as const })),
      ];
      if (links.length) await tx.planTaskUnit.createMany({ data: links });
      await writeAudit(tx, ctx.viewer?.userId ?? null, {
        action: "plan_task.create",
        entity: "PlanTask",
        entityId: created.id,
        after: {
          code: task.code,
          areaId: area.id,
          text: task.text,
          timePhrase: task.timePhrase,
          position,
          leadUnitIds: task.leadUnitIds,
          coordinatingUnitIds: task.coordinatingUnitIds,
        },
      });
    }
    return { yearId: year.id, created: tasks.length };
  });
}
