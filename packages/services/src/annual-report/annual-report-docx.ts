// The annual report as a DOCX in the format of Decree 30/2020/NĐ-CP (see documents/decree30-docx.ts):
// A4, margins 20/20/30/15 mm, Times New Roman 14 pt; the issuing body and the national motto in the
// header blocks, "Số: …/BC-UBND", the place-and-date line; "BÁO CÁO" and its summary; the body
// (annual-report-content.ts) with the ranking tables and the charts as PNG images; "Nơi nhận:" and the
// signature block ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"). Page numbers at the top centre from page 2 (a
// different first-page header); "DỰ THẢO" in the header of every page while the year is not published.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { barChartPng } from "../documents/bar-chart.js";
import {
  BODY_SIZE,
  body,
  centred,
  DECREE30_FONT,
  decree30Header,
  decree30Page,
  heading,
  recipientLines,
  run,
  twoBlocks,
} from "../documents/decree30-docx.js";
import type { AnnualReportContent, ReportBlock } from "./annual-report-content.js";

const TABLE_SIZE = 24; // 12 pt in tables
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function tableCell(text: string, width: number, align: keyof typeof ALIGN, header: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    shading: header ? { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } : undefined,
    margins: { left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : ALIGN[align],
        children: [run(text, { bold: header, size: TABLE_SIZE })],
      }),
    ],
  });
}

function block(b: ReportBlock): Array<Paragraph | Table> {
  switch (b.kind) {
    case "heading":
      return [heading(b.text)];
    case "subheading":
      return [body(b.text, { bold: true, italics: true })];
    case "para":
      return [body(b.text, { italics: b.italics })];
    case "table":
      return [
        new Paragraph({ spacing: { before: 120 }, children: [] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.columns.map((c) => tableCell(c.title, c.width, c.align, true)),
            }),
            ...b.rows.map(
              (r) =>
                new TableRow({
                  cantSplit: true,
                  children: b.columns.map((c, i) => tableCell(r[i] ?? "", c.width, c.align, false)),
                }),
            ),
          ],
        }),
      ];
    case "chart": {
      const img = barChartPng(b.chart);
      // 16 cm wide at most (the text width is 16.5 cm)
      const w = 605;
      const h = Math.round((img.height / img.width) * w);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 160, after: 120 },
          keepLines: true,
          children: [
            new ImageRun({
              type: "png",
              data: img.png,
              transformation: { width: w, height: h },
              altText: { name: b.chart.title, title: b.chart.title, description: b.chart.title },
            }),
          ],
        }),
      ];
    }
  }
}

function draftMark() {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [run("DỰ THẢO", { bold: true, size: 26 })],
  });
}

/** Builds the report document. */
export function annualReportDocument(c: AnnualReportContent): Document {
  const titleLines = c.signature.title
    .split(/\s*\/\s*|\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  const signature = twoBlocks(
    recipientLines(c.recipients, 0),
    [
      centred(c.signature.tm, { bold: true }),
      ...titleLines.map((l) => centred(l.toLocaleUpperCase("vi"), { bold: true })),
      centred("(Ký, ghi rõ họ tên, đóng dấu)", { italics: true }, 1400),
      centred(c.signature.name, { bold: true }),
    ],
    50,
  );
  const firstHeader = new Header({ children: c.draft ? [draftMark()] : [new Paragraph({ children: [] })] });
  const defaultHeader = new Header({
    children: [
      ...(c.draft ? [draftMark()] : []),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: DECREE30_FONT, size: BODY_SIZE })],
      }),
    ],
  });
  return new Document({
    creator: c.bodyLines.join(" "),
    title: c.documentTitle,
    styles: { default: { document: { run: { font: DECREE30_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: decree30Page(), titlePage: true },
        headers: { first: firstHeader, default: defaultHeader },
        children: [
          decree30Header({ bodyLines: c.bodyLines, number: c.number, place: c.place, date: c.date }),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centred(c.title, { bold: true }),
          centred(c.subtitle, { bold: true }, 240),
          ...c.blocks.flatMap(block),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          signature,
        ],
      },
    ],
  });
}

/** The report as DOCX bytes. */
export async function annualReportDocx(c: AnnualReportContent): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(annualReportDocument(c)));
}
