// The downloadable templates of a citizen survey file: XLSX (the header on the first sheet, a second
// sheet "Hướng dẫn" with the rules and the unit codes of the year) and CSV (UTF-8 with a byte-order
// mark so Excel opens the Vietnamese correctly, CRLF line ends, the header only).
import { AGE_GROUPS, CITIZEN_ASPECTS, GENDERS, SATISFACTION_LEVELS, SURVEY_TEMPLATE_HEADER } from "@cchc/domain";
import ExcelJS from "exceljs";

const csvCell = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function surveyTemplateCsv(): Buffer {
  return Buffer.from(`\ufeff${SURVEY_TEMPLATE_HEADER.map(csvCell).join(",")}\r\n`, "utf8");
}

export async function surveyTemplateXlsx(units: ReadonlyArray<{ code: string; name: string }> = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CCHC";
  const sheet = workbook.addWorksheet("Phiếu khảo sát");
  sheet.addRow([...SURVEY_TEMPLATE_HEADER]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 16 : 22;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 28;
  guide.getColumn(2).width = 70;
  const lines: Array<[string, string]> = [
    ["Cách điền", "Mỗi dòng là một phiếu; dòng 1 của trang 'Phiếu khảo sát' là tiêu đề, giữ nguyên."],
    ["Mã đơn vị", "Mã của đơn vị được khảo sát (xem danh sách bên dưới)."],
    ...CITIZEN_ASPECTS.map((a): [string, string] => [a.nameVi, "Số từ 1 đến 5, để trống nếu người dân không trả lời."]),
    ["Mức độ", SATISFACTION_LEVELS.map((l) => `${l.level} = ${l.nameVi}`).join("; ")],
    ["Giới tính", `${GENDERS.join(", ")} hoặc để trống.`],
    ["Nhóm tuổi", `${AGE_GROUPS.join(", ")} hoặc để trống.`],
    ["Trùng lặp", "Hai dòng giống hệt nhau (hoặc đã nhập trước đây) sẽ bị báo lỗi, không tự bỏ qua."],
    ["", ""],
    ["Mã đơn vị", "Tên đơn vị"],
    ...units.map((u): [string, string] => [u.code, u.name]),
  ];
  for (const l of lines) guide.addRow(l);
  guide.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
