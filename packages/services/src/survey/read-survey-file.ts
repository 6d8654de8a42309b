// The rows of an uploaded survey file: XLSX (its first worksheet, read with exceljs) when the bytes
// are a ZIP package, else CSV text in UTF-8 (the domain's parseCsv). Row numbers are the sheet's or
// the file's line numbers, as a person sees them in Excel or a text editor.
import { parseCsv, type SheetRow } from "@cchc/domain";
import ExcelJS from "exceljs";
import { SurveyFileError } from "./survey-file-error.js";

const unreadable = (message: string) =>
  new SurveyFileError([{ row: 0, column: null, code: "UNREADABLE_FILE", message }]);

function cellValue(v: ExcelJS.CellValue): string | number | null {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return cellValue(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

export async function readSurveyFile(bytes: Buffer): Promise<SheetRow[]> {
  if (bytes.length === 0) throw unreadable("Tệp rỗng.");
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw unreadable("Không đọc được tệp Excel: hãy lưu lại dạng .xlsx rồi thử lại.");
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw unreadable("Tệp Excel không có trang tính nào.");
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      // exceljs' row.values is 1-based: index 0 is empty
      rows.push({ row: rowNumber, cells: values.slice(1).map(cellValue) });
    });
    return rows;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadable("Tệp CSV phải được lưu với mã UTF-8 (Excel: 'CSV UTF-8').");
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL means a binary file, not CSV
  if (/\u0000/.test(text)) throw unreadable("Tệp không phải CSV hay Excel (.xlsx).");
  const parsed = parseCsv(text);
  if (!parsed.ok) throw unreadable(parsed.message);
  return parsed.rows.map((r) => ({ row: r.line, cells: r.cells }));
}
