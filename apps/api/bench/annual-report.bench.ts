/**
 * Annual report benchmark: the time to generate the year's report (data loaded once, then DOCX, PDF
 * and XLSX rendered) for the 20-unit sample year (2021, published: the snapshot) and for a generated
 * year of 10,000 scored units (live: the ranking computed cold, then the same with the ranking cached),
 * on PGlite in a temporary folder, in this process. Goals (issue #12): under 0.5 s for the sample year
 * and under 10 s for 10,000 units, per format. Prints a table and a final JSON line; figures only.
 *
 * Settings (env): BENCH_REPORT_UNITS=10000.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, openPGlite, pgliteExecutor } from "@cchc/db";
import { seedSampleYear } from "@cchc/db/seed";
import { generateYear } from "@cchc/db/testing";
import type { AnnualReportFormat } from "@cchc/domain";
import { folderStorage, loadAnnualReportData, renderAnnualReport, seedSampleCycle } from "@cchc/services";

const UNITS = Number(process.env.BENCH_REPORT_UNITS ?? 10_000);
const FORMATS: AnnualReportFormat[] = ["docx", "pdf", "xlsx"];

interface Row {
  year: string;
  units: number;
  format: AnnualReportFormat | "data" | "data+leaves";
  ms: number;
  bytes: number;
  goalMs: number;
}

const ms = (t0: number) => Math.round(performance.now() - t0);

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-report-"));
  const lite = openPGlite(path.join(dir, "pglite"));
  const db = await openDatabase({ pglite: lite, env: {} });
  const rows: Row[] = [];
  try {
    await seedSampleYear(db.prisma);
    const now = new Date();
    console.log("seeding the sample cycle…");
    await seedSampleCycle(db.prisma, { now, storage: folderStorage(path.join(dir, "files")) });
    const sample = await db.prisma.evaluationYear.findFirstOrThrow({ where: { year: 2021 }, select: { id: true } });
    console.log(`generating ${UNITS} units…`);
    const generated = await generateYear(db.prisma, pgliteExecutor(lite), { units: UNITS, log: () => undefined });

    // as the download does: DOCX and PDF from the data without leaf scores, XLSX from the data with them
    const measure = async (label: string, yearId: string, goalMs: number) => {
      for (const leaves of [false, true]) {
        let t0 = performance.now();
        const data = await loadAnnualReportData(db.prisma, yearId, { now, leaves });
        const units = data.unitsRanked;
        rows.push({ year: label, units, format: leaves ? "data+leaves" : "data", ms: ms(t0), bytes: 0, goalMs });
        for (const format of FORMATS.filter((f) => (f === "xlsx") === leaves)) {
          t0 = performance.now();
          const file = await renderAnnualReport(data, format, { now });
          rows.push({ year: label, units, format, ms: ms(t0), bytes: file.bytes.byteLength, goalMs });
        }
      }
    };
    // warm-up (fonts read, modules compiled) on the sample, then measured
    await measure("warm-up", sample.id, 500);
    rows.length = 0;
    await measure("2021 (sample, published)", sample.id, 500);
    await measure(`${generated.year} (generated, ranking cold)`, generated.yearId, 10_000);
    await measure(`${generated.year} (generated, ranking cached)`, generated.yearId, 10_000);
  } finally {
    await db.close();
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log("\nAnnual report generation (PGlite, this process):");
  console.log(
    ["year".padEnd(36), "units".padStart(6), "step".padStart(11), "ms".padStart(7), "bytes".padStart(10)].join(" "),
  );
  for (const r of rows) {
    console.log(
      [
        r.year.padEnd(36),
        String(r.units).padStart(6),
        r.format.padStart(11),
        String(r.ms).padStart(7),
        String(r.bytes).padStart(10),
      ].join(" "),
    );
  }
  const totals = new Map<string, { ms: number; goalMs: number; units: number }>();
  for (const r of rows) {
    const t = totals.get(r.year) ?? { ms: 0, goalMs: r.goalMs, units: r.units };
    t.ms += r.ms;
    totals.set(r.year, t);
  }
  for (const [year, t] of totals) {
    const of = (f: string) => rows.find((r) => r.year === year && r.format === f)?.ms ?? 0;
    const per = { docx: of("data") + of("docx"), pdf: of("data") + of("pdf"), xlsx: of("data+leaves") + of("xlsx") };
    const worst = Math.max(per.docx, per.pdf, per.xlsx);
    console.log(
      `${year}: per report (data + render) DOCX ${per.docx} ms, PDF ${per.pdf} ms, XLSX ${per.xlsx} ms (goal < ${t.goalMs} ms: ${worst < t.goalMs ? "met" : "NOT met"})`,
    );
  }
  console.log(JSON.stringify({ bench: "annual-report", rows }));
}

await main();
