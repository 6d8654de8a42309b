// The building blocks of an administrative document in the format of Decree 30/2020/NĐ-CP on clerical
// work (công tác văn thư), Appendix I, shared by the DOCX documents the product issues (the inspection
// minutes, the annual report):
// - A4 (210 × 297 mm, 11906 × 16838 twips); margins top and bottom 20–25 mm, left 30–35 mm, right
//   15–20 mm (here 20, 20, 30, 15 mm); Times New Roman, 13–14 pt body (TCVN 6909:2001 Unicode text);
// - the header in two borderless blocks (the issuing body and the number on the left; the national
//   name and motto, then the place-and-date line in italics on the right);
// - body paragraphs justified with a 10 mm first-line indent, spaced at least 6 pt;
// - "Nơi nhận:" in bold italic 12 pt, each recipient a line in 11 pt starting with "-".
import { placeDateLine, type IsoDate } from "@cchc/domain";
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from "docx";

export const DECREE30_FONT = "Times New Roman";
/** half-points: 14 pt body, 13 pt header lines */
export const BODY_SIZE = 28;
export const HEADER_SIZE = 26;

export const DECREE30_PAGE = {
  widthTwip: 11906,
  heightTwip: 16838,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
} as const;

/** The page of a Decree 30 document (section properties' `page`). */
export function decree30Page() {
  return {
    size: { width: DECREE30_PAGE.widthTwip, height: DECREE30_PAGE.heightTwip },
    margin: {
      top: convertMillimetersToTwip(DECREE30_PAGE.marginsMm.top),
      bottom: convertMillimetersToTwip(DECREE30_PAGE.marginsMm.bottom),
      left: convertMillimetersToTwip(DECREE30_PAGE.marginsMm.left),
      right: convertMillimetersToTwip(DECREE30_PAGE.marginsMm.right),
    },
  };
}

export const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

export type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

export function run(text: string, o: RunOptions = {}) {
  return new TextRun({
    text,
    bold: o.bold,
    italics: o.italics,
    size: o.size ?? BODY_SIZE,
    font: DECREE30_FONT,
    underline: o.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

export function centred(text: string, o: RunOptions = {}, after = 0) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, o)] });
}

export function body(text: string, o: RunOptions = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 120, after: 0, line: 276 },
    indent: { firstLine: convertMillimetersToTwip(10) },
    children: [run(text, o)],
  });
}

export function heading(text: string) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 120, after: 0 },
    indent: { firstLine: convertMillimetersToTwip(10) },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

/** Several lines typed by a person: one paragraph each. */
export function lines(text: string | null, fallback: string) {
  const parts = (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (parts.length ? parts : [fallback]).map((p) => body(p));
}

function blockCell(children: Paragraph[], widthPct: number) {
  return new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
}

/** Two borderless blocks side by side (the header, the signatures). */
export function twoBlocks(left: Paragraph[], right: Paragraph[], leftPct = 40) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [blockCell(left, leftPct), blockCell(right, 100 - leftPct)] })],
  });
}

/**
 * The header: left, the issuing body's lines (the last bold and underlined) and "Số: …"; right, the
 * national name and motto and the place-and-date line.
 */
export function decree30Header(o: { bodyLines: readonly string[]; number: string; place: string; date: IsoDate }) {
  const last = o.bodyLines.length - 1;
  return twoBlocks(
    [
      ...o.bodyLines.map((l, i) =>
        i === last
          ? centred(l.toLocaleUpperCase("vi"), { bold: true, underline: true, size: HEADER_SIZE }, 120)
          : centred(l.toLocaleUpperCase("vi"), { size: HEADER_SIZE }),
      ),
      centred(`Số: ${o.number}`, { size: HEADER_SIZE }),
    ],
    [
      centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: HEADER_SIZE }),
      centred("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: BODY_SIZE }, 120),
      centred(placeDateLine(o.place, o.date), { italics: true, size: BODY_SIZE }),
    ],
  );
}

/** "Nơi nhận:" and one line per recipient. */
export function recipientLines(recipients: readonly string[], before = 240) {
  return [
    new Paragraph({ spacing: { before }, children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
    ...recipients.map((r) => new Paragraph({ children: [run(`- ${r.replace(/^-\s*/u, "")}`, { size: 22 })] })),
  ];
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
