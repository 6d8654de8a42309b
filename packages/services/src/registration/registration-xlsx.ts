// The registration form as XLSX: the title, the template's header (STT, (1)…(7) with (3) as start and
// end), one row per item with real dates and budgets as numbers in a VND format, the total row (a
// number, not a formula, so every reader shows it) and the total in words.
import ExcelJS from "exceljs";
import type { RegistrationExportData } from "./registration-export.js";

export const VND_FORMAT = '#,##0 "₫"';

const toDate = (ddmmyyyy: string) => {
  const [d, m, y] = ddmmyyyy.split("/").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

export async function registrationXlsx(d: RegistrationExportData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = d.unitName;
  const ws = wb.addWorksheet("Đăng ký CCHC", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [
    { key: "stt", width: 6 },
    { key: "content", width: 42 },
    { key: "result", width: 28 },
    { key: "start", width: 12 },
    { key: "end", width: 12 },
    { key: "lead", width: 24 },
    { key: "coordinating", width: 28 },
    { key: "budget", width: 18 },
    { key: "note", width: 20 },
  ];
  const font = { name: "Times New Roman", size: 12 };
  ws.mergeCells("A1:I1");
  ws.getCell("A1").value = `MẪU ĐĂNG KÝ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${d.year}`;
  ws.getCell("A1").font = { ...font, bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A2:I2");
  ws.getCell("A2").value = `Đơn vị: ${d.unitName}`;
  ws.getCell("A2").alignment = { horizontal: "center" };
  ws.getRow(4).values = [
    "STT",
    "Nội dung công việc cụ thể",
    "Kết quả sản phẩm",
    "Thời gian thực hiện",
    "",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Kinh phí dự kiến (VNĐ)",
    "Ghi chú",
  ];
  ws.getRow(5).values = ["", "", "", "Bắt đầu", "Kết thúc", "", "", "", ""];
  ws.getRow(6).values = ["", "(1)", "(2)", "(3)", "", "(4)", "(5)", "(6)", "(7)"];
  for (const col of ["A", "B", "C", "F", "G", "H", "I"]) ws.mergeCells(`${col}4:${col}5`);
  ws.mergeCells("D4:E4");
  ws.mergeCells("D6:E6");
  const first = 7;
  d.items.forEach((item, i) => {
    const row = ws.getRow(first + i);
    row.values = [
      i + 1,
      item.content,
      item.resultProduct,
      toDate(item.start),
      toDate(item.end),
      item.lead,
      item.coordinating,
      // exact in a spreadsheet's double up to 2^53 đồng; the item cap is 10^12
      Number(item.budgetVnd),
      item.note,
    ];
    row.getCell(4).numFmt = "dd/mm/yyyy";
    row.getCell(5).numFmt = "dd/mm/yyyy";
    row.getCell(8).numFmt = VND_FORMAT;
  });
  const totalRow = ws.getRow(first + d.items.length);
  totalRow.getCell(1).value = "Tổng cộng";
  ws.mergeCells(totalRow.number, 1, totalRow.number, 7);
  totalRow.getCell(8).value = Number(d.totalVnd);
  totalRow.getCell(8).numFmt = VND_FORMAT;
  totalRow.font = { ...font, bold: true };
  const wordsRow = ws.getRow(totalRow.number + 1);
  ws.mergeCells(wordsRow.number, 1, wordsRow.number, 9);
  wordsRow.getCell(1).value = `Tổng kinh phí (Bằng chữ): ${d.totalWords}.`;
  const signRow = ws.getRow(wordsRow.number + 2);
  signRow.getCell(2).value = "Người lập biểu";
  signRow.getCell(7).value = "Thủ trưởng cơ quan, đơn vị";
  ws.getRow(signRow.number + 1).getCell(2).value = "(Ký, ghi rõ họ tên)";
  ws.getRow(signRow.number + 1).getCell(7).value = "(Ký tên, đóng dấu)";
  ws.getRow(signRow.number + 4).getCell(2).value = d.preparerName ?? "";
  ws.getRow(signRow.number + 4).getCell(7).value = d.headName ?? "";
  for (let r = 4; r <= totalRow.number; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= 9; c++) {
      const cellRef = row.getCell(c);
      cellRef.border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
      cellRef.alignment = {
        vertical: "middle",
        wrapText: true,
        horizontal: r <= 6 ? "center" : cellRef.alignment?.horizontal,
      };
      if (r <= 6) cellRef.font = { ...font, bold: r < 6, italic: r === 6 };
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
