// The plan import's template (XLSX): the six columns of the assignment table with one example row
// labelled "(dữ liệu mẫu)"; what Home Affairs downloads before filling in its plan.
import { PLAN_IMPORT_COLUMNS } from "@cchc/domain";
import ExcelJS from "exceljs";

export async function planImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kế hoạch CCHC");
  sheet.columns = PLAN_IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === "text" ? 60 : c.key === "code" ? 8 : 28,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    code: "I.1",
    text: "Xây dựng và ban hành kế hoạch cải cách hành chính năm (dữ liệu mẫu)",
    lead: "Phòng Nội vụ",
    coordinating: "Các cơ quan, đơn vị",
    timePhrase: "Quý I",
    product: "Kế hoạch được ban hành",
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
