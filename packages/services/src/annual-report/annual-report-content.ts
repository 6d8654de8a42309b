// The annual report's content, once, for both renderers (annual-report-docx.ts, annual-report-pdf.ts):
// the header's fields, the title, the body as blocks (headings, paragraphs, tables, bar charts), the
// signature and the recipients. Wording follows published reports of this kind ("trong số … cơ quan,
// đơn vị thuộc đối tượng đánh giá, có … đơn vị xếp loại …").
import { formatDateVi, type IsoDate, toLocalIsoDate } from "@cchc/domain";
import { type BarChart, tierColor, viNumber } from "../documents/bar-chart.js";
import type { AnnualReportData } from "./annual-report-data.js";

/** What issuing adds: the number, the date, the signer, the recipients. */
export interface AnnualReportIssue {
  number: string;
  issuedOn: IsoDate;
  signerName: string;
  signerTitle: string;
  recipients: readonly string[];
}

export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "para"; text: string; italics?: boolean }
  | {
      kind: "table";
      columns: ReadonlyArray<{ title: string; width: number; align: "left" | "center" | "right" }>;
      rows: string[][];
    }
  | { kind: "chart"; chart: BarChart };

export interface AnnualReportContent {
  draft: boolean;
  /** the issuing body's lines in the header ("ỦY BAN NHÂN DÂN", "THỊ XÃ PHƯỚC LONG") */
  bodyLines: string[];
  number: string;
  place: string;
  date: IsoDate;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  signature: { tm: string; title: string; name: string };
  recipients: string[];
  /** the document's title property */
  documentTitle: string;
}

/** Recipients of a draft, until someone issues it with their own. */
export function defaultRecipients(authorityName: string): string[] {
  return [
    "UBND tỉnh (để báo cáo)",
    "Sở Nội vụ (để báo cáo)",
    `Thường trực ${authorityName.replace(/^UBND\s+/iu, "HĐND ")}`,
    "Chủ tịch, các Phó Chủ tịch UBND",
    "Các cơ quan, đơn vị được đánh giá",
    "Lưu: VT",
  ];
}

/** "UBND THỊ XÃ PHƯỚC LONG" → ["ỦY BAN NHÂN DÂN", "THỊ XÃ PHƯỚC LONG"]; any other name as one line. */
export function issuingBodyLines(headerName: string): string[] {
  const m = /^(?:UBND|ỦY BAN NHÂN DÂN)\s+(.+)$/iu.exec(headerName.trim());
  return m?.[1] ? ["ỦY BAN NHÂN DÂN", m[1].toLocaleUpperCase("vi")] : [headerName.toLocaleUpperCase("vi")];
}

const pct = (n: number | null) => (n === null ? "—" : `${viNumber(n)}%`);
/** Index per unit as bars when a unit type has at most this many units; else its tier counts. */
const BARS_PER_UNIT_MAX = 40;

export function annualReportContent(
  d: AnnualReportData,
  issue: AnnualReportIssue | null,
  now: Date,
): AnnualReportContent {
  const blocks: ReportBlock[] = [];
  const h = (text: string) => blocks.push({ kind: "heading", text });
  const sh = (text: string) => blocks.push({ kind: "subheading", text });
  const p = (text: string, italics = false) => blocks.push({ kind: "para", text, italics });
  const authorityShort = d.authority.name;

  p(
    `Thực hiện Kế hoạch cải cách hành chính năm ${d.year} và Bộ tiêu chí đánh giá, xếp loại công tác cải cách ` +
      `hành chính của các cơ quan, đơn vị, ${authorityShort} báo cáo kết quả đánh giá, xếp loại công tác cải ` +
      `cách hành chính năm ${d.year} như sau:`,
  );
  if (d.draft) p("(Dự thảo: kết quả chưa được công bố, số liệu có thể thay đổi.)", true);

  // I. general result
  h("I. KẾT QUẢ CHUNG");
  const tierText = d.tierCounts
    .filter((t) => t.count > 0)
    .map((t) => `${t.count} đơn vị xếp loại ${t.nameVi}`)
    .join("; ");
  const all = d.groups.flatMap((g) => g.rows.map((r) => r.index));
  const average = all.length ? all.reduce((a, b) => a + b, 0) / all.length : null;
  p(
    d.unitsRanked
      ? `Trong số ${d.unitsRanked} cơ quan, đơn vị thuộc đối tượng đánh giá, có ${tierText}. ` +
          `Chỉ số cải cách hành chính bình quân đạt ${pct(average === null ? null : Math.round(average * 100) / 100)}.`
      : "Chưa có cơ quan, đơn vị nào được chấm điểm trong năm.",
  );
  for (const g of d.groups) {
    const best = g.rows[0];
    p(
      `- Khối ${g.name}: ${g.rows.length} đơn vị, chỉ số bình quân ${pct(g.average)}` +
        (best ? `; dẫn đầu là ${best.unitName} (${pct(best.index)}).` : "."),
    );
  }

  // II. per area
  h("II. KẾT QUẢ THEO TỪNG LĨNH VỰC");
  d.areas.forEach((a, i) => {
    p(
      `${i + 1}. ${a.name}: chỉ số bình quân ${pct(a.average)}` +
        (a.units ? ` (${a.units} đơn vị được đánh giá).` : " (chưa có đơn vị được đánh giá)."),
    );
  });
  blocks.push({
    kind: "chart",
    chart: {
      title: "Biểu đồ 1. Chỉ số bình quân theo lĩnh vực (%)",
      bars: d.areas.map((a) => ({ label: `${a.code}. ${a.name}`, value: a.average })),
      max: 100,
    },
  });

  // III. ranking
  h("III. BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
  let chartNo = 2;
  d.groups.forEach((g, gi) => {
    sh(`${gi + 1}. Khối ${g.name}`);
    blocks.push({
      kind: "table",
      columns: [
        { title: "STT", width: 8, align: "center" },
        { title: "Tên đơn vị", width: 48, align: "left" },
        { title: "Điểm", width: 14, align: "right" },
        { title: "Chỉ số", width: 14, align: "right" },
        { title: "Xếp loại", width: 16, align: "center" },
      ],
      rows: g.rows.map((r) => [
        String(r.rank),
        r.unitName,
        `${viNumber(r.points)}/${viNumber(r.maxPoints)}`,
        `${viNumber(r.index)}%`,
        r.tier.nameVi,
      ]),
    });
    const tierPos = new Map(d.tiers.map((t, i) => [t.code, i]));
    blocks.push({
      kind: "chart",
      chart:
        g.rows.length <= BARS_PER_UNIT_MAX
          ? {
              title: `Biểu đồ ${chartNo}. Chỉ số CCHC khối ${g.name} (%)`,
              bars: g.rows.map((r) => ({
                label: r.unitName,
                value: r.index,
                color: tierColor(tierPos.get(r.tier.code) ?? 0, d.tiers.length),
              })),
              max: 100,
            }
          : {
              title: `Biểu đồ ${chartNo}. Số đơn vị theo xếp loại, khối ${g.name}`,
              bars: d.tiers.map((t, i) => ({
                label: t.nameVi,
                value: g.rows.filter((r) => r.tier.code === t.code).length,
                color: tierColor(i, d.tiers.length),
              })),
              max: Math.max(1, g.rows.length),
            },
    });
    chartNo++;
  });

  // IV. satisfaction
  h("IV. KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC");
  const s = d.satisfaction;
  if (!s) p("Trong năm chưa có kết quả khảo sát sự hài lòng của người dân, tổ chức.");
  else {
    p(
      `Theo ${s.title}, tỷ lệ hài lòng chung đạt ${pct(s.overall.rate)} trên ${s.overall.valid} câu trả lời hợp lệ ` +
        `(mục tiêu: trên ${viNumber(s.targetPercent)}%): ${s.overall.meetsTarget ? "đạt" : "chưa đạt"} mục tiêu.`,
    );
    blocks.push({
      kind: "table",
      columns: [
        { title: "STT", width: 8, align: "center" },
        { title: "Tiêu chí", width: 52, align: "left" },
        { title: "Tỷ lệ hài lòng", width: 16, align: "right" },
        { title: "Mục tiêu", width: 12, align: "right" },
        { title: "Đánh giá", width: 12, align: "center" },
      ],
      rows: s.aspects.map((a, i) => [
        String(i + 1),
        a.name,
        pct(a.rate),
        `> ${viNumber(s.targetPercent)}%`,
        a.meetsTarget === null ? "—" : a.meetsTarget ? "Đạt" : "Chưa đạt",
      ]),
    });
    blocks.push({
      kind: "chart",
      chart: {
        title: `Biểu đồ ${chartNo}. Tỷ lệ hài lòng theo tiêu chí (%)`,
        bars: s.aspects.map((a) => ({
          label: a.name,
          value: a.rate,
          color: a.meetsTarget ? "#1e8449" : "#c0392b",
        })),
        max: 100,
        target: { value: s.targetPercent, label: `Mục tiêu ${viNumber(s.targetPercent)}%` },
      },
    });
  }

  // V. inspection
  h("V. KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
  const ins = d.inspection;
  p(
    `Trong năm đã tiến hành ${ins.visitsConcluded}/${ins.visitsPlanned} cuộc kiểm tra theo kế hoạch; ` +
      `phát hiện ${ins.weaknesses} tồn tại, hạn chế và ghi nhận ${ins.goodPractices} mô hình, cách làm hay. ` +
      (ins.actions.total
        ? `Đã giao ${ins.actions.total} hành động khắc phục: ${ins.actions.verified} đã xác minh hoàn thành, ` +
          `${ins.actions.submitted} đang chờ xác minh, ${ins.actions.open} chưa khắc phục` +
          (ins.actions.overdue ? `, trong đó ${ins.actions.overdue} quá hạn.` : ".")
        : "Không có hành động khắc phục phải thực hiện."),
  );
  for (const v of ins.visits.slice(0, 50)) {
    p(
      `- ${v.unitName} (ngày ${formatDateVi(v.date)}): ${v.weaknesses} tồn tại, hạn chế; ${v.goodPractices} mô hình, cách làm hay.` +
        (v.conclusions ? ` Kết luận: ${v.conclusions.replace(/\s+/gu, " ").trim()}` : ""),
    );
  }

  // VI. periodic reports
  h("VI. VIỆC THỰC HIỆN CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ");
  const t = d.reports.totals;
  p(
    d.reports.periods
      ? `Trong ${d.reports.periods} kỳ báo cáo của ${d.reports.units} cơ quan, đơn vị: ${t.onTime} báo cáo đúng hạn, ` +
          `${t.late} báo cáo trễ hạn, ${t.missing} báo cáo không gửi` +
          (t.pending ? `, ${t.pending} báo cáo chưa đến hạn` : "") +
          ". Báo cáo gửi trễ hạn được tính là không báo cáo."
      : "Năm đánh giá chưa có kỳ báo cáo định kỳ.",
  );

  // VII. proposals
  h("VII. ĐỀ XUẤT KHEN THƯỞNG, PHÊ BÌNH");
  sh("1. Đề nghị khen thưởng");
  if (!d.proposals.commendation.length) p("Không có đơn vị đủ điều kiện đề nghị khen thưởng.");
  for (const c of d.proposals.commendation) p(`- ${c.unitName} (${pct(c.index)}): ${c.reasons.join("; ")}.`);
  sh("2. Đề nghị phê bình");
  if (!d.proposals.criticism.length) p("Không có đơn vị phải phê bình.");
  for (const c of d.proposals.criticism) p(`- ${c.unitName} (${pct(c.index)}): ${c.reasons.join("; ")}.`);

  h("VIII. NHIỆM VỤ TRỌNG TÂM NĂM TIẾP THEO");
  p(
    "Các cơ quan, đơn vị căn cứ kết quả đánh giá, xếp loại để xây dựng kế hoạch khắc phục tồn tại, hạn chế; " +
      "nhân rộng các mô hình, cách làm hay; bảo đảm chế độ báo cáo định kỳ đúng hạn và nâng cao mức độ hài lòng " +
      "của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
  );
  p(
    `Trên đây là báo cáo kết quả đánh giá, xếp loại công tác cải cách hành chính năm ${d.year} của ${authorityShort}./.`,
  );

  return {
    draft: d.draft,
    bodyLines: issuingBodyLines(d.authority.headerName),
    number: issue?.number ?? "……/BC-UBND",
    place: d.authority.place,
    date: issue?.issuedOn ?? toLocalIsoDate(now),
    title: "BÁO CÁO",
    subtitle: `Kết quả đánh giá, xếp loại công tác cải cách hành chính năm ${d.year}`,
    blocks,
    signature: { tm: "TM. ỦY BAN NHÂN DÂN", title: issue?.signerTitle ?? "CHỦ TỊCH", name: issue?.signerName ?? "" },
    recipients: [...(issue?.recipients ?? defaultRecipients(d.authority.name))],
    documentTitle: `Báo cáo kết quả đánh giá, xếp loại CCHC năm ${d.year}`,
  };
}
