// Periodic reports over real HTTP: submission timing on the server's clock (Asia/Ho_Chi_Minh days:
// 23:30 local on the last day is on time, 00:10 the next day is late and counts as not reported),
// resubmission history keeping the first sending time, extensions changing the timing and the
// automatic report leaf, the year's rule, the compliance matrix (statements not growing with units)
// and its XLSX, my deadlines, and the private .ics feed (token in the path, 404 otherwise).
import { sampleYear } from "@cchc/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
const clock = new Date("2021-02-20T03:00:00Z");
const cookies: Record<string, string> = {};
let yearId = "";
let justiceId = "";
let wardId = "";
const periods: Record<string, string> = {};
const PDF = new TextEncoder().encode("%PDF-1.4\n% Báo cáo\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function upload(cookie: string, unitId = justiceId): Promise<string> {
  const res = await fetch(`${h.app.url}/files?${new URLSearchParams({ yearId, unitId })}`, {
    method: "POST",
    headers: {
      "content-type": "application/pdf",
      "x-file-name": encodeURIComponent("báo cáo.pdf"),
      "x-requested-with": "cchc",
      cookie,
    },
    body: PDF,
  });
  const body = (await res.json()) as { file: { id: string } };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.file.id;
}

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) {
  __typename
  ... on SubmitReportSuccess { resubmitted submission { id version submittedAt lastSentAt documentNumber files { id } revisions { sentAt documentNumber fileIds } } }
  ... on Error { code message }
  ... on ValidationError { problems { field code } }
} }`;

const REPORTS = `query($yearId: ID!, $unitId: ID) { evaluationYear(id: $yearId) { unitReports(unitId: $unitId) {
  period { code dueDate } timing { status symbol countsAsReported dueDate extended extensionReason daysLate } viewerCanSubmit
} } }`;

type Row = {
  period: { code: string; dueDate: string };
  timing: { status: string; countsAsReported: boolean; dueDate: string; extended: boolean; daysLate: number };
  viewerCanSubmit: boolean;
};

async function unitReports(cookie: string, unitId?: string): Promise<Row[]> {
  const res = await h.gql<{ evaluationYear: { unitReports: Row[] } }>(REPORTS, { yearId, unitId }, cookie);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.evaluationYear.unitReports;
}

interface SubmitAnswer {
  __typename: string;
  code?: string;
  resubmitted?: boolean;
  problems?: Array<{ field: string; code: string }>;
  submission: {
    version: number;
    submittedAt: string;
    revisions: Array<Record<string, unknown>>;
    [key: string]: unknown;
  };
}

async function submit(input: Record<string, unknown>, cookie = cookies.justice!) {
  const res = await h.gql<{ submitReport: SubmitAnswer }>(SUBMIT, { input }, cookie);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.submitReport;
}

beforeAll(async () => {
  h = await startHarness({ now: clock });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  yearId = year.id;
  justiceId = unitIds.get("tu-phap")!;
  wardId = unitIds.get("long-phuoc")!;
  for (const p of await h.db.prisma.reportPeriod.findMany({ where: { yearId } })) periods[p.code] = p.id;
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.ward = await h.login("longphuoc@cchc.demo");
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
});

afterAll(async () => {
  await h?.close();
});

describe("submitting a report", () => {
  it("the seed's rule: Q1 due 24/02/2021; a report at 23:30 local on that day is on time", async () => {
    expect((await unitReports(cookies.justice!)).map((r) => [r.period.code, r.period.dueDate])).toEqual([
      ["Q1", "2021-02-24"],
      ["H1", "2021-05-24"],
      ["Q3", "2021-08-24"],
      ["YEAR", "2021-11-24"],
    ]);
    const fileId = await upload(cookies.justice!);
    clock.setTime(Date.parse("2021-02-24T16:30:00Z")); // 23:30 in Hà Nội
    const r = await submit({
      periodId: periods.Q1,
      unitId: justiceId,
      summary: "Báo cáo quý I",
      documentNumber: "12/BC-TP",
      fileIds: [fileId],
    });
    expect(r.__typename).toBe("SubmitReportSuccess");
    expect(r.resubmitted).toBe(false);
    expect(r.submission.submittedAt).toBe("2021-02-24T16:30:00.000Z");
    const q1 = (await unitReports(cookies.justice!))[0]!;
    expect(q1.timing).toMatchObject({ status: "ON_TIME", countsAsReported: true });
  });

  it("a resubmission keeps the earlier version and the first sending time (still on time)", async () => {
    const before = await h.db.prisma.reportSubmission.findFirstOrThrow({
      where: { periodId: periods.Q1, unitId: justiceId },
    });
    const fileId = await upload(cookies.justice!);
    clock.setTime(Date.parse("2021-03-05T03:00:00Z"));
    const stale = await submit({
      periodId: periods.Q1,
      unitId: justiceId,
      summary: "Báo cáo quý I (bổ sung)",
      documentNumber: "12a/BC-TP",
      fileIds: [fileId],
    });
    expect(stale.__typename).toBe("ConflictError");
    const r = await submit({
      periodId: periods.Q1,
      unitId: justiceId,
      summary: "Báo cáo quý I (bổ sung)",
      documentNumber: "12a/BC-TP",
      fileIds: [fileId],
      version: before.version,
    });
    expect(r).toMatchObject({ __typename: "SubmitReportSuccess", resubmitted: true });
    expect(r.submission).toMatchObject({
      version: before.version + 1,
      submittedAt: "2021-02-24T16:30:00.000Z",
      lastSentAt: "2021-03-05T03:00:00.000Z",
      documentNumber: "12a/BC-TP",
      files: [{ id: fileId }],
    });
    expect(r.submission.revisions).toHaveLength(1);
    expect(r.submission.revisions[0]).toMatchObject({ sentAt: "2021-02-24T16:30:00.000Z", documentNumber: "12/BC-TP" });
    expect((await unitReports(cookies.justice!))[0]!.timing.status).toBe("ON_TIME");
    const audit = await h.db.prisma.auditLog.findMany({ where: { action: "report.submit", entityId: before.id } });
    expect(audit).toHaveLength(2);
  });

  it("00:10 local the day after the due date is late, and counts as not reported", async () => {
    const fileId = await upload(cookies.justice!);
    clock.setTime(Date.parse("2021-05-24T17:10:00Z")); // 25/05 00:10 local
    const r = await submit({
      periodId: periods.H1,
      unitId: justiceId,
      summary: "Báo cáo 6 tháng",
      documentNumber: "30/BC-TP",
      fileIds: [fileId],
    });
    expect(r.__typename).toBe("SubmitReportSuccess");
    const h1 = (await unitReports(cookies.justice!))[1]!;
    expect(h1.timing).toMatchObject({ status: "LATE", countsAsReported: false, daysLate: 1, dueDate: "2021-05-24" });
  });

  it("refuses another unit's officer, Home Affairs, files of another unit, and an empty summary", async () => {
    const fileId = await upload(cookies.justice!);
    const other = await submit(
      { periodId: periods.Q3, unitId: justiceId, summary: "Báo cáo quý III", documentNumber: "1", fileIds: [fileId] },
      cookies.ward,
    );
    expect(other).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    const office = await submit(
      { periodId: periods.Q3, unitId: justiceId, summary: "Báo cáo quý III", documentNumber: "1", fileIds: [fileId] },
      cookies.office,
    );
    expect(office.__typename).toBe("ForbiddenError");
    const wardFile = await upload(cookies.ward!, wardId);
    const wrongFile = await submit({
      periodId: periods.Q3,
      unitId: justiceId,
      summary: "Báo cáo quý III",
      documentNumber: "1",
      fileIds: [wardFile],
    });
    expect(wrongFile.__typename).toBe("ValidationError");
    const empty = await submit({
      periodId: periods.Q3,
      unitId: justiceId,
      summary: "  ",
      documentNumber: "1",
      fileIds: [fileId],
    });
    expect(empty.problems).toEqual([expect.objectContaining({ field: "summary" })]);
    expect(await h.db.prisma.reportSubmission.count({ where: { periodId: periods.Q3 } })).toBe(0);
  });
});

describe("extensions", () => {
  const GRANT = `mutation($input: GrantReportExtensionInput!) { grantReportExtension(input: $input) {
    __typename ... on Error { code message } ... on ValidationError { problems { field code } } } }`;
  const SCORECARD = `query($yearId: ID!, $unitId: ID!) { unitScorecard(yearId: $yearId, unitId: $unitId) {
    __typename ... on UnitScorecard { leaves { code points notes } } } }`;

  async function h1Leaf() {
    const res = await h.gql<{ unitScorecard: { leaves: Array<{ code: string; points: number; notes: string[] }> } }>(
      SCORECARD,
      { yearId, unitId: justiceId },
      cookies.office,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.unitScorecard.leaves.find((l) =>
      l.notes.some((n) => n.includes("báo cáo định kỳ") && n.includes("25/05/2021")),
    );
  }

  it("a reason is required; the date must be after the period's due date", async () => {
    const noReason = await h.gql<{ grantReportExtension: { problems: Array<{ field: string }> } }>(
      GRANT,
      { input: { periodId: periods.H1, unitId: justiceId, untilDate: "2021-05-31", reason: " " } },
      cookies.office,
    );
    expect(noReason.body.data!.grantReportExtension.problems).toEqual([expect.objectContaining({ field: "reason" })]);
    const early = await h.gql<{ grantReportExtension: { problems: Array<{ code: string }> } }>(
      GRANT,
      { input: { periodId: periods.H1, unitId: justiceId, untilDate: "2021-05-20", reason: "Sớm hơn hạn" } },
      cookies.office,
    );
    expect(early.body.data!.grantReportExtension.problems).toEqual([
      expect.objectContaining({ code: "NOT_AFTER_DUE" }),
    ]);
  });

  it("an extension for the unit turns its late report on time, in the matrix and in the automatic leaf", async () => {
    const leafBefore = await h1Leaf();
    expect(leafBefore?.notes.join(" ")).toMatch(/trễ hạn \(coi như không báo cáo\)/);
    const ok = await h.gql<{ grantReportExtension: { __typename: string } }>(
      GRANT,
      {
        input: {
          periodId: periods.H1,
          unitId: justiceId,
          untilDate: "2021-05-31",
          reason: "Đơn vị bị mất điện diện rộng",
        },
      },
      cookies.office,
    );
    expect(ok.body.data!.grantReportExtension.__typename).toBe("GrantReportExtensionSuccess");
    const h1 = (await unitReports(cookies.justice!))[1]!;
    expect(h1.timing).toMatchObject({
      status: "ON_TIME",
      extended: true,
      dueDate: "2021-05-31",
      countsAsReported: true,
    });
    const leafAfter = await h1Leaf();
    expect(leafAfter?.notes.join(" ")).toMatch(/hạn 31\/05\/2021, đã gia hạn: đúng hạn/);
    expect(leafAfter!.points).toBeGreaterThan(leafBefore!.points);
    // the ward's report of H1 is untouched: still due 24/05
    expect((await unitReports(cookies.office!, wardId))[1]!.timing.dueDate).toBe("2021-05-24");
  });
});

describe("the compliance matrix", () => {
  const MATRIX = `query($yearId: ID!, $filter: ComplianceFilter) { evaluationYear(id: $yearId) { viewerCanReadCompliance reportCompliance(filter: $filter) {
    periods { code } rows { unitId unitName unitTypeName cells { status symbol labelVi } counts { onTime late missing notReported } }
    totals { onTime late missing pending notReported } } } }`;
  type Matrix = {
    rows: Array<{
      unitId: string;
      unitTypeName: string;
      cells: Array<{ status: string; symbol: string }>;
      counts: Record<string, number>;
    }>;
    totals: Record<string, number>;
  };

  async function matrix(cookie: string, filter?: Record<string, unknown>) {
    const res = await h.gql<{ evaluationYear: { viewerCanReadCompliance: boolean; reportCompliance: Matrix | null } }>(
      MATRIX,
      { yearId, filter },
      cookie,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.evaluationYear;
  }

  it("Home Affairs sees every unit × period with a symbol per status; late counts as not reported", async () => {
    clock.setTime(Date.parse("2021-06-15T03:00:00Z"));
    const m = (await matrix(cookies.office!)).reportCompliance!;
    expect(m.rows).toHaveLength(await h.db.prisma.yearUnit.count({ where: { yearId } }));
    const justice = m.rows.find((r) => r.unitId === justiceId)!;
    expect(justice.cells.map((c) => [c.status, c.symbol])).toEqual([
      ["ON_TIME", "✓"],
      ["ON_TIME", "✓"],
      ["PENDING", "…"],
      ["PENDING", "…"],
    ]);
    const ward = m.rows.find((r) => r.unitId === wardId)!;
    expect(ward.cells.slice(0, 2).map((c) => c.status)).toEqual(["MISSING", "MISSING"]);
    expect(ward.counts.notReported).toBe(2);
  });

  it("filters by status and unit type; officers and inspectors do not read it", async () => {
    const late = (await matrix(cookies.office!, { status: "ON_TIME" })).reportCompliance!;
    expect(late.rows.map((r) => r.unitId)).toEqual([justiceId]);
    const type = await h.db.prisma.unit.findUniqueOrThrow({ where: { id: wardId }, select: { unitTypeId: true } });
    const wards = (await matrix(cookies.office!, { unitTypeId: type.unitTypeId })).reportCompliance!;
    expect(wards.rows.length).toBeGreaterThan(1);
    expect(new Set(wards.rows.map((r) => r.unitTypeName)).size).toBe(1);
    expect(await matrix(cookies.justice!)).toEqual({ viewerCanReadCompliance: false, reportCompliance: null });
    expect((await matrix(cookies.leadership!)).reportCompliance).not.toBeNull();
  });

  it("reads the matrix in the same number of statements for one unit type as for every unit (no N+1)", async () => {
    const type = await h.db.prisma.unit.findUniqueOrThrow({ where: { id: wardId }, select: { unitTypeId: true } });
    h.db.statements.length = 0;
    await matrix(cookies.office!, { unitTypeId: type.unitTypeId });
    const few = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    h.db.statements.length = 0;
    await matrix(cookies.office!);
    const all = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    expect(all).toBe(few);
    // session (2) + the year by id (1) + the year with its units and their types (3) + periods, their
    // extensions, submissions (3): 9 whatever the number of units
    expect(all).toBeLessThanOrEqual(9);
  });

  it("exports XLSX with the symbols, texts and the legend (Home Affairs); 403 for an officer, 401 without a session", async () => {
    const res = await fetch(`${h.app.url}/reports/compliance.xlsx?yearId=${yearId}`, {
      headers: { cookie: cookies.office! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("✓ Đúng hạn");
    expect(texts).toContain("✗ Không báo cáo");
    expect(texts.some((t) => t.includes("coi như không báo cáo"))).toBe(true);
    expect(texts).toContain("Chú giải");
    const officer = await fetch(`${h.app.url}/reports/compliance.xlsx?yearId=${yearId}`, {
      headers: { cookie: cookies.justice! },
    });
    expect(officer.status).toBe(403);
    expect((await fetch(`${h.app.url}/reports/compliance.xlsx?yearId=${yearId}`)).status).toBe(401);
  });
});

describe("the year's rule", () => {
  const SET = `mutation($input: SetReportRuleInput!) { setReportRule(input: $input) {
    __typename ... on SetReportRuleSuccess { changedPeriods year { reportRule } } ... on Error { code } } }`;

  it("Home Affairs switches to the national rule: due dates recomputed; a stale version conflicts; audited", async () => {
    const y = await h.db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId } });
    const stale = await h.gql<{ setReportRule: { __typename: string } }>(
      SET,
      { input: { yearId, rule: "NATIONAL", version: y.version + 5 } },
      cookies.office,
    );
    expect(stale.body.data!.setReportRule.__typename).toBe("ConflictError");
    const ok = await h.gql<{ setReportRule: { changedPeriods: number; year: { reportRule: string } } }>(
      SET,
      { input: { yearId, rule: "NATIONAL", version: y.version } },
      cookies.office,
    );
    expect(ok.body.data!.setReportRule).toMatchObject({ changedPeriods: 4, year: { reportRule: "NATIONAL" } });
    const rows = await unitReports(cookies.justice!);
    expect(rows.map((r) => r.period.dueDate)).toEqual(["2021-03-20", "2021-06-20", "2021-09-20", "2021-12-20"]);
    expect(await h.db.prisma.auditLog.count({ where: { action: "report.set_rule", entityId: yearId } })).toBe(1);
    const back = await h.gql(SET, { input: { yearId, rule: "SEED", version: y.version + 1 } }, cookies.office);
    expect(back.body.errors).toBeUndefined();
  });
});

describe("my deadlines and the calendar feed", () => {
  const DEADLINES = `query { myDeadlines(days: 30) { key kind title dueOn overdue daysLeft link } calendarFeedActive }`;
  const CREATE = `mutation { createCalendarFeed { __typename ... on CreateCalendarFeedSuccess { path } } }`;

  it("lists the officer's report and task deadlines, overdue first", async () => {
    clock.setTime(Date.parse("2021-08-10T03:00:00Z"));
    const res = await h.gql<{
      myDeadlines: Array<{ key: string; kind: string; overdue: boolean; dueOn: string; link: string }>;
      calendarFeedActive: boolean;
    }>(DEADLINES, {}, cookies.justice);
    expect(res.body.errors).toBeUndefined();
    const items = res.body.data!.myDeadlines;
    expect(items.find((i) => i.key === `report-${periods.Q3}-${justiceId}`)).toMatchObject({
      kind: "REPORT",
      overdue: false,
      dueOn: "2021-08-24",
      link: "/reports",
    });
    // reports already sent are not deadlines any more
    expect(items.some((i) => i.key === `report-${periods.Q1}-${justiceId}`)).toBe(false);
    const firstNotOverdue = items.findIndex((i) => !i.overdue);
    expect(items.slice(firstNotOverdue).every((i) => !i.overdue)).toBe(true);
    expect(res.body.data!.calendarFeedActive).toBe(false);
  });

  it("gives Home Affairs its own: the units' report deadline ahead with how many sent, forms to review, the stages; leadership the stages", async () => {
    clock.setTime(Date.parse("2021-08-10T03:00:00Z"));
    // a unit sent its registration form on 02/08: Home Affairs reviews it by 09/08 (overdue on 10/08)
    const registration = await h.db.prisma.unitRegistration.upsert({
      where: { yearId_unitId: { yearId, unitId: wardId } },
      create: { yearId, unitId: wardId, status: "SUBMITTED", submittedAt: new Date("2021-08-02T03:00:00Z") },
      update: { status: "SUBMITTED", submittedAt: new Date("2021-08-02T03:00:00Z") },
    });
    const stage = await h.db.prisma.yearStage.upsert({
      where: { yearId_stage: { yearId, stage: "SELF_ASSESSMENT" } },
      create: { yearId, stage: "SELF_ASSESSMENT", opensOn: new Date("2021-08-01"), closesOn: new Date("2021-08-31") },
      update: { closesOn: new Date("2021-08-31") },
    });
    type Items = { myDeadlines: Array<{ key: string; kind: string; title: string; overdue: boolean; dueOn: string }> };
    const WITH_DETAIL = `query { myDeadlines(days: 30) { key kind title detail dueOn overdue } }`;
    const office = (await h.gql<Items>(WITH_DETAIL, {}, cookies.office)).body.data!.myDeadlines;
    const sentQ3 = new Set(
      (await h.db.prisma.reportSubmission.findMany({ where: { periodId: periods.Q3 } })).map((s) => s.unitId),
    ).size;
    const units = await h.db.prisma.yearUnit.count({ where: { yearId } });
    expect(office.find((i) => i.key === `report-period-${periods.Q3}`)).toMatchObject({
      kind: "REPORT_PERIOD",
      dueOn: "2021-08-24",
      overdue: false,
    });
    expect(office.find((i) => i.key === `report-period-${periods.Q3}`)).toMatchObject({
      detail: `${sentQ3}/${units} đơn vị đã gửi`,
    });
    // a period already closed is not listed (the compliance matrix shows it)
    expect(office.some((i) => i.key === `report-period-${periods.Q1}`)).toBe(false);
    expect(office.find((i) => i.key === `review-registration-${registration.id}`)).toMatchObject({
      kind: "REVIEW_REGISTRATION",
      dueOn: "2021-08-09",
      overdue: true,
    });
    expect(office.find((i) => i.key === `stage-${yearId}-SELF_ASSESSMENT`)).toMatchObject({
      kind: "STAGE",
      title: "Kết thúc giai đoạn tự đánh giá năm 2021",
      dueOn: "2021-08-31",
    });
    const leadership = (await h.gql<Items>(DEADLINES, {}, cookies.leadership)).body.data!.myDeadlines;
    expect(leadership.map((i) => i.kind)).toEqual(["STAGE"]);
    // a unit officer does not get Home Affairs' items
    const justice = (await h.gql<Items>(DEADLINES, {}, cookies.justice)).body.data!.myDeadlines;
    expect(justice.some((i) => ["REPORT_PERIOD", "REVIEW_REGISTRATION", "STAGE"].includes(i.kind))).toBe(false);
    await h.db.prisma.yearStage.update({ where: { id: stage.id }, data: { closesOn: stage.closesOn } });
  });

  it("serves the feed at /calendar/<token>.ics without a cookie; 404 for an unknown or replaced token", async () => {
    const created = await h.gql<{ createCalendarFeed: { path: string } }>(CREATE, {}, cookies.justice);
    const path = created.body.data!.createCalendarFeed.path;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetch(`${h.app.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const text = await res.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain(`UID:report-${periods.Q3}-${justiceId}@`);
    expect(text).toContain("DTSTART;VALUE=DATE:20210824");
    const stored = await h.db.prisma.user.findFirstOrThrow({ where: { email: "tuphap@cchc.demo" } });
    expect(stored.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(path).not.toContain(stored.calendarTokenHash!);
    expect((await fetch(`${h.app.url}/calendar/${"x".repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${h.app.url}/calendar/nothing`)).status).toBe(404);
    const again = await h.gql<{ createCalendarFeed: { path: string } }>(CREATE, {}, cookies.justice);
    expect(again.body.data!.createCalendarFeed.path).not.toBe(path);
    expect((await fetch(`${h.app.url}${path}`)).status).toBe(404);
    expect((await fetch(`${h.app.url}${again.body.data!.createCalendarFeed.path}`)).status).toBe(200);
  });
});
