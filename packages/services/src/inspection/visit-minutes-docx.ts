// The minutes of an inspection visit (biên bản kiểm tra) as a DOCX in the format of Decree
// 30/2020/NĐ-CP on clerical work (công tác văn thư), Appendix I:
// - A4 (210 × 297 mm); margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (here 20, 20,
//   30, 15 mm); Times New Roman, 13–14 pt body, black (TCVN 6909:2001 Unicode text);
// - the header in two blocks: left, the issuing body's parent in capitals and the issuing body in
//   bold capitals with a short line under it, then the number "Số: 05/BB-ĐKT"; right, the national
//   name "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold capitals and the motto "Độc lập - Tự do - Hạnh
//   phúc" in bold with a line under it, then the place and date line in italics with a zero before
//   days under 10 and months 1 and 2 (`placeDateLine` in @cchc/domain);
// - the document type "BIÊN BẢN" in bold capitals, centred, with its summary under it;
// - the body, paragraphs justified, spaced at least 6 pt;
// - the signature blocks (the inspected unit's representative and the team's lead) and the
//   recipients ("Nơi nhận:", bold italic 12 pt; each recipient a line in 11 pt starting with "-").
// Sources: summaries of the Decree's Appendix I at
// https://trademarkvn.com.vn/legal-updated/149-administrative/1581-latest-guidance-on-administrative-document-presentation-techniques.html
// (A4, Times New Roman, date padding), https://www.vietnam.vn/en/huong-dan-cach-viet-ngay-thang-nam-trong-van-ban-dung-chuan-nghi-dinh-30
// (the date line) and https://www.chanhvanphong.com/2023/11/mot-so-noi-dung-30-2020n-cong-tac-van-thu.html
// (paragraph spacing ≥ 6 pt, line spacing single to 1.5).
import { decreeDateParts, type IsoDate, placeDateLine } from "@cchc/domain";
import { Document, Packer, Paragraph } from "docx";
import {
  BODY_SIZE as BODY,
  body,
  centred,
  DECREE30_FONT,
  DECREE30_PAGE,
  decree30Page,
  HEADER_SIZE as HEADER,
  heading,
  lines,
  recipientLines,
  twoBlocks,
} from "../documents/decree30-docx.js";

export interface MinutesFinding {
  /** "2.1.3 — Niêm yết công khai TTHC" or null when no criterion was named */
  criterion: string | null;
  /** "Nghiêm trọng" … for a weakness; null for a good practice */
  severity: string | null;
  description: string;
}

export interface VisitMinutesData {
  /** the authority as printed in a header: "UBND THỊ XÃ PHƯỚC LONG" */
  headerName: string;
  /** the issuing body: "ĐOÀN KIỂM TRA CCHC" */
  issuer: string;
  /** "05/BB-ĐKT", or null for a draft without a number */
  number: string | null;
  /** the place of the date line: "Phước Long" */
  datePlace: string;
  /** the day the minutes are made */
  date: IsoDate;
  unitName: string;
  /** where the team worked */
  meetingPlace: string | null;
  /** "08 giờ 00" */
  startTime: string;
  team: ReadonlyArray<{ name: string; role: string; organization: string | null }>;
  leadName: string | null;
  summary: string | null;
  conclusions: string | null;
  weaknesses: readonly MinutesFinding[];
  goodPractices: readonly MinutesFinding[];
  recipients: readonly string[];
  /** a draft before the minutes are recorded (says so on top) */
  draft: boolean;
}

export const MINUTES_FONT = DECREE30_FONT;
export const MINUTES_PAGE = DECREE30_PAGE;

function findingLines(findings: readonly MinutesFinding[], none: string) {
  if (findings.length === 0) return [body(none, { italics: true })];
  return findings.map((f, i) => {
    const tags = [f.criterion ? `Tiêu chí ${f.criterion}` : null, f.severity ? `mức độ: ${f.severity}` : null]
      .filter(Boolean)
      .join("; ");
    const text = f.description.replace(/[.;\s]+$/u, "");
    return body(`${i + 1}. ${text}${tags ? ` (${tags})` : ""}.`);
  });
}

/** Builds the minutes document. */
export function visitMinutesDocument(d: VisitMinutesData): Document {
  const { day, month, year } = decreeDateParts(d.date);
  const header = twoBlocks(
    [
      centred(d.headerName.toLocaleUpperCase("vi"), { size: HEADER }),
      centred(d.issuer.toLocaleUpperCase("vi"), { bold: true, underline: true, size: HEADER }, 120),
      centred(`Số: ${d.number ?? "……/BB-ĐKT"}`, { size: HEADER }),
    ],
    [
      centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: HEADER }),
      centred("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: BODY }, 120),
      centred(placeDateLine(d.datePlace, d.date), { italics: true, size: BODY }),
    ],
  );

  const team = d.team.length
    ? d.team.map((m) => body(`- Ông/Bà ${m.name}, ${m.role}${m.organization ? ` (${m.organization})` : ""};`, {}))
    : [body("- (chưa có thành viên đoàn kiểm tra)", { italics: true })];

  const signatures = twoBlocks(
    [
      centred("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", { bold: true }),
      centred("(Ký, ghi rõ họ tên, đóng dấu)", { italics: true }, 1400),
    ],
    [
      centred("TRƯỞNG ĐOÀN KIỂM TRA", { bold: true }),
      centred("(Ký, ghi rõ họ tên)", { italics: true }, 1400),
      centred(d.leadName ?? "", { bold: true }),
    ],
    50,
  );

  const recipients = recipientLines(d.recipients);

  return new Document({
    creator: d.issuer,
    title: `Biên bản kiểm tra CCHC - ${d.unitName}`,
    styles: {
      default: { document: { run: { font: MINUTES_FONT, size: BODY } } },
    },
    sections: [
      {
        properties: {
          page: decree30Page(),
        },
        children: [
          ...(d.draft ? [centred("DỰ THẢO", { bold: true, italics: true, size: 24 }, 120)] : []),
          header,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centred("BIÊN BẢN", { bold: true }),
          centred("Kiểm tra công tác cải cách hành chính", { bold: true }),
          centred(`tại ${d.unitName}`, { bold: true }, 240),
          body(
            `Vào lúc ${d.startTime}, ngày ${day} tháng ${month} năm ${year}` +
              `${d.meetingPlace ? `, tại ${d.meetingPlace}` : ""}, Đoàn kiểm tra công tác cải cách hành chính ` +
              `tiến hành kiểm tra tại ${d.unitName}.`,
          ),
          heading("I. THÀNH PHẦN"),
          body("1. Đoàn kiểm tra:", { bold: true }),
          ...team,
          body(`2. Đại diện ${d.unitName}:`, { bold: true }),
          body("- Ông/Bà ………………………………, chức vụ ………………………………"),
          heading("II. NỘI DUNG KIỂM TRA"),
          ...lines(d.summary, "Đoàn kiểm tra làm việc với đơn vị theo phạm vi kiểm tra đã thông báo."),
          heading("III. KẾT QUẢ KIỂM TRA"),
          body("1. Tồn tại, hạn chế:", { bold: true }),
          ...findingLines(d.weaknesses, "Không ghi nhận tồn tại, hạn chế."),
          body("2. Mô hình, cách làm hay:", { bold: true }),
          ...findingLines(d.goodPractices, "Không ghi nhận mô hình, cách làm hay."),
          heading("IV. KẾT LUẬN VÀ KIẾN NGHỊ"),
          ...lines(d.conclusions, "……………………………………………………………………"),
          body(
            "Biên bản được lập thành 02 bản có giá trị pháp lý như nhau, đoàn kiểm tra giữ 01 bản, đơn vị được " +
              "kiểm tra giữ 01 bản; các bên đã đọc lại và thống nhất ký tên dưới đây.",
          ),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          signatures,
          ...recipients,
        ],
      },
    ],
  });
}

/** The minutes as DOCX bytes. */
export async function visitMinutesDocx(d: VisitMinutesData): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(visitMinutesDocument(d)));
}

export { DOCX_MIME } from "../documents/decree30-docx.js";
