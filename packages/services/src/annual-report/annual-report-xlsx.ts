// The year's rankings as XLSX: sheet "Xếp hạng" with one row per ranked unit, grouped by unit type (the
// ranking's order: type, then rank), its points, index, tier, the sub-index of each area, then the
// points of every leaf (a column per leaf, in framework order; empty where the leaf does not apply);
// sheet "Tiêu chí" names each leaf column (code, name, maximum points). Written with exceljs' streaming
// writer (a 10,000-unit year has half a million cells).
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { AnnualReportData } from "./annual-report-data.js";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function annualReportXlsx(d: AnnualReportData): Promise<Uint8Array> {
  if (!d.leaves) throw new RangeError("annualReportXlsx: load the data with { leaves: true }");
  const leaves = d.leaves;
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (b: Buffer) => chunks.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = d.authority.name;
  wb.title = `Xếp hạng CCHC năm ${d.year}`;

  const ws = wb.addWorksheet("Xếp hạng", { views: [{ state: "frozen", xSplit: 4, ySplit: 1 }] });
  const fixed = [
    { header: "Khối", key: "type", width: 24 },
    { header: "Thứ hạng", key: "rank", width: 9 },
    { header: "Mã đơn vị", key: "code", width: 14 },
    { header: "Tên đơn vị", key: "name", width: 40 },
    { header: "Điểm", key: "points", width: 9 },
    { header: "Điểm tối đa", key: "max", width: 11 },
    { header: "Điểm thưởng", key: "bonus", width: 11 },
    { header: "Điểm trừ", key: "penalty", width: 9 },
    { header: "Chỉ số (%)", key: "index", width: 10 },
    { header: "Xếp loại", key: "tier", width: 12 },
  ];
  ws.columns = [
    ...fixed,
    ...d.areas.map((a) => ({ header: `Lĩnh vực ${a.code} (%)`, key: `area_${a.code}`, width: 12 })),
    ...leaves.nodes.map((n) => ({ header: n.code, key: `leaf_${n.code}`, width: 8 })),
  ];
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  head.commit();
  for (const g of d.groups) {
    for (const r of g.rows) {
      const area = new Map(r.areaIndices.map((a) => [a.areaCode, a.index]));
      const points = leaves.points.get(r.unitId) ?? [];
      ws.addRow([
        g.name,
        r.rank,
        r.unitCode,
        r.unitName,
        r.points,
        r.maxPoints,
        r.bonus,
        r.penalty,
        r.index,
        r.tier.nameVi,
        ...d.areas.map((a) => area.get(a.code) ?? null),
        ...leaves.nodes.map((_, i) => points[i] ?? null),
      ]).commit();
    }
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: fixed.length + d.areas.length + leaves.nodes.length },
  };
  ws.commit();

  const legend = wb.addWorksheet("Tiêu chí");
  legend.columns = [
    { header: "Mã", key: "code", width: 10 },
    { header: "Tiêu chí thành phần", key: "name", width: 80 },
    { header: "Điểm tối đa", key: "max", width: 12 },
  ];
  legend.getRow(1).font = { bold: true };
  for (const n of leaves.nodes) legend.addRow([n.code, n.name, n.maxPoints]).commit();
  legend.commit();
  await wb.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
