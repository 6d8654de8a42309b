// The annual report through the API: the issued record on EvaluationYear, the downloads (issued files
// served byte for byte, drafts generated, 401/403/404 as JSON in Vietnamese), and issueAnnualReport's
// refusals (issued already, not published, bad input, not allowed), on the sample cycle.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sampleYear } from "@cchc/db/testing";
import { type FileStorage, folderStorage, seedSampleCycle } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCli } from "../src/report-cli.js";
import { type Harness, startHarness } from "./harness.js";

const now = new Date("2026-11-28T03:00:00Z");
let h: Harness;
let dir: string;
let storage: FileStorage;
let yearId: string;
let liveYearId: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cchc-annual-api-"));
  storage = folderStorage(dir);
  h = await startHarness({ now, storage });
  yearId = (await sampleYear(h.db.prisma)).year.id;
  const cycle = await seedSampleCycle(h.db.prisma, { now, storage });
  if (!cycle.created) throw new Error("no sample cycle");
  liveYearId = cycle.liveYearId;
  for (const who of ["lanhdao", "noivu", "admin", "tuphap", "kiemtra"])
    cookies[who] = await h.login(`${who}@cchc.demo`);
}, 300_000);
afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const YEAR = `query($id: ID!) { evaluationYear(id: $id) {
  status viewerCanIssueAnnualReport
  annualReport { number issuedOn signerName signerTitle recipients issuedByName docxUrl pdfUrl }
  annualReportDownloads { draft docxUrl pdfUrl xlsxUrl }
} }`;

const ISSUE = `mutation($input: IssueAnnualReportInput!) { issueAnnualReport(input: $input) {
  __typename
  ... on Error { code message }
  ... on ValidationError { problems { field code message } }
  ... on IssueAnnualReportSuccess { year { id annualReport { number } } }
} }`;

const get = (url: string, cookie?: string) => fetch(`${h.app.url}${url}`, { headers: cookie ? { cookie } : {} });

describe("EvaluationYear.annualReport", () => {
  it("shows the issued 2021 report (05/BC-UBND, 05/01/2022) to leadership, in a fixed number of statements", async () => {
    h.db.statements.length = 0;
    const res = await h.gql<{ evaluationYear: Record<string, unknown> }>(YEAR, { id: yearId }, cookies.lanhdao);
    const selects = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    expect(selects).toBeLessThanOrEqual(6);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.evaluationYear).toMatchObject({
      status: "PUBLISHED",
      viewerCanIssueAnnualReport: false,
      annualReport: {
        number: "05/BC-UBND",
        issuedOn: "2022-01-05",
        signerTitle: "CHỦ TỊCH",
        docxUrl: `/reports/annual/${yearId}.docx`,
      },
      annualReportDownloads: { draft: false, xlsxUrl: `/reports/annual/${yearId}.xlsx` },
    });
  });

  it("the live year has no report yet and its downloads are drafts; a unit officer sees neither", async () => {
    const live = await h.gql<{ evaluationYear: Record<string, unknown> }>(YEAR, { id: liveYearId }, cookies.noivu);
    expect(live.body.data?.evaluationYear).toMatchObject({
      annualReport: null,
      viewerCanIssueAnnualReport: false,
      annualReportDownloads: { draft: true },
    });
    const officer = await h.gql<{ evaluationYear: Record<string, unknown> }>(YEAR, { id: yearId }, cookies.tuphap);
    expect(officer.body.data?.evaluationYear).toMatchObject({ annualReport: null, annualReportDownloads: null });
  });
});

describe("GET /reports/annual/:yearId.(docx|pdf|xlsx)", () => {
  it("serves the issued DOCX and PDF byte for byte (SHA-256 of the stored file)", async () => {
    const issued = await h.db.prisma.annualReport.findUniqueOrThrow({
      where: { yearId },
      include: { docxFile: true, pdfFile: true },
    });
    for (const [ext, file] of [
      ["docx", issued.docxFile],
      ["pdf", issued.pdfFile!],
    ] as const) {
      const res = await get(`/reports/annual/${yearId}.${ext}`, cookies.lanhdao);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-report-issued")).toBe("1");
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="bao-cao-cchc-2021.${ext}"; filename*=UTF-8''bao-cao-cchc-2021.${ext}`,
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
    }
  });

  it("generates the XLSX, and a draft for the live year", async () => {
    const xlsx = await get(`/reports/annual/${yearId}.xlsx`, cookies.admin);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const pdf = await get(`/reports/annual/${liveYearId}.pdf`, cookies.noivu);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("x-report-issued")).toBe("0");
    expect(pdf.headers.get("content-disposition")).toContain("bao-cao-cchc-2026-du-thao.pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("refuses as JSON: 401 signed out, 403 for a unit officer or an inspector, 404 for an unknown year", async () => {
    const anon = await get(`/reports/annual/${yearId}.docx`);
    expect(anon.status).toBe(401);
    for (const who of ["tuphap", "kiemtra"]) {
      const res = await get(`/reports/annual/${yearId}.pdf`, cookies[who]);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/quyền/) } });
    }
    const missing = await get(`/reports/annual/khong-co-nam.docx`, cookies.noivu);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      error: { code: "NOT_FOUND", message: "Không tìm thấy năm đánh giá." },
    });
    expect((await get(`/reports/annual/${yearId}.exe`, cookies.noivu)).status).toBe(404);
    expect(h.errors).toEqual([]);
  });
});

describe("issueAnnualReport", () => {
  const input = (patch: Record<string, unknown> = {}) => ({
    yearId,
    number: "06/BC-UBND",
    issuedOn: "2022-01-06",
    signerName: "Người Ký",
    signerTitle: "CHỦ TỊCH",
    recipients: ["Lưu: VT."],
    ...patch,
  });

  it("refuses a second issue of 2021 and keeps the first", async () => {
    const res = await h.gql<{ issueAnnualReport: Record<string, unknown> }>(ISSUE, { input: input() }, cookies.noivu);
    expect(res.body.data?.issueAnnualReport).toMatchObject({
      __typename: "AnnualReportAlreadyIssuedError",
      code: "ANNUAL_REPORT_ISSUED",
    });
    expect((await h.db.prisma.annualReport.findUniqueOrThrow({ where: { yearId } })).number).toBe("05/BC-UBND");
  });

  it("refuses the live year until it is published", async () => {
    const res = await h.gql<{ issueAnnualReport: Record<string, unknown> }>(
      ISSUE,
      { input: input({ yearId: liveYearId, issuedOn: "2026-11-20" }) },
      cookies.lanhdao,
    );
    expect(res.body.data?.issueAnnualReport).toMatchObject({
      __typename: "YearNotPublishedError",
      code: "YEAR_NOT_PUBLISHED",
    });
  });

  it("names each bad field", async () => {
    const res = await h.gql<{ issueAnnualReport: { problems: Array<{ field: string }> } & Record<string, unknown> }>(
      ISSUE,
      { input: input({ yearId: liveYearId, number: "6", recipients: [] }) },
      cookies.lanhdao,
    );
    expect(res.body.data?.issueAnnualReport.__typename).toBe("ValidationError");
    expect(res.body.data?.issueAnnualReport.problems.map((p) => p.field).sort()).toEqual(["number", "recipients"]);
  });

  it("refuses a unit officer and the administrator", async () => {
    for (const who of ["tuphap", "admin"]) {
      const res = await h.gql<{ issueAnnualReport: Record<string, unknown> }>(ISSUE, { input: input() }, cookies[who]);
      expect(res.body.data?.issueAnnualReport).toMatchObject({ __typename: "ForbiddenError" });
    }
  });
});

describe("npm run report (the command line)", () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await reportCli(argv, {
      open: async () => ({ prisma: h.db.prisma, close: async () => undefined }),
      storage,
      now,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("writes the issued 2021 DOCX as issued, and a draft PDF of the live year", async () => {
    const file = path.join(dir, "cli-2021.docx");
    const r = await run("--year", "2021", "--format", "docx", "--out", file, "--authority", "phuoc-long");
    expect(r).toMatchObject({ code: 0, err: "" });
    const issued = await h.db.prisma.annualReport.findUniqueOrThrow({ where: { yearId }, include: { docxFile: true } });
    expect(
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    ).toBe(issued.docxFile.sha256);
    const pdf = path.join(dir, "cli-live.pdf");
    const live = await run("--year=2026", "--format=pdf", `--out=${pdf}`);
    expect(live.code).toBe(0);
    expect(live.out).toContain("dự thảo / draft");
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("exits 2 on bad arguments and 1 on a year that does not exist or has no results, saying why", async () => {
    expect(await run("--year", "2021", "--format", "odt", "--out", "x")).toMatchObject({
      code: 2,
      err: expect.stringContaining("--format must be docx, pdf or xlsx"),
    });
    expect(await run("--format", "pdf", "--out", "x")).toMatchObject({
      code: 2,
      err: expect.stringContaining("Cần --year"),
    });
    expect(await run("--year", "2021", "--bogus")).toMatchObject({ code: 2 });
    expect(await run("--year", "2019", "--format", "pdf", "--out", "x")).toMatchObject({
      code: 1,
      err: expect.stringContaining("Không có năm đánh giá 2019 / no evaluation year 2019"),
    });
    const authority = await h.db.prisma.authority.findFirstOrThrow({ select: { id: true } });
    await h.db.prisma.evaluationYear.create({
      data: {
        authorityId: authority.id,
        year: 2030,
        title: "Năm trống",
        unitPlanDeadline: new Date("2030-02-20T00:00:00Z"),
        unitPlanDeadlineText: "trước ngày 20/02/2030",
        reportRule: {},
      },
    });
    expect(await run("--year", "2030", "--format", "xlsx", "--out", path.join(dir, "x.xlsx"))).toMatchObject({
      code: 1,
      err: expect.stringContaining("has no results yet"),
    });
  });
});
