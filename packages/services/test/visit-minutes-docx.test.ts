// The minutes DOCX opened as a word processor would: the package's word/document.xml and styles, checked
// against the Decree 30/2020/NĐ-CP items (A4, margins, Times New Roman, the two header blocks, number,
// place and date line, title, findings, conclusions, signature blocks, recipients).
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { MINUTES_PAGE, visitMinutesDocx, type VisitMinutesData } from "../src/inspection/visit-minutes-docx.js";

const DATA: VisitMinutesData = {
  headerName: "UBND THỊ XÃ PHƯỚC LONG",
  issuer: "ĐOÀN KIỂM TRA CCHC",
  number: "05/BB-ĐKT",
  datePlace: "Phước Long",
  date: "2021-10-05",
  unitName: "Phòng Tư pháp",
  meetingPlace: "Trụ sở Phòng Tư pháp",
  startTime: "08 giờ 00",
  team: [
    { name: "Nguyễn Văn Kiểm", role: "Trưởng đoàn", organization: null },
    { name: "Trần Thị Tra", role: "Thành viên", organization: "Sở Nội vụ" },
  ],
  leadName: "Nguyễn Văn Kiểm",
  summary: "Làm việc với lãnh đạo đơn vị.\nKiểm tra hồ sơ TTHC.",
  conclusions: "Đơn vị thực hiện tốt công tác CCHC.",
  weaknesses: [{ criterion: "2.1.1 Niêm yết TTHC", severity: "Cao", description: "Chưa niêm yết đủ TTHC." }],
  goodPractices: [{ criterion: null, severity: null, description: "Mô hình một cửa thân thiện" }],
  recipients: ["Phòng Tư pháp;", "Phòng Nội vụ (để theo dõi);", "Lưu: VT, ĐKT."],
  draft: false,
};

async function open(data: VisitMinutesData) {
  const zip = await JSZip.loadAsync(await visitMinutesDocx(data));
  const document = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  /** The visible text, paragraph by paragraph. */
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
  return { document, styles, paragraphs };
}

const TWIP_PER_MM = 1440 / 25.4;
const mm = (twip: number) => twip / TWIP_PER_MM;

describe("the minutes DOCX (Decree 30/2020/NĐ-CP)", () => {
  it("is A4 with the decree's margins", async () => {
    const { document } = await open(DATA);
    expect(document).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    const get = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect(mm(get("top"))).toBeGreaterThanOrEqual(19.9);
    expect(mm(get("top"))).toBeLessThanOrEqual(25.1);
    expect(mm(get("bottom"))).toBeGreaterThanOrEqual(19.9);
    expect(mm(get("bottom"))).toBeLessThanOrEqual(25.1);
    expect(mm(get("left"))).toBeGreaterThanOrEqual(29.9);
    expect(mm(get("left"))).toBeLessThanOrEqual(35.1);
    expect(mm(get("right"))).toBeGreaterThanOrEqual(14.9);
    expect(mm(get("right"))).toBeLessThanOrEqual(20.1);
    expect(MINUTES_PAGE.widthTwip).toBe(11906);
  });

  it("is set in Times New Roman, 13–14 pt for the body", async () => {
    const { document, styles } = await open(DATA);
    expect(styles).toContain('w:ascii="Times New Roman"');
    const fonts = new Set([...document.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    const sizes = [...document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
    expect(sizes.filter((s) => s >= 13 && s <= 14).length).toBeGreaterThan(sizes.length / 2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  it("has the two header blocks, the number and the place and date line", async () => {
    const { paragraphs, document } = await open(DATA);
    const at = (text: string) => paragraphs.indexOf(text);
    for (const line of [
      "UBND THỊ XÃ PHƯỚC LONG",
      "ĐOÀN KIỂM TRA CCHC",
      "Số: 05/BB-ĐKT",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Phước Long, ngày 05 tháng 10 năm 2021",
      "BIÊN BẢN",
    ]) {
      expect(at(line), line).toBeGreaterThanOrEqual(0);
    }
    // left block above the right one (a table's first cell), the title after both
    expect(at("ĐOÀN KIỂM TRA CCHC")).toBeLessThan(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    expect(at("Phước Long, ngày 05 tháng 10 năm 2021")).toBeLessThan(at("BIÊN BẢN"));
    // the issuing body and the motto bold and underlined; the national name bold
    const run = (text: string) => new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?<w:t[^>]*>${text}</w:t>`).exec(document)![0];
    for (const text of ["ĐOÀN KIỂM TRA CCHC", "Độc lập - Tự do - Hạnh phúc"]) {
      expect(run(text)).toContain("<w:b/>");
      expect(run(text)).toMatch(/<w:u w:val="single"\/>/);
    }
    expect(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toContain("<w:b/>");
    expect(run("Phước Long, ngày 05 tháng 10 năm 2021")).toContain("<w:i/>");
  });

  it("lists the team, the findings by kind and the conclusions", async () => {
    const { paragraphs } = await open(DATA);
    const text = paragraphs.join("\n");
    expect(text).toContain("- Ông/Bà Nguyễn Văn Kiểm, Trưởng đoàn;");
    expect(text).toContain("- Ông/Bà Trần Thị Tra, Thành viên (Sở Nội vụ);");
    expect(text).toContain("1. Chưa niêm yết đủ TTHC (Tiêu chí 2.1.1 Niêm yết TTHC; mức độ: Cao).");
    expect(text).toContain("1. Mô hình một cửa thân thiện.");
    expect(text).toContain("Đơn vị thực hiện tốt công tác CCHC.");
    expect(text).toContain("Vào lúc 08 giờ 00, ngày 05 tháng 10 năm 2021, tại Trụ sở Phòng Tư pháp");
    expect(text.indexOf("1. Tồn tại, hạn chế:")).toBeLessThan(text.indexOf("2. Mô hình, cách làm hay:"));
    expect(text).not.toContain("DỰ THẢO");
  });

  it("ends with the signature blocks and the recipients", async () => {
    const { paragraphs } = await open(DATA);
    const at = (t: string) => paragraphs.indexOf(t);
    expect(at("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA")).toBeGreaterThan(at("BIÊN BẢN"));
    expect(at("TRƯỞNG ĐOÀN KIỂM TRA")).toBeGreaterThan(at("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"));
    expect(at("Nguyễn Văn Kiểm")).toBeGreaterThan(at("TRƯỞNG ĐOÀN KIỂM TRA"));
    expect(at("Nơi nhận:")).toBeGreaterThan(at("TRƯỞNG ĐOÀN KIỂM TRA"));
    expect(paragraphs.slice(at("Nơi nhận:") + 1)).toEqual([
      "- Phòng Tư pháp;",
      "- Phòng Nội vụ (để theo dõi);",
      "- Lưu: VT, ĐKT.",
    ]);
  });

  it("a draft says so and leaves the number to be filled", async () => {
    const { paragraphs } = await open({ ...DATA, draft: true, number: null, weaknesses: [], date: "2022-02-03" });
    expect(paragraphs[0]).toBe("DỰ THẢO");
    expect(paragraphs).toContain("Số: ……/BB-ĐKT");
    expect(paragraphs).toContain("Phước Long, ngày 03 tháng 02 năm 2022");
    expect(paragraphs).toContain("Không ghi nhận tồn tại, hạn chế.");
  });
});
