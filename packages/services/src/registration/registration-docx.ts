// The registration form (Mẫu đăng ký thực hiện kế hoạch CCHC, the seed plan's annex) as DOCX:
// A4 landscape for the wide table, Times New Roman; the national header in two blocks (the
// authority and the unit on the left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh
// phúc" and the place and date line on the right); the title; the table with STT and the template's
// columns (1) content, (2) result product, (3) start / end, (4) lead unit, (5) coordinating units,
// (6) estimated budget (VNĐ), (7) note; the total row; "Tổng kinh phí (Bằng chữ): …"; the signature
// blocks "Người lập biểu" (Ký, ghi rõ họ tên) and "Thủ trưởng cơ quan, đơn vị" (Ký tên, đóng dấu).
import { placeDateLine } from "@cchc/domain";
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from "docx";
import { type RegistrationExportData, vndDigits } from "./registration-export.js";

export const REGISTRATION_FONT = "Times New Roman";
const SIZE = 26; // 13 pt
const TABLE_SIZE = 24; // 12 pt

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

function run(text: string, o: RunOptions = {}) {
  return new TextRun({
    text,
    bold: o.bold,
    italics: o.italics,
    size: o.size ?? SIZE,
    font: REGISTRATION_FONT,
    underline: o.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

function para(
  text: string,
  o: RunOptions = {},
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
  after = 0,
) {
  return new Paragraph({ alignment: align, spacing: { after }, children: [run(text, o)] });
}

function plainCell(children: Paragraph[], widthPct: number) {
  return new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
}

function twoBlocks(left: Paragraph[], right: Paragraph[], leftPct = 40) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [plainCell(left, leftPct), plainCell(right, 100 - leftPct)] })],
  });
}

/** Column widths in percent: STT, (1)…(7) with (3) as two columns. */
const WIDTHS = [4, 22, 15, 8, 8, 12, 13, 10, 8] as const;

function cell(
  text: string,
  o: RunOptions & { width?: number; rowSpan?: number; columnSpan?: number; align?: "left" | "center" | "right" } = {},
) {
  const alignment =
    o.align === "left" ? AlignmentType.LEFT : o.align === "right" ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new TableCell({
    width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined,
    rowSpan: o.rowSpan,
    columnSpan: o.columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text
      .split("\n")
      .map((line) => new Paragraph({ alignment, children: [run(line, { ...o, size: o.size ?? TABLE_SIZE })] })),
  });
}

function itemsTable(d: RegistrationExportData) {
  const w = WIDTHS;
  const head1 = new TableRow({
    tableHeader: true,
    children: [
      cell("STT", { bold: true, rowSpan: 2, width: w[0] }),
      cell("Nội dung công việc cụ thể", { bold: true, rowSpan: 2, width: w[1] }),
      cell("Kết quả sản phẩm", { bold: true, rowSpan: 2, width: w[2] }),
      cell("Thời gian thực hiện", { bold: true, columnSpan: 2, width: w[3] + w[4] }),
      cell("Đơn vị chủ trì", { bold: true, rowSpan: 2, width: w[5] }),
      cell("Đơn vị phối hợp", { bold: true, rowSpan: 2, width: w[6] }),
      cell("Kinh phí dự kiến (VNĐ)", { bold: true, rowSpan: 2, width: w[7] }),
      cell("Ghi chú", { bold: true, rowSpan: 2, width: w[8] }),
    ],
  });
  const head2 = new TableRow({
    tableHeader: true,
    children: [cell("Bắt đầu", { bold: true, width: w[3] }), cell("Kết thúc", { bold: true, width: w[4] })],
  });
  const numbers = new TableRow({
    tableHeader: true,
    children: [
      cell("", { italics: true }),
      cell("(1)", { italics: true }),
      cell("(2)", { italics: true }),
      cell("(3)", { italics: true, columnSpan: 2 }),
      cell("(4)", { italics: true }),
      cell("(5)", { italics: true }),
      cell("(6)", { italics: true }),
      cell("(7)", { italics: true }),
    ],
  });
  const rows = d.items.length
    ? d.items.map(
        (item, i) =>
          new TableRow({
            children: [
              cell(String(i + 1)),
              cell(item.content, { align: "left" }),
              cell(item.resultProduct, { align: "left" }),
              cell(item.start),
              cell(item.end),
              cell(item.lead, { align: "left" }),
              cell(item.coordinating, { align: "left" }),
              cell(vndDigits(item.budgetVnd), { align: "right" }),
              cell(item.note, { align: "left" }),
            ],
          }),
      )
    : [new TableRow({ children: [cell("(Chưa có nội dung đăng ký)", { italics: true, columnSpan: 9 })] })];
  const total = new TableRow({
    children: [
      cell("Tổng cộng", { bold: true, columnSpan: 7 }),
      cell(vndDigits(d.totalVnd), { bold: true, align: "right" }),
      cell(""),
    ],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head1, head2, numbers, ...rows, total] });
}

export function registrationDocument(d: RegistrationExportData): Document {
  const header = twoBlocks(
    [
      para(d.headerName.toLocaleUpperCase("vi")),
      para(d.unitName.toLocaleUpperCase("vi"), { bold: true, underline: true }),
    ],
    [
      para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }),
      para("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true }, AlignmentType.CENTER, 120),
      para(placeDateLine(d.place, d.date), { italics: true }),
    ],
  );
  const signatures = twoBlocks(
    [
      para("Người lập biểu", { bold: true }),
      para("(Ký, ghi rõ họ tên)", { italics: true }, AlignmentType.CENTER, 1400),
      para(d.preparerName ?? "", { bold: true }),
    ],
    [
      para("Thủ trưởng cơ quan, đơn vị", { bold: true }),
      para("(Ký tên, đóng dấu)", { italics: true }, AlignmentType.CENTER, 1400),
      para(d.headName ?? "", { bold: true }),
    ],
    50,
  );
  return new Document({
    creator: d.unitName,
    title: `Đăng ký thực hiện kế hoạch CCHC năm ${d.year} - ${d.unitName}`,
    styles: { default: { document: { run: { font: REGISTRATION_FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            // A4 landscape: docx swaps width and height itself for the orientation.
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(25),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          ...(d.status === "DRAFT" || d.status === "RETURNED"
            ? [para("DỰ THẢO", { bold: true, italics: true, size: 24 }, AlignmentType.CENTER, 120)]
            : []),
          header,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          para(`MẪU ĐĂNG KÝ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${d.year}`, { bold: true }),
          para(`(Đơn vị: ${d.unitName})`, { italics: true }, AlignmentType.CENTER, 240),
          itemsTable(d),
          new Paragraph({
            spacing: { before: 160, after: 240 },
            children: [run("Tổng kinh phí (Bằng chữ): ", { bold: true }), run(`${d.totalWords}.`, { italics: true })],
          }),
          signatures,
        ],
      },
    ],
  });
}

/** The registration as DOCX bytes. */
export async function registrationDocx(d: RegistrationExportData): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(registrationDocument(d)));
}
