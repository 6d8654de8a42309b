// Progress on the plan's tasks: only an officer of a unit linked to the task reports, and only its
// own unit's part (Phòng Tư pháp leads I.2; Phường Long Phước is not linked to it); only Home
// Affairs overrides a task's status. Everyone else is refused and nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

const REPORT = `mutation($input: ReportTaskProgressInput!) {
  reportTaskProgress(input: $input) { __typename ... on Error { code message } }
}`;
const OVERRIDE = `mutation($input: OverrideTaskStatusInput!) {
  overrideTaskStatus(input: $input) { __typename ... on Error { code message } }
}`;

async function openYear() {
  await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
}

async function taskI2() {
  return kit.h.db.prisma.planTask.findFirstOrThrow({ where: { yearId: kit.yearId, code: "I.2" } });
}

async function state() {
  const task = await taskI2();
  const parts = await kit.h.db.prisma.taskProgress.findMany({ where: { taskId: task.id }, orderBy: { id: "asc" } });
  return { task, parts };
}

/** Reports Phòng Tư pháp's part of I.2 at the version it has now, toggling its percent. */
async function reportJustice(cookie: string | null) {
  const task = await taskI2();
  const part = await kit.h.db.prisma.taskProgress.findUnique({
    where: { taskId_unitId: { taskId: task.id, unitId: kit.justiceUnitId } },
  });
  const input = {
    taskId: task.id,
    version: part?.version ?? null,
    status: "IN_PROGRESS",
    percent: part?.percent === 10 ? 20 : 10,
    comment: "Ma trận quyền",
  };
  return gqlOutcome(REPORT, { input }, cookie, "reportTaskProgress");
}

async function overrideI2(cookie: string | null) {
  const task = await taskI2();
  const input = {
    taskId: task.id,
    version: task.version,
    status: task.statusOverride ? null : "CANCELLED",
    reason: "Ma trận quyền",
  };
  return gqlOutcome(OVERRIDE, { input }, cookie, "overrideTaskStatus");
}

const ADD = `mutation($input: AddPlanTaskInput!) {
  addPlanTask(input: $input) { __typename ... on Error { code message } }
}`;
const MOVE = `mutation($input: MovePlanTaskInput!) {
  movePlanTask(input: $input) { __typename ... on Error { code message } }
}`;

async function planState() {
  return kit.h.db.prisma.planTask.findMany({
    where: { yearId: kit.yearId },
    select: { id: true, code: true, position: true, version: true },
    orderBy: { id: "asc" },
  });
}

async function addToAreaVII(cookie: string | null) {
  const area = await kit.h.db.prisma.planArea.findFirstOrThrow({ where: { yearId: kit.yearId, code: "VII" } });
  const input = {
    areaId: area.id,
    text: "Ma trận quyền: nhiệm vụ thêm",
    leadLabel: "Phòng Nội vụ",
    timePhrase: "Quý IV",
  };
  return gqlOutcome(ADD, { input }, cookie, "addPlanTask");
}

/** Moves I.2 down (or back up when it is already below I.3), at its version now. */
async function moveI2(cookie: string | null) {
  const p = kit.h.db.prisma;
  const i2 = await p.planTask.findFirstOrThrow({ where: { yearId: kit.yearId, code: "I.2" } });
  const i3 = await p.planTask.findFirstOrThrow({ where: { yearId: kit.yearId, code: "I.3" } });
  const input = { id: i2.id, version: i2.version, direction: i2.position < i3.position ? "DOWN" : "UP" };
  return gqlOutcome(MOVE, { input }, cookie, "movePlanTask");
}

const IMPORT = `mutation($input: ImportPlanInput!) {
  importPlan(input: $input) { __typename ... on Error { code message } }
}`;

let importRun = 0;
/** Imports one new task into area VII (a fresh code each attempt, so an allowed import succeeds). */
async function importOne(cookie: string | null) {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Kế hoạch");
  sheet.addRow(["Mã", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]);
  sheet.addRow([`VII.${60 + importRun++}`, "Ma trận quyền: nhập kế hoạch", "Phòng Nội vụ", "", "Quý IV", ""]);
  const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
  return gqlOutcome(IMPORT, { input: { yearId: kit.yearId, contentBase64 } }, cookie, "importPlan");
}

const ADD_AREA = `mutation($input: AddPlanAreaInput!) {
  addPlanArea(input: $input) { __typename ... on Error { code message } }
}`;
const UPDATE_AREA = `mutation($input: UpdatePlanAreaInput!) {
  updatePlanArea(input: $input) { __typename ... on Error { code message } }
}`;
const ROMAN = ["VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

async function areaState() {
  return kit.h.db.prisma.planArea.findMany({ where: { yearId: kit.yearId }, orderBy: { id: "asc" } });
}

/** Adds the next unused area code (so an allowed attempt succeeds). */
async function addArea(cookie: string | null) {
  const used = new Set((await areaState()).map((a) => a.code));
  const code = ROMAN.find((c) => !used.has(c)) ?? "XX";
  return gqlOutcome(
    ADD_AREA,
    { input: { yearId: kit.yearId, code, name: "Ma trận quyền: lĩnh vực" } },
    cookie,
    "addPlanArea",
  );
}

async function renameAreaVII(cookie: string | null) {
  const area = await kit.h.db.prisma.planArea.findFirstOrThrow({ where: { yearId: kit.yearId, code: "VII" } });
  const name = area.name.endsWith("(đổi tên)") ? area.name.replace(" (đổi tên)", "") : `${area.name} (đổi tên)`;
  return gqlOutcome(UPDATE_AREA, { input: { id: area.id, name } }, cookie, "updatePlanArea");
}

const UPDATE_TEXT = `mutation($input: UpdatePlanTaskTextInput!) {
  updatePlanTaskText(input: $input) { __typename ... on Error { code message } }
}`;

/** Toggles a mark at the end of I.2's product text, at its version now. */
async function retextI2(cookie: string | null) {
  const task = await taskI2();
  const text = task.text.endsWith(" (sửa)") ? task.text.slice(0, -6) : `${task.text} (sửa)`;
  return gqlOutcome(UPDATE_TEXT, { input: { id: task.id, version: task.version, text } }, cookie, "updatePlanTaskText");
}

export const TASK_PROGRESS_ROWS: Record<string, Case[]> = {
  updatePlanTaskText: [
    { name: "correct task I.2's text", allowed: ["homeAffairs"], prepare: openYear, run: retextI2, state },
  ],
  addPlanArea: [
    {
      name: "add an area to the 2021 plan",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: addArea,
      state: areaState,
    },
  ],
  updatePlanArea: [
    {
      name: "rename area VII of the 2021 plan",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: renameAreaVII,
      state: areaState,
    },
  ],
  importPlan: [
    {
      name: "import a plan task from XLSX into the 2021 plan",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: importOne,
      state: planState,
    },
  ],
  addPlanTask: [
    {
      name: "add a task to area VII of the plan",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: addToAreaVII,
      state: planState,
    },
  ],
  movePlanTask: [
    {
      name: "move task I.2 within its area",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: moveI2,
      state: planState,
    },
  ],
  reportTaskProgress: [
    {
      name: "report Phòng Tư pháp's part of task I.2 (it leads it)",
      allowed: ["officerOfLeadUnit"],
      prepare: openYear,
      run: reportJustice,
      state,
    },
  ],
  overrideTaskStatus: [
    {
      name: "set task I.2's status by hand with a reason, or clear it",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: overrideI2,
      state,
    },
  ],
};
