// The compliance matrix as an XLSX workbook (exceljs): one row per unit, one column per period with
// the cell's symbol and text (never colour alone) on a coloured fill, the counts per unit, a legend
// with the "late = not reported" rule, and the due dates under the period names.
import { COMPLIANCE_LOOK, formatDateVi, type SubmissionStatus, toLocalIsoDate } from "@cchc/domain";
import ExcelJS from "exceljs";
import type { OperationContext } from "../context.js";
import { type ComplianceFilter, complianceMatrix } from "./compliance-matrix.js";

export const COMPLIANCE_FILL: Readonly<Record<SubmissionStatus, string>> = {
  on_time: "FFC6EFCE",
  late: "FFFFEB9C",
  missing: "FFFFC7CE",
  pending: "FFEDEDED",
};

export async function complianceXlsx(
  ctx: OperationContext,
  yearId: string,
  filter: ComplianceFilter = {},
): Promise<{ buffer: Buffer; fileName: string }> {
  const m = await complianceMatrix(ctx, yearId, filter);
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCHC";
  wb.created = ctx.now;
  const ws = wb.addWorksheet("Tình hình báo cáo");
  ws.addRow([`TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO CCHC NĂM ${m.year}`]).font = { bold: true, size: 13 };
  ws.addRow([
    `Tính đến ngày ${formatDateVi(toLocalIsoDate(ctx.now))}. Báo cáo gửi trễ hạn được coi như không báo cáo.`,
  ]);
  ws.addRow([]);
  const header = ws.addRow([
    "STT",
    "Đơn vị",
    "Loại đơn vị",
    ...m.periods.map((p) => `${p.nameVi}\n(hạn ${formatDateVi(p.dueDate)})`),
    "Đúng hạn",
    "Trễ hạn",
    "Không báo cáo",
    "Coi như không báo cáo",
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  m.rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      r.unitName,
      r.unitTypeName,
      ...r.cells.map((c) => `${c.symbol} ${c.labelVi}${c.extended ? ` (gia hạn đến ${formatDateVi(c.dueDate)})` : ""}`),
      r.counts.onTime,
      r.counts.late,
      r.counts.missing,
      r.counts.notReported,
    ]);
    r.cells.forEach((c, j) => {
      const cell = row.getCell(4 + j);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: COMPLIANCE_FILL[c.status] } };
      cell.alignment = { wrapText: true, vertical: "middle" };
    });
  });
  ws.addRow([]);
  ws.addRow(["Chú giải"]).font = { bold: true };
  for (const status of ["on_time", "late", "missing", "pending"] as const) {
    const row = ws.addRow(["", `${COMPLIANCE_LOOK[status].symbol} ${COMPLIANCE_LOOK[status].labelVi}`]);
    row.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: COMPLIANCE_FILL[status] } };
  }
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 40;
  ws.getColumn(3).width = 22;
  for (let j = 0; j < m.periods.length; j++) ws.getColumn(4 + j).width = 24;
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, fileName: `tinh-hinh-bao-cao-${m.year}.xlsx` };
}
