// Editing the plan by hand over real HTTP: Home Affairs adds a task at the end of an area (its
// code the area's next number, its dates from the time phrase, later tasks moved down) and moves
// tasks within an area; a unit officer is refused; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let office: string;
let justice: string;
let yearId: string;

beforeAll(async () => {
  h = await startHarness();
  office = await h.login("noivu@cchc.demo");
  justice = await h.login("tuphap@cchc.demo");
  yearId = (await h.db.prisma.evaluationYear.findFirstOrThrow({ where: { year: 2021 } })).id;
});
afterAll(async () => {
  await h?.close();
});

const ADD = `mutation($input: AddPlanTaskInput!) {
  addPlanTask(input: $input) {
    __typename
    ... on PlanTaskChanged { task { code number position timePhrase timing { kind start end due } leadUnits { id } } }
    ... on ValidationError { problems { field code } }
    ... on ForbiddenError { reason }
  }
}`;
const MOVE = `mutation($input: MovePlanTaskInput!) {
  movePlanTask(input: $input) {
    __typename
    ... on PlanTaskChanged { task { code position } }
    ... on ValidationError { problems { field code } }
    ... on ConflictError { currentVersion }
  }
}`;
type R<K extends string> = { [k in K]: Record<string, unknown> & { __typename: string } };

const order = async () =>
  (
    await h.db.prisma.planTask.findMany({ where: { yearId }, orderBy: { position: "asc" }, select: { code: true } })
  ).map((t) => t.code);

describe("editing the plan", () => {
  it("adds a task at the end of its area with the next code and dates from its phrase; audited", async () => {
    const before = await order();
    const area = await h.db.prisma.planArea.findFirstOrThrow({ where: { yearId, code: "I" } });
    const justiceId = (await h.db.prisma.unit.findFirstOrThrow({ where: { name: "Phòng Tư pháp" } })).id;
    const res = await h.gql<R<"addPlanTask">>(
      ADD,
      {
        input: {
          areaId: area.id,
          text: "Rà soát quy chế phối hợp",
          leadLabel: "Phòng Tư pháp",
          timePhrase: "Quý II, III/2021",
          leadUnitIds: [justiceId],
        },
      },
      office,
    );
    expect(res.body.data!.addPlanTask).toMatchObject({
      __typename: "PlanTaskChanged",
      task: {
        code: "I.4",
        number: 4,
        timing: { kind: "WINDOW", start: "2021-04-01", end: "2021-09-30", due: "2021-09-30" },
        leadUnits: [{ id: justiceId }],
      },
    });
    const after = await order();
    const lastOfI = before.filter((c) => c.startsWith("I.")).at(-1)!;
    const expected = [...before];
    expected.splice(before.indexOf(lastOfI) + 1, 0, "I.4");
    expect(after).toEqual(expected);
    expect(await h.db.prisma.auditLog.count({ where: { action: "plan_task.create" } })).toBe(1);
  });

  it("refuses a unit officer and bad input, and writes nothing", async () => {
    const area = await h.db.prisma.planArea.findFirstOrThrow({ where: { yearId, code: "II" } });
    const count = await h.db.prisma.planTask.count();
    const input = { areaId: area.id, text: "Thử", leadLabel: "Phòng Tư pháp", timePhrase: "Quý I" };
    const denied = await h.gql<R<"addPlanTask">>(ADD, { input }, justice);
    expect(denied.body.data!.addPlanTask).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });
    const bad = await h.gql<R<"addPlanTask">>(ADD, { input: { ...input, text: " ", timePhrase: "" } }, office);
    expect(bad.body.data!.addPlanTask).toMatchObject({
      __typename: "ValidationError",
      problems: [
        { field: "text", code: "REQUIRED" },
        { field: "timePhrase", code: "REQUIRED" },
      ],
    });
    expect(await h.db.prisma.planTask.count()).toBe(count);
  });

  it("moves a task down and up within its area, not past its edge, and answers a stale version", async () => {
    const i1 = await h.db.prisma.planTask.findFirstOrThrow({ where: { yearId, code: "I.1" } });
    const down = await h.gql<R<"movePlanTask">>(
      MOVE,
      { input: { id: i1.id, version: i1.version, direction: "DOWN" } },
      office,
    );
    expect(down.body.data!.movePlanTask.__typename).toBe("PlanTaskChanged");
    expect((await order()).slice(0, 2)).toEqual(["I.2", "I.1"]);
    const stale = await h.gql<R<"movePlanTask">>(
      MOVE,
      { input: { id: i1.id, version: i1.version, direction: "UP" } },
      office,
    );
    expect(stale.body.data!.movePlanTask).toMatchObject({ __typename: "ConflictError" });
    const now = await h.db.prisma.planTask.findUniqueOrThrow({ where: { id: i1.id } });
    await h.gql(MOVE, { input: { id: i1.id, version: now.version, direction: "UP" } }, office);
    expect((await order()).slice(0, 2)).toEqual(["I.1", "I.2"]);
    const top = await h.db.prisma.planTask.findUniqueOrThrow({ where: { id: i1.id } });
    const edge = await h.gql<R<"movePlanTask">>(
      MOVE,
      { input: { id: i1.id, version: top.version, direction: "UP" } },
      office,
    );
    expect(edge.body.data!.movePlanTask).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "direction", code: "AT_EDGE" }],
    });
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

describe("importing the plan from XLSX", () => {
  const IMPORT = `mutation($input: ImportPlanInput!) {
    importPlan(input: $input) {
      __typename
      ... on ImportPlanSuccess { created }
      ... on ValidationError { problems { field code message } }
      ... on ForbiddenError { reason }
    }
  }`;

  async function xlsx(rows: string[][]): Promise<string> {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Kế hoạch");
    for (const r of rows) sheet.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
  }
  const HEAD = ["Mã", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"];

  it("offers the template with the six columns", async () => {
    const res = await h.gql<{ planImportTemplate: string }>("{ planImportTemplate }", {}, office);
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(res.body.data!.planImportTemplate, "base64") as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HEAD);
  });

  it("writes nothing when any row has a problem, and lists each problem by row and column", async () => {
    const count = await h.db.prisma.planTask.count({ where: { yearId } });
    const file = await xlsx([
      HEAD,
      ["II.7", "Nhiệm vụ tốt", "Phòng Tư pháp", "", "Quý III", "Báo cáo"],
      ["I.1", "Mã đã có", "Phòng Tư pháp", "", "Quý III", ""],
      ["IX.1", "Lĩnh vực không có", "Phòng Tư pháp", "", "Quý III", ""],
      ["II.8", "", "Phòng Tư pháp", "", "", ""],
    ]);
    const res = await h.gql<R<"importPlan">>(IMPORT, { input: { yearId, contentBase64: file } }, office);
    expect(res.body.data!.importPlan).toMatchObject({ __typename: "ValidationError" });
    const problems = (
      res.body.data!.importPlan as unknown as { problems: Array<{ field: string; code: string; message: string }> }
    ).problems;
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      "rows.3.code:CODE_TAKEN",
      "rows.4.code:UNKNOWN_AREA",
      "rows.5.text:REQUIRED",
      "rows.5.timePhrase:REQUIRED",
    ]);
    expect(problems[0]!.message).toBe("Dòng 3 (Mã): Mã I.1 đã có trong kế hoạch.");
    expect(await h.db.prisma.planTask.count({ where: { yearId } })).toBe(count);
  });

  it("imports every good row into its area, with dates and units; refuses a unit officer and a non-XLSX file", async () => {
    const file = await xlsx([
      HEAD,
      [
        "II.7",
        "Tập huấn nghiệp vụ một cửa",
        "Phòng Tư pháp",
        "UBND phường Long Phước",
        "Tháng 3, 4/2021",
        "Lớp tập huấn",
      ],
      ["VII.9", "Tổng kết công tác CCHC", "Các cơ quan, đơn vị", "", "Cuối năm", "Báo cáo tổng kết"],
    ]);
    const denied = await h.gql<R<"importPlan">>(IMPORT, { input: { yearId, contentBase64: file } }, justice);
    expect(denied.body.data!.importPlan).toMatchObject({ __typename: "ForbiddenError" });
    const junk = await h.gql<R<"importPlan">>(
      IMPORT,
      { input: { yearId, contentBase64: Buffer.from("không phải xlsx").toString("base64") } },
      office,
    );
    expect(junk.body.data!.importPlan).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "contentBase64", code: "UNREADABLE_FILE" }],
    });

    const res = await h.gql<R<"importPlan">>(IMPORT, { input: { yearId, contentBase64: file } }, office);
    expect(res.body.data!.importPlan).toMatchObject({ __typename: "ImportPlanSuccess", created: 2 });
    const added = await h.db.prisma.planTask.findMany({
      where: { yearId, code: { in: ["II.7", "VII.9"] } },
      select: { code: true, windowStart: true, dueDate: true, units: { select: { role: true } } },
      orderBy: { code: "asc" },
    });
    expect(
      added.map((t) => [
        t.code,
        t.windowStart?.toISOString().slice(0, 10),
        t.dueDate?.toISOString().slice(0, 10),
        t.units.length,
      ]),
    ).toEqual([
      ["II.7", "2021-03-01", "2021-04-30", 2],
      ["VII.9", "2021-12-01", "2021-12-31", 0],
    ]);
    const codes = await order();
    expect(codes.indexOf("II.7")).toBe(codes.filter((c) => /^(I|II)\./.test(c)).length - 1);
    expect(codes.at(-1)).toBe("VII.9");
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

describe("plan areas", () => {
  const ADD_AREA = `mutation($input: AddPlanAreaInput!) {
    addPlanArea(input: $input) { __typename ... on PlanAreaChanged { area { code name position } } ... on ValidationError { problems { field code } } ... on ForbiddenError { reason } }
  }`;
  const UPDATE_AREA = `mutation($input: UpdatePlanAreaInput!) {
    updatePlanArea(input: $input) { __typename ... on PlanAreaChanged { area { code name } } ... on ForbiddenError { reason } }
  }`;

  it("adds an area after the last one, refuses a taken or malformed code and a unit officer, and renames one", async () => {
    const last = await h.db.prisma.planArea.findFirstOrThrow({ where: { yearId }, orderBy: { position: "desc" } });
    const added = await h.gql<R<"addPlanArea">>(
      ADD_AREA,
      { input: { yearId, code: "viii", name: "Chuyển đổi số" } },
      office,
    );
    expect(added.body.data!.addPlanArea).toMatchObject({
      area: { code: "VIII", name: "Chuyển đổi số", position: last.position + 1 },
    });
    const taken = await h.gql<R<"addPlanArea">>(ADD_AREA, { input: { yearId, code: "VIII", name: "Lặp" } }, office);
    expect(taken.body.data!.addPlanArea).toMatchObject({ problems: [{ field: "code", code: "AREA_CODE_TAKEN" }] });
    const bad = await h.gql<R<"addPlanArea">>(ADD_AREA, { input: { yearId, code: "8", name: "Sai" } }, office);
    expect(bad.body.data!.addPlanArea).toMatchObject({ problems: [{ field: "code", code: "BAD_AREA_CODE" }] });
    const denied = await h.gql<R<"addPlanArea">>(ADD_AREA, { input: { yearId, code: "IX", name: "Không" } }, justice);
    expect(denied.body.data!.addPlanArea).toMatchObject({ __typename: "ForbiddenError" });
    expect(await h.db.prisma.planArea.count({ where: { yearId } })).toBe(last.position + 2);

    const area = await h.db.prisma.planArea.findFirstOrThrow({ where: { yearId, code: "VIII" } });
    const renamed = await h.gql<R<"updatePlanArea">>(
      UPDATE_AREA,
      { input: { id: area.id, name: "Chính quyền số" } },
      office,
    );
    expect(renamed.body.data!.updatePlanArea).toMatchObject({ area: { code: "VIII", name: "Chính quyền số" } });
    expect(await h.db.prisma.auditLog.count({ where: { action: "plan_area.save" } })).toBe(2);
  });
});

describe("correcting a task's texts", () => {
  const UPDATE_TEXT = `mutation($input: UpdatePlanTaskTextInput!) {
    updatePlanTaskText(input: $input) {
      __typename
      ... on PlanTaskChanged { task { text timePhrase timing { kind start due } } }
      ... on ValidationError { problems { field code } }
      ... on ConflictError { currentVersion }
      ... on ForbiddenError { reason }
    }
  }`;

  it("changes the text and the phrase (dates recomputed), refuses a stale version and a unit officer", async () => {
    const t = await h.db.prisma.planTask.findFirstOrThrow({ where: { yearId, code: "III.1" } });
    const ok = await h.gql<R<"updatePlanTaskText">>(
      UPDATE_TEXT,
      { input: { id: t.id, version: t.version, text: "Nội dung đã sửa", timePhrase: "Từ tháng 3 đến tháng 5/2021" } },
      office,
    );
    expect(ok.body.data!.updatePlanTaskText).toMatchObject({
      task: {
        text: "Nội dung đã sửa",
        timePhrase: "Từ tháng 3 đến tháng 5/2021",
        timing: { kind: "WINDOW", start: "2021-03-01", due: "2021-05-31" },
      },
    });
    const stale = await h.gql<R<"updatePlanTaskText">>(
      UPDATE_TEXT,
      { input: { id: t.id, version: t.version, text: "Cũ" } },
      office,
    );
    expect(stale.body.data!.updatePlanTaskText).toMatchObject({ __typename: "ConflictError" });
    const denied = await h.gql<R<"updatePlanTaskText">>(
      UPDATE_TEXT,
      { input: { id: t.id, version: t.version + 1, text: "X" } },
      justice,
    );
    expect(denied.body.data!.updatePlanTaskText).toMatchObject({ __typename: "ForbiddenError" });
    const nothing = await h.gql<R<"updatePlanTaskText">>(
      UPDATE_TEXT,
      { input: { id: t.id, version: t.version + 1 } },
      office,
    );
    expect(nothing.body.data!.updatePlanTaskText).toMatchObject({
      problems: [{ field: "id", code: "NOTHING_TO_CHANGE" }],
    });
    expect(await h.db.prisma.auditLog.count({ where: { action: "plan_task.update_text", entityId: t.id } })).toBe(1);
  });
});
