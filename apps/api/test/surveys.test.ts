// Surveys over the real API (2021 sample year, OPEN, day 15/06/2021): a round, imports all or
// nothing with row errors and duplicates, counts recomputed, the automatic survey leaf reading them,
// aggregate counts, undo, templates, who reads, and the statements a round's read costs.
import { sampleYear } from "@cchc/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const HEADER =
  'Mã đơn vị,Tiếp cận dịch vụ,Thủ tục hành chính (1-5),Công chức trực tiếp giải quyết công việc,Kết quả giải quyết công việc,"Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị",Giới tính,Nhóm tuổi';
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

const CREATE = `mutation($input: CreateSurveyRoundInput!) {
  createSurveyRound(input: $input) {
    __typename
    ... on SurveySuccess { survey { id kind periodCode targetPercent startsOn endsOn viewerCanManage } }
    ... on Error { code message }
    ... on ValidationError { problems { field code } }
  }
}`;

const IMPORT = `mutation($input: ImportSurveyRespondentsInput!) {
  importSurveyRespondents(input: $input) {
    __typename
    ... on ImportSurveyRespondentsSuccess { importId rowCount unitCount }
    ... on SurveyFileError { message problemCount problems { row column code message } }
    ... on Error { code message }
  }
}`;

const SAVE = `mutation($input: SaveSurveyCountsInput!) {
  saveSurveyCounts(input: $input) {
    __typename
    ... on SurveySuccess { survey { id } }
    ... on ValidationError { problems { field code } }
    ... on Error { code message }
  }
}`;

const UNDO = `mutation($input: DeleteSurveyImportInput!) {
  deleteSurveyImport(input: $input) { __typename ... on Error { code message } }
}`;

const ROUND = `query($id: ID!) {
  survey(id: $id) {
    id title targetPercent viewerCanManage
    overall { satisfied valid rate meetsTarget }
    aspectRates { aspect satisfied valid rate meetsTarget }
    leaderOverall { answers score }
    units { unitCode respondents overall { rate } counts { aspect version levels letters } }
    imports { id fileName rowCount importedByName }
  }
}`;

const YEAR_SURVEYS = `query($year: Int!) { year(authorityCode: "phuoc-long", year: $year) { viewerCanManageSurveys surveys { id title } } }`;

type Problem = { row: number; column: string | null; code: string; message: string };

let h: Harness;
let yearId: string;
let unitIds: Map<string, string>;
const cookies: Record<string, string> = {};
let surveyId: string;

const importFile = (content: string, fileName = "phieu.csv", id = surveyId) =>
  h.gql<{ importSurveyRespondents: Record<string, unknown> & { problems?: Problem[] } }>(
    IMPORT,
    { input: { surveyId: id, fileName, contentBase64: content } },
    cookies.office,
  );

type Round = {
  survey: {
    overall: { satisfied: number; valid: number; rate: number | null; meetsTarget: boolean | null } | null;
    aspectRates: Array<{ aspect: string; satisfied: number; valid: number; rate: number | null }>;
    units: Array<{
      unitCode: string;
      respondents: number;
      overall: { rate: number | null } | null;
      counts: Array<{ aspect: string; version: number; levels: number[]; letters: number[] }>;
    }>;
    imports: Array<{ id: string; fileName: string; rowCount: number; importedByName: string | null }>;
  } | null;
};
const round = async (cookie = cookies.office) =>
  (await h.gql<Round>(ROUND, { id: surveyId }, cookie)).body.data!.survey;

beforeAll(async () => {
  h = await startHarness();
  const s = await sampleYear(h.db.prisma);
  yearId = s.year.id;
  unitIds = s.unitIds;
  for (const [k, email] of Object.entries({
    office: "noivu@cchc.demo",
    leadership: "lanhdao@cchc.demo",
    justice: "tuphap@cchc.demo",
    inspector: "kiemtra@cchc.demo",
  })) {
    cookies[k] = await h.login(email);
  }
});
afterAll(async () => {
  await h?.close();
});

describe("survey rounds", () => {
  it("lets Home Affairs open a round with the plan's target by default, once per kind and period", async () => {
    const res = await h.gql<{ createSurveyRound: Record<string, unknown> & { survey?: { id: string } } }>(
      CREATE,
      {
        input: {
          yearId,
          kind: "CITIZEN",
          periodCode: "H1",
          title: "Khảo sát 6 tháng",
          startsOn: "2021-06-01",
          endsOn: "2021-06-30",
        },
      },
      cookies.office,
    );
    expect(res.body.data!.createSurveyRound).toMatchObject({
      __typename: "SurveySuccess",
      survey: { kind: "CITIZEN", periodCode: "H1", targetPercent: 85, startsOn: "2021-06-01", viewerCanManage: true },
    });
    surveyId = res.body.data!.createSurveyRound.survey!.id;
    const again = await h.gql<{ createSurveyRound: Record<string, unknown> }>(
      CREATE,
      { input: { yearId, kind: "CITIZEN", periodCode: "H1", title: "Lần nữa" } },
      cookies.office,
    );
    expect(again.body.data!.createSurveyRound).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "periodCode", code: "DUPLICATE_ROUND" }],
    });
    const outside = await h.gql<{ createSurveyRound: Record<string, unknown> }>(
      CREATE,
      { input: { yearId, kind: "LEADER", periodCode: "YEAR", title: "Lãnh đạo", startsOn: "2022-03-01" } },
      cookies.office,
    );
    expect(outside.body.data!.createSurveyRound).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "startsOn", code: "OUTSIDE_YEAR" }],
    });
    const denied = await h.gql<{ createSurveyRound: Record<string, unknown> }>(
      CREATE,
      { input: { yearId, kind: "LEADER", periodCode: "YEAR", title: "Lãnh đạo" } },
      cookies.leadership,
    );
    expect(denied.body.data!.createSurveyRound).toMatchObject({ __typename: "ForbiddenError" });
  });
});

describe("importing respondents", () => {
  it("refuses a file with bad rows and duplicates as a whole, naming every row, and saves nothing", async () => {
    const csv = [
      HEADER,
      "tu-phap,5,4,4,5,4,Nam,30-45",
      "xa-khong-co,5,5,5,5,5,,",
      "tu-phap,6,4,4,5,4,,",
      '"tu-phap",5,4,4,5,4,Nam,30-45', // the same as row 2
      "long-phuoc,,,,,,Nữ,",
    ].join("\r\n");
    const res = await importFile(b64(`\ufeff${csv}`));
    const answer = res.body.data!.importSurveyRespondents;
    expect(answer.__typename).toBe("SurveyFileError");
    expect(answer.problems!.map((p) => [p.row, p.code, p.column])).toEqual([
      [3, "UNKNOWN_UNIT", "Mã đơn vị"],
      [4, "INVALID_LEVEL", "Tiếp cận dịch vụ"],
      [6, "NO_ANSWER", null],
    ]);
    expect(answer.message).toMatch(/chưa nhập phiếu nào/);
    // rows valid on their own are then checked for duplicates
    const dup = await importFile(
      b64([HEADER, "tu-phap,5,4,4,5,4,Nam,30-45", "TU-PHAP,5,4,4,5,4,nam,30–45"].join("\n")),
    );
    expect(dup.body.data!.importSurveyRespondents.problems).toEqual([
      { row: 3, column: null, code: "DUPLICATE_IN_FILE", message: "Dòng 3: trùng với dòng 2 trong tệp." },
    ]);
    expect(await h.db.prisma.surveyRespondent.count({ where: { surveyId } })).toBe(0);
    expect(await h.db.prisma.surveyImport.count({ where: { surveyId } })).toBe(0);
    expect(await h.db.prisma.surveyResult.count({ where: { surveyId } })).toBe(0);
  });

  it("imports an XLSX file and recomputes the counts per unit and aspect, linked to the survey leaves", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Phiếu");
    sheet.addRow([
      "Mã đơn vị",
      "Tiếp cận dịch vụ (1-5)",
      "Thủ tục hành chính (1-5)",
      "Công chức trực tiếp giải quyết công việc (1-5)",
      "Kết quả giải quyết công việc (1-5)",
      "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị (1-5)",
      "Giới tính",
      "Nhóm tuổi",
    ]);
    sheet.addRow(["tu-phap", 5, 5, 4, 4, 3, "Nam", "Dưới 30"]);
    sheet.addRow(["tu-phap", 4, 2, 4, null, 5, "Nữ", null]);
    sheet.addRow(["tu-phap", 1, 3, 5, 5, 5, null, "Trên 60"]);
    sheet.addRow(["long-phuoc", 5, 5, 5, 5, 5, null, null]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importFile(bytes.toString("base64"), "phieu-6-thang.xlsx");
    expect(res.body.data!.importSurveyRespondents).toMatchObject({
      __typename: "ImportSurveyRespondentsSuccess",
      rowCount: 4,
      unitCount: 2,
    });
    const r = (await round())!;
    const justice = r.units.find((u) => u.unitCode === "tu-phap")!;
    expect(justice.respondents).toBe(3);
    expect(Object.fromEntries(justice.counts.map((c) => [c.aspect, c.levels]))).toEqual({
      ACCESS: [1, 0, 0, 1, 1],
      PROCEDURE: [0, 1, 1, 0, 1],
      OFFICIAL: [0, 0, 0, 2, 1],
      RESULT: [0, 0, 0, 1, 1], // one respondent left it empty
      FEEDBACK: [0, 0, 1, 0, 2],
    });
    // Tư pháp: 10 satisfied of 14 valid answers = 71.43 %
    expect(justice.overall).toEqual({ rate: 71.43 });
    expect(r.aspectRates[0]).toEqual({ aspect: "ACCESS", satisfied: 3, valid: 4, rate: 75, meetsTarget: false });
    expect(r.overall).toEqual({ satisfied: 15, valid: 19, rate: 78.95, meetsTarget: false });
    expect(r.imports).toEqual([
      { id: expect.any(String), fileName: "phieu-6-thang.xlsx", rowCount: 4, importedByName: expect.any(String) },
    ]);
    const linked = await h.db.prisma.surveyResult.findMany({
      where: { surveyId },
      select: { aspect: true, node: { select: { code: true } } },
    });
    const leafOf = Object.fromEntries(linked.map((l) => [l.aspect, l.node?.code]));
    expect(leafOf).toEqual({
      ACCESS: "8.1.1",
      PROCEDURE: "8.1.2",
      OFFICIAL: "8.1.3",
      RESULT: "8.1.4",
      FEEDBACK: "8.1.5",
    });
    const audit = await h.db.prisma.auditLog.findFirst({ where: { action: "survey.import" } });
    expect(audit?.after).toMatchObject({ surveyId, rowCount: 4 });
  });

  it("refuses rows already imported into the round", async () => {
    const res = await importFile(b64([HEADER, "long-phuoc,5,5,5,5,5,,", "long-phuoc,4,5,5,5,5,,"].join("\n")));
    expect(res.body.data!.importSurveyRespondents.problems).toEqual([
      {
        row: 2,
        column: null,
        code: "ALREADY_IMPORTED",
        message: "Dòng 2: trùng với một phiếu đã nhập trước đây trong đợt khảo sát này.",
      },
    ]);
    expect(await h.db.prisma.surveyRespondent.count({ where: { surveyId } })).toBe(4);
  });

  it("reports unreadable files and refuses a file bigger than 2 MB", async () => {
    const bad = await importFile(Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString("base64"));
    expect(bad.body.data!.importSurveyRespondents).toMatchObject({
      __typename: "SurveyFileError",
      problems: [{ row: 0, code: "UNREADABLE_FILE" }],
    });
    const quote = await importFile(b64(`${HEADER}\ntu-phap,"5,4,4,5,4,,`));
    expect(quote.body.data!.importSurveyRespondents).toMatchObject({ problems: [{ code: "UNREADABLE_FILE" }] });
    const big = await importFile("A".repeat(2_900_000));
    expect(big.status).toBe(413);
  });

  it("feeds the automatic survey leaf of the unit's scorecard", async () => {
    const res = await h.gql<{
      unitScorecard: { leaves: Array<{ code: string; source: string | null; points: number; notes: string[] }> };
    }>(
      `query($yearId: ID!, $unitId: ID!) { unitScorecard(yearId: $yearId, unitId: $unitId) {
        ... on UnitScorecard { leaves { code source points notes } } } }`,
      { yearId, unitId: unitIds.get("tu-phap") },
      cookies.office,
    );
    const leaf = res.body.data!.unitScorecard.leaves.find((l) => l.code === "8.1.1")!;
    expect(leaf.source).toBe("survey");
    expect(leaf.notes.join(" ")).toContain("2/3 phiếu hài lòng");
  });
});

describe("aggregate counts", () => {
  it("saves a unit's counts with versions, refuses a stale version and a unit with imported respondents", async () => {
    const unitId = unitIds.get("phuoc-binh")!;
    const first = await h.gql<{ saveSurveyCounts: Record<string, unknown> }>(
      SAVE,
      { input: { surveyId, unitId, rows: [{ aspect: "ACCESS", levels: [0, 1, 2, 10, 7] }] } },
      cookies.office,
    );
    expect(first.body.data!.saveSurveyCounts).toMatchObject({ __typename: "SurveySuccess" });
    const stale = await h.gql<{ saveSurveyCounts: Record<string, unknown> }>(
      SAVE,
      { input: { surveyId, unitId, rows: [{ aspect: "ACCESS", levels: [0, 0, 0, 10, 10] }] } },
      cookies.office,
    );
    expect(stale.body.data!.saveSurveyCounts).toMatchObject({ code: "CONFLICT" });
    const ok = await h.gql<{ saveSurveyCounts: Record<string, unknown> }>(
      SAVE,
      { input: { surveyId, unitId, rows: [{ aspect: "ACCESS", version: 1, levels: [0, 0, 0, 10, 10] }] } },
      cookies.office,
    );
    expect(ok.body.data!.saveSurveyCounts).toMatchObject({ __typename: "SurveySuccess" });
    const unit = (await round())!.units.find((u) => u.unitCode === "phuoc-binh")!;
    expect(unit.counts).toEqual([{ aspect: "ACCESS", version: 2, levels: [0, 0, 0, 10, 10], letters: [0, 0, 0, 0] }]);
    expect(unit.overall).toEqual({ rate: 100 });

    const imported = await h.gql<{ saveSurveyCounts: Record<string, unknown> }>(
      SAVE,
      {
        input: {
          surveyId,
          unitId: unitIds.get("tu-phap"),
          rows: [{ aspect: "ACCESS", version: 1, levels: [1, 1, 1, 1, 1] }],
        },
      },
      cookies.office,
    );
    expect(imported.body.data!.saveSurveyCounts).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "unitId", code: "UNIT_HAS_RESPONDENTS" }],
    });
    const unknown = await h.gql<{ saveSurveyCounts: Record<string, unknown> }>(
      SAVE,
      { input: { surveyId, unitId, rows: [{ aspect: "LEADER_1", letters: [1, 1, 1, 1] }] } },
      cookies.office,
    );
    expect(unknown.body.data!.saveSurveyCounts).toMatchObject({ __typename: "ValidationError" });
  });

  it("refuses importing respondents for a unit whose counts were typed by hand", async () => {
    const res = await importFile(b64([HEADER, "phuoc-binh,5,5,5,5,5,,"].join("\n")));
    expect(res.body.data!.importSurveyRespondents.problems).toMatchObject([{ row: 2, code: "UNIT_HAS_COUNTS" }]);
  });
});

describe("undoing an import", () => {
  it("removes its respondents and recomputes the counts of its units", async () => {
    const before = (await round())!;
    const res = await h.gql<{ deleteSurveyImport: Record<string, unknown> }>(
      UNDO,
      { input: { importId: before.imports[0]!.id } },
      cookies.office,
    );
    expect(res.body.data!.deleteSurveyImport).toMatchObject({ __typename: "SurveySuccess" });
    const after = (await round())!;
    expect(after.imports).toEqual([]);
    expect(after.units.find((u) => u.unitCode === "tu-phap")).toMatchObject({
      respondents: 0,
      counts: [],
      overall: null,
    });
    // the hand-typed unit is untouched
    expect(after.units.find((u) => u.unitCode === "phuoc-binh")!.counts).toHaveLength(1);
    expect(await h.db.prisma.surveyRespondent.count({ where: { surveyId } })).toBe(0);
  });
});

describe("reading", () => {
  it("lets leadership read the rounds (not manage them) and shows a unit officer nothing", async () => {
    const lead = await h.gql<{ year: { viewerCanManageSurveys: boolean; surveys: Array<{ id: string }> } }>(
      YEAR_SURVEYS,
      { year: 2021 },
      cookies.leadership,
    );
    expect(lead.body.data!.year.viewerCanManageSurveys).toBe(false);
    expect(lead.body.data!.year.surveys.map((s) => s.id)).toContain(surveyId);
    const officer = await h.gql<{ year: { surveys: unknown[] } }>(YEAR_SURVEYS, { year: 2021 }, cookies.justice);
    expect(officer.body.data!.year.surveys).toEqual([]);
    expect((await h.gql<Round>(ROUND, { id: surveyId }, cookies.justice)).body.data!.survey).toBeNull();
  });

  it("reads a round in the same number of statements whatever the number of answered units", async () => {
    h.freshAnswers = true; // count what the resolvers run, not a kept answer
    h.db.statements.length = 0;
    await round();
    const few = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    for (const code of ["long-thuy", "son-giang", "thac-mo"]) {
      await h.gql(
        SAVE,
        { input: { surveyId, unitId: unitIds.get(code), rows: [{ aspect: "RESULT", levels: [0, 0, 1, 1, 1] }] } },
        cookies.office,
      );
    }
    h.db.statements.length = 0;
    await round();
    expect(h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length).toBe(few);
    // session (2) + the round and its access (2) + results, imports, year status (3) + the year's units and
    // the respondents per unit (2) + the leaves behind the aspects … : a fixed number whatever the units
    expect(few).toBeLessThanOrEqual(12);
    h.freshAnswers = false;
  });
});

describe("templates", () => {
  it("serves the XLSX template with the header and the year's unit codes, and the CSV one with a BOM", async () => {
    const xlsx = await fetch(`${h.app.url}/templates/survey.xlsx?yearId=${yearId}`, {
      headers: { cookie: cookies.office! },
    });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe("Mã đơn vị");
    expect(header).toHaveLength(8);
    const guide = wb.worksheets[1]!;
    const codes: unknown[] = [];
    guide.eachRow((row) => codes.push(row.getCell(1).value));
    expect(codes).toContain("tu-phap");
    const csv = await fetch(`${h.app.url}/templates/survey.csv`, { headers: { cookie: cookies.office! } });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Mã đơn vị,Tiếp cận dịch vụ (1-5)");
    // a template imported as it is has no respondent rows
    const empty = await importFile(bytes.toString("base64"), "mau.csv");
    expect(empty.body.data!.importSurveyRespondents).toMatchObject({ problems: [{ code: "EMPTY_FILE" }] });
    expect((await fetch(`${h.app.url}/templates/survey.csv`)).status).toBe(401);
    const officer = await fetch(`${h.app.url}/templates/survey.xlsx?yearId=${yearId}`, {
      headers: { cookie: cookies.justice! },
    });
    expect(officer.status).toBe(403);
  });
});
