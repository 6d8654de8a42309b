// The annual report from the command line, for batch use (the same generator as the download):
//
//   npm run report -- --year 2021 --format docx|pdf|xlsx --out FILE [--authority phuoc-long]
//
// On the embedded database (CCHC_DATA_DIR/pglite, as `npm start`) unless DATABASE_URL is set; the
// database is only opened, never seeded. Once the year's report is issued, DOCX and PDF are written as
// issued (the stored bytes, from CCHC_DATA_DIR/files); otherwise generated now (a draft until the year
// is published). Exits 0 on success; 2 on bad arguments; 1 when the year does not exist, has no results
// or anything else fails, with a message in Vietnamese and English.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type PrismaClient, openDatabase } from "@cchc/db";
import { ANNUAL_REPORT_FORMATS, type AnnualReportFormat } from "@cchc/domain";
import { AppError, type FileStorage, folderStorage, readAnnualReport } from "@cchc/services";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const USAGE = "Cách dùng / usage: npm run report -- --year 2021 --format docx|pdf|xlsx --out FILE [--authority MÃ]";

export interface ReportCliDeps {
  open(): Promise<{ prisma: PrismaClient; close(): Promise<void> }>;
  storage: FileStorage;
  now: Date;
  out(line: string): void;
  err(line: string): void;
}

interface Args {
  year: number;
  format: AnnualReportFormat;
  out: string;
  authority: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  const named = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const m = /^--(year|format|out|authority)(?:=(.*))?$/.exec(a);
    if (!m) return `Tham số không hợp lệ / unknown argument: ${a}`;
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith("--")) return `Thiếu giá trị cho / missing value for --${m[1]}`;
    named.set(m[1] as string, value);
  }
  const year = Number(named.get("year"));
  if (!named.has("year") || !Number.isInteger(year) || year < 1900 || year > 9999)
    return "Cần --year là năm đánh giá, ví dụ 2021 / --year must be an evaluation year, e.g. 2021";
  const format = named.get("format") as AnnualReportFormat | undefined;
  if (!format || !ANNUAL_REPORT_FORMATS.includes(format))
    return "Cần --format là docx, pdf hoặc xlsx / --format must be docx, pdf or xlsx";
  const out = named.get("out");
  if (!out) return "Cần --out là tệp cần ghi / --out must name the file to write";
  return { year, format, out, authority: named.get("authority") ?? null };
}

/** Runs the command; answers the exit code. */
export async function reportCli(argv: readonly string[], deps: ReportCliDeps): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    deps.err(args);
    deps.err(USAGE);
    return 2;
  }
  const db = await deps.open();
  try {
    const years = await db.prisma.evaluationYear.findMany({
      where: { year: args.year, ...(args.authority ? { authority: { code: args.authority } } : {}) },
      select: { id: true, authority: { select: { code: true } } },
    });
    if (years.length === 0) {
      deps.err(
        `Không có năm đánh giá ${args.year}${args.authority ? ` của ${args.authority}` : ""} / no evaluation year ${args.year}${args.authority ? ` for ${args.authority}` : ""}`,
      );
      return 1;
    }
    if (years.length > 1) {
      deps.err(
        `Có nhiều cơ quan đánh giá năm ${args.year}, chọn bằng --authority (${years.map((y) => y.authority.code).join(", ")}) / several authorities: choose one with --authority`,
      );
      return 1;
    }
    const yearId = (years[0] as { id: string }).id;
    const [entries, snapshot] = [
      await db.prisma.scoreEntry.count({ where: { yearId } }),
      await db.prisma.resultSnapshot.findUnique({ where: { yearId }, select: { lockedAt: true } }),
    ];
    if (entries === 0 && !snapshot?.lockedAt) {
      deps.err(`Năm ${args.year} chưa có kết quả đánh giá / the year ${args.year} has no results yet`);
      return 1;
    }
    // the owner of the database: the command runs as Home Affairs would (annualReport.read)
    const file = await readAnnualReport(
      {
        prisma: db.prisma,
        viewer: { userId: "cli", roles: ["HOME_AFFAIRS"], unitId: null },
        now: deps.now,
        storage: deps.storage,
      },
      { yearId, format: args.format },
    );
    await writeFile(args.out, file.bytes);
    deps.out(
      `Đã ghi / wrote ${args.out} (${file.bytes.byteLength} bytes, ${file.issued ? "bản đã ban hành / as issued" : file.draft ? "dự thảo / draft" : "tạo mới / generated"})`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) deps.err(`${error.message} (${error.code})`);
    else deps.err(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.close();
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  const dataRoot = process.env.CCHC_DATA_DIR ?? path.join(ROOT, "data");
  const code = await reportCli(process.argv.slice(2), {
    open: async () => {
      const db = await openDatabase(url ? { url } : { dataDir: path.resolve(dataRoot, "pglite") });
      return { prisma: db.prisma, close: () => db.close() };
    },
    storage: folderStorage(path.resolve(dataRoot, "files")),
    now: new Date(),
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  });
  process.exit(code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
