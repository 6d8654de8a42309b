// The unit's own plan and the registration form over the real API: the state machine DRAFT →
// SUBMITTED → RETURNED (comment) → SUBMITTED → ACCEPTED with its history, the total and its words
// (bigint budgets beyond 2^53), another unit's officer refused, on time / late on an injected clock
// (the services with `now` passed in, and the API's own clock), and the DOCX/XLSX downloads opened
// and checked against the template's columns.
import { sampleYear } from "@cchc/db/testing";
import { submitUnitPlan } from "@cchc/services";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const SAVE = `mutation($input: SaveRegistrationItemInput!) {
  saveRegistrationItem(input: $input) {
    __typename
    ... on RegistrationSuccess { itemId registration { id version status totalBudgetVnd totalInWords items { id version position content budgetVnd leadUnit { id } coordinatingUnits { id } } } }
    ... on Error { code message }
    ... on ValidationError { problems { field code } }
    ... on ForbiddenError { reason }
    ... on RegistrationStatusError { status }
    ... on ConflictError { currentVersion }
  }
}`;

const MOVE_FIELDS = `__typename
    ... on RegistrationSuccess { registration { id version status returnComment viewerCanEdit viewerCanSubmit viewerCanReview events { action comment actorName } } }
    ... on Error { code message }
    ... on ValidationError { problems { field code } }
    ... on ForbiddenError { reason }
    ... on RegistrationStatusError { status }
    ... on ConflictError { currentVersion }`;

const SUBMIT = `mutation($input: SubmitRegistrationInput!) { submitRegistration(input: $input) { ${MOVE_FIELDS} } }`;
const ACCEPT = `mutation($input: ReviewRegistrationInput!) { acceptRegistration(input: $input) { ${MOVE_FIELDS} } }`;
const RETURN = `mutation($input: ReviewRegistrationInput!) { returnRegistration(input: $input) { ${MOVE_FIELDS} } }`;
const DELETE = `mutation($input: DeleteRegistrationItemInput!) { deleteRegistrationItem(input: $input) { ${MOVE_FIELDS} } }`;
const MOVE = `mutation($input: MoveRegistrationItemInput!) { moveRegistrationItem(input: $input) { ${MOVE_FIELDS} } }`;

// biome-ignore lint/suspicious/noExplicitAny: the answers are read loosely; each assertion names what it expects
type Result = Record<string, any>;

let h: Harness;
let yearId: string;
let justiceId: string;
let wardId: string;
let financeId: string;
let justice: string;
let ward: string;
let office: string;
let leader: string;

beforeAll(async () => {
  h = await startHarness();
  const sample = await sampleYear(h.db.prisma);
  yearId = sample.year.id;
  justiceId = sample.unitIds.get("tu-phap")!;
  wardId = sample.unitIds.get("long-phuoc")!;
  financeId = [...sample.unitIds.entries()].find(([code]) => code !== "tu-phap" && code !== "long-phuoc")![1];
  justice = await h.login("tuphap@cchc.demo");
  ward = await h.login("longphuoc@cchc.demo");
  office = await h.login("noivu@cchc.demo");
  leader = await h.login("lanhdao@cchc.demo");
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const item = (over: Record<string, unknown> = {}) => ({
  yearId,
  unitId: justiceId,
  content: "Rà soát, công bố thủ tục hành chính lĩnh vực tư pháp",
  resultProduct: "Quyết định công bố",
  startDate: "2021-03-01",
  endDate: "2021-06-30",
  leadUnitId: justiceId,
  coordinatingUnitIds: [wardId],
  budgetVnd: "15.000.000",
  note: null,
  ...over,
});

async function save(cookie: string, input: Record<string, unknown>) {
  return (await h.gql<Result>(SAVE, { input }, cookie)).body.data!.saveRegistrationItem;
}

async function registration() {
  return h.db.prisma.unitRegistration.findUniqueOrThrow({
    where: { yearId_unitId: { yearId, unitId: justiceId } },
    include: { items: { orderBy: { position: "asc" } }, events: { orderBy: { at: "asc" } } },
  });
}

describe("the registration form's way through Home Affairs", () => {
  it("the officer adds items: the first creates a DRAFT; the total and its words follow (bigint)", async () => {
    const first = await save(justice, item());
    expect(first.__typename).toBe("RegistrationSuccess");
    expect(first.registration.status).toBe("DRAFT");
    expect(first.registration.totalBudgetVnd).toBe("15000000");
    const second = await save(
      justice,
      item({ content: "Tập huấn", resultProduct: "Lớp tập huấn", budgetVnd: "5500000", coordinatingUnitIds: [] }),
    );
    expect(second.registration.totalBudgetVnd).toBe("20500000");
    expect(second.registration.totalInWords).toBe("Hai mươi triệu năm trăm nghìn đồng");
    expect(second.registration.items.map((i: Result) => i.position)).toEqual([0, 1]);
    expect(second.registration.items[0].coordinatingUnits).toEqual([{ id: wardId }]);
  });

  it("refuses bad items with every problem under its field, writing nothing", async () => {
    const before = await registration();
    const bad = await save(
      justice,
      item({
        content: " ",
        budgetVnd: "-5",
        startDate: "2021-07-01",
        endDate: "2021-06-01",
        coordinatingUnitIds: [justiceId],
      }),
    );
    expect(bad.__typename).toBe("ValidationError");
    const fields = bad.problems.map((p: Result) => `${p.field}:${p.code}`).sort();
    expect(fields).toEqual(["budgetVnd:INVALID_AMOUNT", "content:REQUIRED"]);
    const dates = await save(
      justice,
      item({ startDate: "2021-07-01", endDate: "2021-06-01", coordinatingUnitIds: [justiceId] }),
    );
    expect(dates.problems.map((p: Result) => p.code).sort()).toEqual(["END_BEFORE_START", "LEAD_IS_COORDINATOR"]);
    const unknownUnit = await save(justice, item({ leadUnitId: "no-such-unit" }));
    expect(unknownUnit.problems).toEqual([{ field: "leadUnitId", code: "UNIT_NOT_IN_YEAR" }]);
    expect(await registration()).toEqual(before);
  });

  it("keeps large budgets exact as strings of digits, up to the cap of 1.000 tỷ đồng per item", async () => {
    const over = await save(justice, item({ budgetVnd: "1000000000001" }));
    expect(over.problems).toEqual([{ field: "budgetVnd", code: "TOO_LARGE" }]);
    const big = await save(justice, item({ content: "Đầu tư hạ tầng", budgetVnd: "1.000.000.000.000" }));
    expect(big.registration.totalBudgetVnd).toBe("1000020500000");
    expect(big.registration.totalInWords).toBe("Một nghìn tỷ không trăm hai mươi triệu năm trăm nghìn đồng");
    const stale = await save(justice, item({ id: big.itemId, version: 99, budgetVnd: "1" }));
    expect(stale.__typename).toBe("ConflictError");
    const del = (await h.gql<Result>(DELETE, { input: { id: big.itemId, version: 1 } }, justice)).body.data!
      .deleteRegistrationItem;
    expect(del.__typename).toBe("RegistrationSuccess");
    expect((await registration()).totalBudgetVnd).toBe(20_500_000n);
  });

  it("moves an item and renumbers", async () => {
    const r = await registration();
    const second = r.items[1]!;
    const moved = (
      await h.gql<Result>(MOVE, { input: { id: second.id, version: second.version, direction: "UP" } }, justice)
    ).body.data!.moveRegistrationItem;
    expect(moved.__typename).toBe("RegistrationSuccess");
    const after = await registration();
    expect(after.items.map((i) => i.content)).toEqual(["Tập huấn", r.items[0]!.content]);
    const top = after.items[0]!;
    const again = (await h.gql<Result>(MOVE, { input: { id: top.id, version: top.version, direction: "UP" } }, justice))
      .body.data!.moveRegistrationItem;
    expect(again.problems).toEqual([{ field: "direction", code: "ALREADY_FIRST" }]);
  });

  it("another unit's officer can neither read nor change it; Home Affairs cannot edit it", async () => {
    const r = await registration();
    const other = await save(ward, item());
    expect(other).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_YOUR_UNIT" });
    const byOffice = await save(office, item());
    expect(byOffice).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });
    const read = await h.gql<Result>(
      `query($id: ID!, $unitId: ID!) { evaluationYear(id: $id) { registration(unitId: $unitId) { id } } }`,
      { id: yearId, unitId: justiceId },
      ward,
    );
    expect(read.body.data?.evaluationYear?.registration ?? null).toBeNull();
    const download = await fetch(`${h.app.url}/registrations/${r.id}.docx`, { headers: { cookie: ward } });
    expect(download.status).toBe(404);
    expect(await registration()).toEqual(r);
  });

  it("submit → return with a comment → fix and resubmit → accept, with the history", async () => {
    let r = await registration();
    const early = (await h.gql<Result>(RETURN, { input: { id: r.id, version: r.version, comment: "Sửa" } }, office))
      .body.data!.returnRegistration;
    expect(early).toMatchObject({ __typename: "RegistrationStatusError", status: "DRAFT" }); // nothing sent yet

    const sent = (
      await h.gql<Result>(
        SUBMIT,
        { input: { id: r.id, version: r.version, preparerName: "Nguyễn Văn A", headName: "Trần Thị B" } },
        justice,
      )
    ).body.data!.submitRegistration;
    expect(sent.registration).toMatchObject({ status: "SUBMITTED", viewerCanEdit: false, viewerCanSubmit: false });
    const locked = await save(justice, item());
    expect(locked).toMatchObject({ __typename: "RegistrationStatusError", status: "SUBMITTED" });
    const byLeader = (await h.gql<Result>(ACCEPT, { input: { id: r.id, version: sent.registration.version } }, leader))
      .body.data!.acceptRegistration;
    expect(byLeader).toMatchObject({ __typename: "ForbiddenError" });

    const emptyComment = (
      await h.gql<Result>(RETURN, { input: { id: r.id, version: sent.registration.version, comment: "  " } }, office)
    ).body.data!.returnRegistration;
    expect(emptyComment.__typename).toBe("ValidationError");
    const returned = (
      await h.gql<Result>(
        RETURN,
        { input: { id: r.id, version: sent.registration.version, comment: "Bổ sung kinh phí tập huấn" } },
        office,
      )
    ).body.data!.returnRegistration;
    expect(returned.registration).toMatchObject({ status: "RETURNED", returnComment: "Bổ sung kinh phí tập huấn" });

    r = await registration();
    const training = r.items.find((i) => i.content === "Tập huấn")!;
    const fixed = await save(
      justice,
      item({
        id: training.id,
        version: training.version,
        content: "Tập huấn",
        resultProduct: "Lớp tập huấn",
        budgetVnd: "8.000.000",
        coordinatingUnitIds: [],
      }),
    );
    expect(fixed.registration.totalBudgetVnd).toBe("23000000");
    const resent = (await h.gql<Result>(SUBMIT, { input: { id: r.id, version: fixed.registration.version } }, justice))
      .body.data!.submitRegistration;
    expect(resent.registration.status).toBe("SUBMITTED");
    const accepted = (
      await h.gql<Result>(ACCEPT, { input: { id: r.id, version: resent.registration.version } }, office)
    ).body.data!.acceptRegistration;
    expect(accepted.registration.status).toBe("ACCEPTED");
    expect(accepted.registration.events.map((e: Result) => e.action)).toEqual([
      "ACCEPTED",
      "SUBMITTED",
      "RETURNED",
      "SUBMITTED",
    ]);
    expect(accepted.registration.events[2]).toMatchObject({
      comment: "Bổ sung kinh phí tập huấn",
      actorName: expect.any(String),
    });
    const audit = await h.db.prisma.auditLog.findMany({ where: { entityId: r.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "registration.submit",
      "registration.return",
      "registration.submit",
      "registration.accept",
    ]);
    const twice = (await h.gql<Result>(ACCEPT, { input: { id: r.id, version: accepted.registration.version } }, office))
      .body.data!.acceptRegistration;
    expect(twice).toMatchObject({ __typename: "RegistrationStatusError", status: "ACCEPTED" });
  });

  it("Home Affairs sees every unit with its registration status", async () => {
    const res = await h.gql<Result>(
      `query($id: ID!) { evaluationYear(id: $id) { registrations { unitId unitName status itemCount totalBudgetVnd planTiming } } }`,
      { id: yearId },
      office,
    );
    const rows = res.body.data!.evaluationYear.registrations as Result[];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.find((r) => r.unitId === justiceId)).toMatchObject({
      status: "ACCEPTED",
      itemCount: 2,
      totalBudgetVnd: "23000000",
    });
    expect(rows.find((r) => r.unitId === wardId)).toMatchObject({ status: null, planTiming: "MISSING" });
    const own = await h.gql<Result>(
      `query($id: ID!) { evaluationYear(id: $id) { registrations { unitId } } }`,
      { id: yearId },
      ward,
    );
    expect(own.body.data!.evaluationYear.registrations).toEqual([{ unitId: wardId }]);
  });

  it("the DOCX follows the template: national header, 7 columns + STT, total in words, two signature blocks", async () => {
    const r = await registration();
    const res = await fetch(`${h.app.url}/registrations/${r.id}.docx`, { headers: { cookie: office } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(".docx");
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml
      .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, "")}\n`)
      .replace(/<[^>]+>/g, "");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "UBND THỊ XÃ PHƯỚC LONG",
      "MẪU ĐĂNG KÝ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021",
      "Nội dung công việc cụ thể",
      "Kết quả sản phẩm",
      "Thời gian thực hiện",
      "Bắt đầu",
      "Kết thúc",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Kinh phí dự kiến (VNĐ)",
      "Ghi chú",
      "Tổng kinh phí (Bằng chữ): Hai mươi ba triệu đồng.",
      "Người lập biểu",
      "(Ký, ghi rõ họ tên)",
      "Thủ trưởng cơ quan, đơn vị",
      "(Ký tên, đóng dấu)",
      "Nguyễn Văn A",
      "23.000.000",
    ]) {
      expect(text).toContain(s);
    }
    for (const n of ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]) expect(text).toContain(n);
    // the items table: STT + (1), (2), (3) as two columns, (4)…(7) = 9 grid columns
    const tables = xml.split("<w:tbl>").slice(1);
    const itemsTable = tables.find((t) => t.includes("Nội dung công việc cụ thể"))!;
    expect(itemsTable.match(/<w:gridCol /g)?.length).toBe(9);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("Times New Roman");
  });

  it("the XLSX has one row per item, the total and the words", async () => {
    const r = await registration();
    const res = await fetch(`${h.app.url}/registrations/${r.id}.xlsx`, { headers: { cookie: justice } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(4).getCell(2).value).toBe("Nội dung công việc cụ thể");
    expect(ws.getRow(6).getCell(9).value).toBe("(7)");
    const rows = [7, 8].map((n) => ws.getRow(n));
    expect(rows.map((row) => row.getCell(2).value)).toEqual(r.items.map((i) => i.content));
    expect(rows.map((row) => row.getCell(8).value)).toEqual(r.items.map((i) => Number(i.budgetVnd)));
    expect(rows[0]!.getCell(8).numFmt).toContain("#,##0");
    expect(ws.getRow(9).getCell(1).value).toBe("Tổng cộng");
    expect(ws.getRow(9).getCell(8).value).toBe(23_000_000);
    expect(ws.getRow(10).getCell(1).value).toBe("Tổng kinh phí (Bằng chữ): Hai mươi ba triệu đồng.");
  });
});

describe("the unit's own plan: on time / late on the server's clock", () => {
  async function file(unitId: string, name: string) {
    return h.db.prisma.evidenceFile.create({
      data: {
        yearId,
        unitId,
        fileName: name,
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storagePath: `test/${name}`,
      },
    });
  }
  const viewer = async (email: string) => {
    const u = await h.db.prisma.user.findUniqueOrThrow({ where: { email } });
    return { userId: u.id, roles: u.roles, unitId: u.unitId };
  };

  it("23:30 local on 19/02 is on time; 00:10 local on 20/02 is late (injected clock)", async () => {
    const officer = await viewer("tuphap@cchc.demo");
    const f1 = await file(justiceId, "ke-hoach-1.pdf");
    const onTime = await submitUnitPlan(
      { prisma: h.db.prisma, viewer: officer, now: new Date("2021-02-19T16:30:00Z") },
      { yearId, unitId: justiceId, documentNumber: "05/KH-PTP", issuedOn: "2021-02-18", fileId: f1.id },
    );
    expect(onTime.timing).toBe("on_time");
    const f2 = await file(justiceId, "ke-hoach-2.pdf");
    const late = await submitUnitPlan(
      { prisma: h.db.prisma, viewer: officer, now: new Date("2021-02-19T17:10:00Z") },
      { yearId, unitId: justiceId, documentNumber: "05/KH-PTP", issuedOn: "2021-02-18", fileId: f2.id, version: 1 },
    );
    expect(late.timing).toBe("late");
    const audit = await h.db.prisma.auditLog.findMany({
      where: { action: "unit_plan.submit", entityId: late.unitPlanId },
    });
    expect(audit).toHaveLength(2);
  });

  it("over the API (15/06/2021): late, shown to Home Affairs; refused for another unit and for a stale version", async () => {
    const f = await file(wardId, "kh-long-phuoc.pdf");
    const SUBMIT_PLAN = `mutation($input: SubmitUnitPlanInput!) { submitUnitPlan(input: $input) {
      __typename ... on SubmitUnitPlanSuccess { unitPlan { version timing onTime documentNumber issuedOn file { id } } }
      ... on ForbiddenError { reason } ... on ValidationError { problems { field code } } ... on ConflictError { currentVersion } } }`;
    const input = { yearId, unitId: wardId, documentNumber: "12/KH-UBND", issuedOn: "2021-06-01", fileId: f.id };
    const byJustice = await h.gql<Result>(SUBMIT_PLAN, { input }, justice);
    expect(byJustice.body.data!.submitUnitPlan).toMatchObject({
      __typename: "ForbiddenError",
      reason: "NOT_YOUR_UNIT",
    });
    const future = await h.gql<Result>(SUBMIT_PLAN, { input: { ...input, issuedOn: "2021-07-01" } }, ward);
    expect(future.body.data!.submitUnitPlan.problems).toEqual([{ field: "issuedOn", code: "IN_FUTURE" }]);
    const otherFile = await file(justiceId, "not-the-ward.pdf");
    const wrongFile = await h.gql<Result>(SUBMIT_PLAN, { input: { ...input, fileId: otherFile.id } }, ward);
    expect(wrongFile.body.data!.submitUnitPlan.problems).toEqual([{ field: "fileId", code: "EVIDENCE_NOT_OF_UNIT" }]);
    const ok = await h.gql<Result>(SUBMIT_PLAN, { input }, ward);
    expect(ok.body.data!.submitUnitPlan.unitPlan).toMatchObject({ version: 1, timing: "LATE", onTime: false });
    const stale = await h.gql<Result>(SUBMIT_PLAN, { input }, ward);
    expect(stale.body.data!.submitUnitPlan).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    const list = await h.gql<Result>(
      `query($id: ID!) { evaluationYear(id: $id) { registrations { unitId planTiming documentNumber } } }`,
      { id: yearId },
      office,
    );
    const rows = list.body.data!.evaluationYear.registrations as Result[];
    expect(rows.find((r) => r.unitId === wardId)).toMatchObject({ planTiming: "LATE", documentNumber: "12/KH-UBND" });
    expect(rows.find((r) => r.unitId === justiceId)).toMatchObject({ planTiming: "LATE" });
    expect(rows.find((r) => r.unitId === financeId)).toMatchObject({ planTiming: "MISSING" });
  });
});
