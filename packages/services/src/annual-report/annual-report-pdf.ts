// The annual report as PDF (pdfkit): the same content as the DOCX (annual-report-content.ts) on A4 with
// the Decree 30 margins, in Tinos (Times New Roman's metrics, every Vietnamese glyph) embedded as
// TrueType subsets (no standard-14 font: the document's default font is Tinos too); tables drawn with
// their header repeated on each page; charts drawn as vectors; page numbers at the top centre from page
// 2; while the year is not published "DỰ THẢO" at the top of every page and as a light diagonal mark.
import PDFDocument from "pdfkit";
import { type BarChart, barChartLayout } from "../documents/bar-chart.js";
import { placeDateLine } from "@cchc/domain";
import { DECREE30_PAGE } from "../documents/decree30-docx.js";
import { tinos } from "../documents/fonts.js";
import type { AnnualReportContent, ReportBlock } from "./annual-report-content.js";

const MM = 72 / 25.4;
const BODY = 13;
const SMALL = 11;

type Doc = PDFKit.PDFDocument;

function fonts(doc: Doc) {
  doc.registerFont("R", tinos("regular"));
  doc.registerFont("B", tinos("bold"));
  doc.registerFont("I", tinos("italic"));
  doc.registerFont("BI", tinos("boldItalic"));
}

const left = (doc: Doc) => doc.page.margins.left;
const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function ensure(doc: Doc, h: number) {
  if (doc.y + h > bottom(doc)) doc.addPage();
}

function para(doc: Doc, text: string, font = "R", size = BODY, indent = 10 * MM) {
  doc.font(font).fontSize(size);
  doc.text(text, left(doc), doc.y + 4, { width: width(doc), align: "justify", indent, lineGap: 2 });
}

function centredAt(doc: Doc, text: string, x: number, y: number, w: number, font: string, size: number) {
  doc.font(font).fontSize(size).text(text, x, y, { width: w, align: "center" });
  return doc.y;
}

function underline(doc: Doc, cx: number, y: number, w: number) {
  doc
    .moveTo(cx - w / 2, y)
    .lineTo(cx + w / 2, y)
    .lineWidth(0.6)
    .stroke("#000000");
}

function header(doc: Doc, c: AnnualReportContent) {
  const x0 = left(doc);
  const w = width(doc);
  const lw = w * 0.4;
  const rw = w - lw;
  const top = doc.page.margins.top;
  let yl = top;
  c.bodyLines.forEach((l, i) => {
    const last = i === c.bodyLines.length - 1;
    yl = centredAt(doc, l, x0, yl, lw, last ? "B" : "R", 12);
    if (last) {
      const tw = doc.widthOfString(l) * 0.5;
      underline(doc, x0 + lw / 2, yl + 1, tw);
      yl += 6;
    }
  });
  yl = centredAt(doc, `Số: ${c.number}`, x0, yl, lw, "R", 12);
  let yr = centredAt(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x0 + lw, top, rw, "B", 12);
  yr = centredAt(doc, "Độc lập - Tự do - Hạnh phúc", x0 + lw, yr, rw, "B", BODY);
  underline(doc, x0 + lw + rw / 2, yr + 1, doc.widthOfString("Độc lập - Tự do - Hạnh phúc"));
  yr = centredAt(doc, placeDateLine(c.place, c.date), x0 + lw, yr + 6, rw, "I", BODY);
  doc.y = Math.max(yl, yr) + 18;
  centredAt(doc, c.title, x0, doc.y, w, "B", 14);
  centredAt(doc, c.subtitle, x0, doc.y, w, "B", BODY);
  doc.y += 8;
}

function table(doc: Doc, b: Extract<ReportBlock, { kind: "table" }>) {
  const x0 = left(doc);
  const w = width(doc);
  const widths = b.columns.map((c) => (c.width / 100) * w);
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(SMALL);
    return Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, head: boolean) => {
    const h = rowHeight(cells, font);
    let x = x0;
    const y = doc.y;
    cells.forEach((t, i) => {
      const cw = widths[i] ?? 0;
      if (head) doc.rect(x, y, cw, h).fill("#e7e6e6");
      doc.rect(x, y, cw, h).lineWidth(0.5).stroke("#000000");
      doc
        .fillColor("#000000")
        .font(font)
        .fontSize(SMALL)
        .text(t, x + pad, y + pad, { width: cw - 2 * pad, align: head ? "center" : (b.columns[i]?.align ?? "left") });
      x += cw;
    });
    doc.y = y + h;
  };
  const titles = b.columns.map((c) => c.title);
  doc.y += 6;
  ensure(doc, rowHeight(titles, "B") * 2);
  drawRow(titles, "B", true);
  for (const r of b.rows) {
    if (doc.y + rowHeight(r, "R") > bottom(doc)) {
      doc.addPage();
      drawRow(titles, "B", true);
    }
    drawRow(r, "R", false);
  }
  doc.x = x0;
}

function chart(doc: Doc, c: BarChart) {
  const w = width(doc);
  const l = barChartLayout(c, w);
  ensure(doc, l.height + 10);
  const x0 = left(doc);
  const y0 = doc.y + 6;
  const axisY = y0 + l.top + c.bars.length * l.rowHeight;
  doc
    .font("B")
    .fontSize(11)
    .fillColor("#000000")
    .text(c.title, x0, y0 + 6, { width: w, align: "center" });
  doc.font("R").fontSize(9);
  for (const t of l.ticks) {
    doc
      .moveTo(x0 + t.x, y0 + l.top - 4)
      .lineTo(x0 + t.x, axisY)
      .lineWidth(0.4)
      .stroke("#d0d0d0");
    doc.fillColor("#444444").text(t.label, x0 + t.x - 15, axisY + 3, { width: 30, align: "center", lineBreak: false });
  }
  for (const r of l.rows) {
    doc
      .fillColor("#000000")
      .text(r.label, x0, y0 + r.y + 2, { width: l.labelWidth - 6, align: "right", lineBreak: false });
    if (r.width > 0) doc.rect(x0 + l.labelWidth, y0 + r.y, r.width, l.barHeight).fill(r.color);
    doc.fillColor("#000000").text(r.value, x0 + l.labelWidth + r.width + 3, y0 + r.y + 2, { lineBreak: false });
  }
  if (l.target) {
    doc
      .moveTo(x0 + l.target.x, y0 + l.top - 8)
      .lineTo(x0 + l.target.x, axisY)
      .dash(4, { space: 3 })
      .lineWidth(1)
      .stroke("#c0392b")
      .undash();
    doc.fillColor("#c0392b").text(l.target.label, x0 + l.target.x + 3, y0 + l.top - 18, { lineBreak: false });
  }
  doc.fillColor("#000000");
  doc.x = x0;
  doc.y = y0 + l.height + 4;
}

function signature(doc: Doc, c: AnnualReportContent) {
  const x0 = left(doc);
  const w = width(doc);
  const half = w / 2;
  const titleLines = c.signature.title
    .split(/\s*\/\s*|\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  ensure(doc, 30 + Math.max(c.recipients.length * 13, 150));
  const top = doc.y + 16;
  doc.font("BI").fontSize(12).text("Nơi nhận:", x0, top, { width: half });
  doc.font("R").fontSize(SMALL);
  for (const r of c.recipients) doc.text(`- ${r.replace(/^-\s*/u, "")}`, x0, doc.y, { width: half - 10 });
  const yl = doc.y;
  let yr = centredAt(doc, c.signature.tm, x0 + half, top, half, "B", BODY);
  for (const l of titleLines) yr = centredAt(doc, l.toLocaleUpperCase("vi"), x0 + half, yr, half, "B", BODY);
  yr = centredAt(doc, "(Ký, ghi rõ họ tên, đóng dấu)", x0 + half, yr, half, "I", BODY);
  yr = centredAt(doc, c.signature.name, x0 + half, yr + 60, half, "B", BODY);
  doc.y = Math.max(yl, yr);
}

function pageMarks(doc: Doc, c: AnnualReportContent) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins;
    doc.page.margins = { ...saved, top: 0, bottom: 0 };
    if (i > range.start) {
      doc
        .font("R")
        .fontSize(BODY)
        .fillColor("#000000")
        .text(String(i - range.start + 1), 0, 10 * MM, { width: doc.page.width, align: "center", lineBreak: false });
    }
    if (c.draft) {
      doc
        .font("B")
        .fontSize(13)
        .fillColor("#000000")
        .text("DỰ THẢO", doc.page.width - saved.right - 100, 10 * MM, { width: 100, align: "right", lineBreak: false });
      doc.save();
      doc.rotate(-40, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc
        .font("B")
        .fontSize(110)
        .fillColor("#999999")
        .fillOpacity(0.15)
        .text("DỰ THẢO", 0, doc.page.height / 2 - 60, { width: doc.page.width, align: "center", lineBreak: false });
      doc.restore();
    }
    doc.page.margins = saved;
  }
}

/** The report as PDF bytes. */
export function annualReportPdf(c: AnnualReportContent): Promise<Uint8Array> {
  const m = DECREE30_PAGE.marginsMm;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: m.top * MM, bottom: m.bottom * MM, left: m.left * MM, right: m.right * MM },
    bufferPages: true,
    font: null as unknown as string,
    info: { Title: c.documentTitle, Author: c.bodyLines.join(" "), Creator: "CCHC" },
    lang: "vi-VN",
    compress: true,
  });
  fonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (b: Buffer) => chunks.push(b));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.font("R").fontSize(BODY);
  header(doc, c);
  for (const b of c.blocks) {
    switch (b.kind) {
      case "heading":
        ensure(doc, 40);
        para(doc, b.text, "B");
        break;
      case "subheading":
        ensure(doc, 40);
        para(doc, b.text, "BI");
        break;
      case "para":
        para(doc, b.text, b.italics ? "I" : "R");
        break;
      case "table":
        table(doc, b);
        break;
      case "chart":
        chart(doc, b.chart);
        break;
    }
  }
  signature(doc, c);
  pageMarks(doc, c);
  doc.end();
  return done;
}
