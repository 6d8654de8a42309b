// The annual report of the sample year, opened as a reader would: the DOCX's XML against each Decree 30
// item, the PDF's fonts and its text (pdfjs-dist), the XLSX's rows; a draft for the live year; issuing
// (published year only, once) and the issued files kept byte for byte.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viNumber } from "../src/documents/bar-chart.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AnnualReportAlreadyIssuedError,
  type FileStorage,
  folderStorage,
  generateAnnualReport,
  issueAnnualReport,
  loadAnnualReportData,
  readAudit,
  seedSampleCycle,
  YearNotPublishedError,
} from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let yearId: string;
let liveYearId: string;
let dir: string;
let storage: FileStorage;
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  ({
    year: { id: yearId },
  } = await sampleYear(prisma));
  dir = await mkdtemp(path.join(tmpdir(), "cchc-annual-"));
  storage = folderStorage(dir);
  const r = await seedSampleCycle(prisma, { now, storage });
  if (!r.created) throw new Error("sample cycle not created");
  liveYearId = r.liveYearId;
}, 240_000);
afterAll(async () => {
  await db?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openDocx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string")),
  );
  const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
  return { document, styles, headers, media, paragraphs, text: paragraphs.join("\n") };
}

const TWIP_PER_MM = 1440 / 25.4;
const mm = (twip: number) => twip / TWIP_PER_MM;

describe("the annual report DOCX (Decree 30/2020/NĐ-CP)", () => {
  it("of the published sample year: page, margins, font, header blocks, number, date, tables, signature", async () => {
    const file = await generateAnnualReport(prisma, yearId, "docx", {
      now,
      issue: {
        number: "05/BC-UBND",
        issuedOn: "2022-01-05",
        signerName: "Nguyễn Văn Chủ",
        signerTitle: "CHỦ TỊCH",
        recipients: ["UBND tỉnh Bình Phước (để báo cáo);", "Sở Nội vụ (để báo cáo);", "Lưu: VT."],
      },
    });
    expect(file.fileName).toBe("bao-cao-cchc-2021.docx");
    expect(file.draft).toBe(false);
    const { document, styles, headers, media, paragraphs, text } = await openDocx(file.bytes);
    // A4 and margins
    expect(document).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    const get = (name: string) => mm(Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]));
    expect(get("top")).toBeGreaterThanOrEqual(19.9);
    expect(get("top")).toBeLessThanOrEqual(25.1);
    expect(get("bottom")).toBeGreaterThanOrEqual(19.9);
    expect(get("bottom")).toBeLessThanOrEqual(25.1);
    expect(get("left")).toBeGreaterThanOrEqual(29.9);
    expect(get("left")).toBeLessThanOrEqual(35.1);
    expect(get("right")).toBeGreaterThanOrEqual(14.9);
    expect(get("right")).toBeLessThanOrEqual(20.1);
    // Times New Roman, 13–14 pt body
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    const size = Number(/<w:docDefaults>[\s\S]*?<w:sz w:val="(\d+)"/.exec(styles)![1]);
    expect(size).toBeGreaterThanOrEqual(26);
    expect(size).toBeLessThanOrEqual(28);
    expect([...document.matchAll(/w:ascii="([^"]+)"/g)].every((m) => m[1] === "Times New Roman")).toBe(true);
    // header blocks, number, date line (two-digit day and month for 05/01)
    expect(paragraphs).toContain("ỦY BAN NHÂN DÂN");
    expect(paragraphs).toContain("THỊ XÃ PHƯỚC LONG");
    expect(paragraphs).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(paragraphs).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(paragraphs).toContain("Số: 05/BC-UBND");
    expect(paragraphs).toContain("Phước Long, ngày 05 tháng 01 năm 2022");
    expect(paragraphs).toContain("BÁO CÁO");
    expect(paragraphs).toContain("Kết quả đánh giá, xếp loại công tác cải cách hành chính năm 2021");
    // sections
    for (const h of [
      "I. KẾT QUẢ CHUNG",
      "II. KẾT QUẢ THEO TỪNG LĨNH VỰC",
      "III. BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
    ]) {
      expect(paragraphs).toContain(h);
    }
    expect(text).toMatch(/IV\. KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG/);
    expect(text).toMatch(/V\. KẾT QUẢ KIỂM TRA/);
    expect(text).toMatch(/VII\. ĐỀ XUẤT KHEN THƯỞNG, PHÊ BÌNH/);
    expect(text).toMatch(/1\. Công tác chỉ đạo, điều hành cải cách hành chính: chỉ số bình quân \d+(,\d+)?%/);
    // the ranking table's columns (once per unit type) and a row per ranked unit
    const heads = paragraphs.filter((p, i) => p === "STT" && paragraphs[i + 1] === "Tên đơn vị");
    expect(heads.length).toBeGreaterThanOrEqual(2);
    const idx = paragraphs.indexOf("Tên đơn vị");
    expect(paragraphs.slice(idx - 1, idx + 4)).toEqual(["STT", "Tên đơn vị", "Điểm", "Chỉ số", "Xếp loại"]);
    expect(text).toContain("Phòng Tư pháp");
    expect(text).toMatch(/Mục tiêu/);
    // charts as images
    expect(media.length).toBeGreaterThanOrEqual(3);
    expect(document).toContain("<wp:docPr");
    // recipients and signature
    expect(paragraphs).toContain("Nơi nhận:");
    expect(paragraphs).toContain("- Sở Nội vụ (để báo cáo);");
    expect(paragraphs).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(paragraphs).toContain("CHỦ TỊCH");
    expect(paragraphs).toContain("Nguyễn Văn Chủ");
    // page numbers from page 2: a different first page, a PAGE field in the other header
    expect(document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
    // published: no draft mark anywhere
    expect([text, ...headers].join("")).not.toContain("DỰ THẢO");
  });

  it("of the live year is a draft: DỰ THẢO in every page's header, no number yet", async () => {
    const file = await generateAnnualReport(prisma, liveYearId, "docx", { now });
    expect(file.draft).toBe(true);
    expect(file.fileName).toBe("bao-cao-cchc-2026-du-thao.docx");
    const { headers, paragraphs, document } = await openDocx(file.bytes);
    // both headers (first page and the others) carry the mark
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(headers.filter((h) => h.includes("DỰ THẢO")).length).toBeGreaterThanOrEqual(2);
    expect(paragraphs).toContain("Số: ……/BC-UBND");
    expect(paragraphs).toContain("Phước Long, ngày 28 tháng 11 năm 2026");
  });
});

describe("the annual report PDF", () => {
  it("embeds its fonts (no standard-14 font) and its text extracts with Vietnamese diacritics", async () => {
    const file = await generateAnnualReport(prisma, yearId, "pdf", { now });
    const raw = Buffer.from(file.bytes).toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times-Roman|Courier|Symbol|ZapfDingbats)/);
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(file.bytes), useSystemFonts: false }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ("str" in it ? it.str : "")).join(" "));
    }
    const all = pages.join("\n").normalize("NFC");
    for (const s of [
      "Xếp loại",
      "Chỉ số",
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Phòng Tư pháp",
      "Nơi nhận:",
    ]) {
      expect(all).toContain(s);
    }
    expect(all).not.toContain("DỰ THẢO");
    // page numbers from page 2
    expect(pages[1]).toMatch(/(^|\s)2(\s|$)/);
    await pdf.destroy();
  });

  it("marks every page of a draft", async () => {
    const file = await generateAnnualReport(prisma, liveYearId, "pdf", { now });
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(file.bytes), useSystemFonts: false }).promise;
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      const text = content.items
        .map((it) => ("str" in it ? it.str : ""))
        .join(" ")
        .normalize("NFC");
      expect(text).toContain("DỰ THẢO");
    }
    await pdf.destroy();
  });
});

describe("the rankings XLSX", () => {
  it("has one row per ranked unit with every leaf's points", async () => {
    const data = await loadAnnualReportData(prisma, yearId, { now, leaves: true });
    const file = await generateAnnualReport(prisma, yearId, "xlsx", { now });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Xếp hạng")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 4)).toEqual(["Khối", "Thứ hạng", "Mã đơn vị", "Tên đơn vị"]);
    const leafCodes = data.leaves!.nodes.map((n) => n.code);
    expect(leafCodes.length).toBe(49);
    expect(header.slice(-leafCodes.length)).toEqual(leafCodes);
    const units = data.groups.flatMap((g) => g.rows);
    expect(ws.actualRowCount - 1).toBe(units.length);
    // each row is its unit, and its leaves add up to its earned points
    for (let i = 0; i < units.length; i++) {
      const values = (ws.getRow(i + 2).values as unknown[]).slice(1);
      expect(values[3]).toBe(units[i]!.unitName);
      const leaves = values.slice(-leafCodes.length).map((v) => (typeof v === "number" ? v : 0));
      expect(leaves.reduce((a, b) => a + b, 0)).toBeCloseTo(units[i]!.earned, 3);
    }
    expect(wb.getWorksheet("Tiêu chí")!.actualRowCount - 1).toBe(49);
  });
});

describe("proposals", () => {
  it("name units for commendation and criticism from the ranking", async () => {
    const data = await loadAnnualReportData(prisma, yearId, { now });
    const all = data.groups.flatMap((g) => g.rows);
    for (const c of data.proposals.commendation) {
      const r = all.find((x) => x.unitId === c.unitId)!;
      expect(r.tier.code === "XUAT_SAC" || (r.rank === 1 && r.index >= 80)).toBe(true);
    }
    for (const c of data.proposals.criticism) expect(c.reasons.length).toBeGreaterThan(0);
    console.log(
      `proposals: ${data.proposals.commendation.map((c) => c.unitName).join(", ")} | ${data.proposals.criticism.map((c) => `${c.unitName} (${c.reasons.join("; ")})`).join(", ")}`,
    );
  });
});

describe("issuing", () => {
  const input = {
    number: "06/BC-UBND",
    issuedOn: "2026-11-20",
    signerName: "Người Ký",
    signerTitle: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    recipients: ["Lưu: VT."],
  };
  const viewerOf = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, roles: true, unitId: true },
    });
    return { userId: u.id, roles: u.roles, unitId: u.unitId };
  };

  it("the sample 2021 report was issued as 05/BC-UBND dated 05/01/2022, its files stored as generated", async () => {
    const report = await prisma.annualReport.findUniqueOrThrow({
      where: { yearId },
      include: { docxFile: true, pdfFile: true },
    });
    expect(report.number).toBe("05/BC-UBND");
    expect(report.issuedOn.toISOString().slice(0, 10)).toBe("2022-01-05");
    expect(report.recipients.length).toBeGreaterThanOrEqual(3);
    for (const f of [report.docxFile, report.pdfFile!]) {
      const bytes = (await storage.get(f.storagePath))!;
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
    }
    const docx = await openDocx((await storage.get(report.docxFile.storagePath))!);
    expect(docx.paragraphs).toContain("Số: 05/BC-UBND");
    expect(docx.paragraphs).toContain("Phước Long, ngày 05 tháng 01 năm 2022");
    expect(docx.text).not.toContain("DỰ THẢO");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "annual_report.issue" } });
    expect(readAudit(audit)).toMatchObject({
      entityId: report.id,
      after: { number: "05/BC-UBND", docxSha256: report.docxFile.sha256 },
    });
  });

  it("a second issue is refused and nothing is written", async () => {
    const viewer = await viewerOf("lanhdao@cchc.demo");
    const files = await prisma.evidenceFile.count();
    await expect(issueAnnualReport({ prisma, viewer, now, storage }, { yearId, ...input })).rejects.toBeInstanceOf(
      AnnualReportAlreadyIssuedError,
    );
    expect(await prisma.evidenceFile.count()).toBe(files);
  });

  it("the live year is refused until published", async () => {
    const viewer = await viewerOf("noivu@cchc.demo");
    await expect(
      issueAnnualReport({ prisma, viewer, now, storage }, { yearId: liveYearId, ...input }),
    ).rejects.toBeInstanceOf(YearNotPublishedError);
    expect(await prisma.annualReport.count({ where: { yearId: liveYearId } })).toBe(0);
  });

  it("the stored report cannot be changed (kept as issued)", async () => {
    await expect(
      prisma.annualReport.updateMany({ where: { yearId }, data: { number: "99/BC-UBND" } }),
    ).rejects.toThrow();
    expect((await prisma.annualReport.findUniqueOrThrow({ where: { yearId } })).number).toBe("05/BC-UBND");
  });

  it("a signer's two-line title prints as two lines", async () => {
    const file = await generateAnnualReport(prisma, yearId, "docx", { now, issue: input });
    const { paragraphs } = await openDocx(file.bytes);
    const at = paragraphs.indexOf("TM. ỦY BAN NHÂN DÂN");
    expect(paragraphs.slice(at + 1, at + 3)).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });
});

describe("numbers in the report", () => {
  it.each([
    [90, "90"],
    [100, "100"],
    [85.2, "85,2"],
    [85.25, "85,25"],
    [0, "0"],
    [70.1, "70,1"],
    // thousands grouped with a dot, as Vietnamese documents write them
    [1139, "1.139"],
    [10000, "10.000"],
  ])("%d → %s", (n, text) => {
    expect(viNumber(n)).toBe(text);
  });
});
