// Planning inspection visits over the real API: scheduling with a team and a scope, clashes of a unit
// or an inspector refused with the clash named (also for two bookings sent at once), the steps
// (notify → start, cancel with a reason; not out of order), versions, who sees which visits, and the
// visits list in a fixed number of statements.
import { sampleYear } from "@cchc/db/testing";
import { compareVietnamese } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const VISIT_FIELDS = `id version status date startTime endTime place scopeText cancelReason notifiedAt startedAt
  unit { id name } scope { node { id code } } team { userId name role isLead organization }
  viewerCanUpdate viewerCanNotify viewerCanStart viewerCanCancel`;

const STEP_RESULT = `__typename
  ... on InspectionVisitSuccess { visit { ${VISIT_FIELDS} } }
  ... on VisitStepError { status message }
  ... on ValidationError { problems { field code } }
  ... on ForbiddenError { reason }
  ... on ConflictError { currentVersion }
  ... on Error { code message }`;
const RESULT = `${STEP_RESULT}
  ... on VisitConflictError { message clashes { kind name unitName message visitId } }`;

const CREATE = `mutation($input: CreateInspectionVisitInput!) { createInspectionVisit(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($input: UpdateInspectionVisitInput!) { updateInspectionVisit(input: $input) { ${RESULT} } }`;
const NOTIFY = `mutation($input: MoveInspectionVisitInput!) { notifyInspectionVisit(input: $input) { ${STEP_RESULT} } }`;
const START = `mutation($input: MoveInspectionVisitInput!) { startInspectionVisit(input: $input) { ${STEP_RESULT} } }`;
const CANCEL = `mutation($input: CancelInspectionVisitInput!) { cancelInspectionVisit(input: $input) { ${STEP_RESULT} } }`;
const LIST = `query($filter: InspectionVisitFilter) {
  year(year: 2021) { inspectionVisits(filter: $filter) { ${VISIT_FIELDS} } }
}`;

type Visit = {
  id: string;
  version: number;
  status: string;
  date: string;
  startTime: string;
  endTime: string;
  cancelReason: string | null;
  notifiedAt: string | null;
  unit: { id: string; name: string };
  scope: Array<{ node: { id: string; code: string } }>;
  team: Array<{ userId: string | null; name: string; role: string; isLead: boolean; organization: string | null }>;
  viewerCanUpdate: boolean;
  viewerCanNotify: boolean;
  viewerCanStart: boolean;
  viewerCanCancel: boolean;
};
type Result = {
  __typename: string;
  visit?: Visit;
  clashes?: Array<{ kind: string; name: string; unitName: string; message: string; visitId: string }>;
  problems?: Array<{ field: string; code: string }>;
  status?: string;
  reason?: string;
  currentVersion?: number;
  message?: string;
};

let h: Harness;
let yearId: string;
let justiceId: string;
let wardId: string;
let thuyId: string;
let nodeId: string;
let inspectorId: string;
let office: string;
let inspector: string;
let otherInspector: string;
let justiceOfficer: string;
let wardOfficer: string;

const send = async (doc: string, field: string, input: Record<string, unknown>, cookie = office) => {
  const res = await h.gql<Record<string, Result>>(doc, { input }, cookie);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field]!;
};
const create = (input: Record<string, unknown>, cookie = office) =>
  send(
    CREATE,
    "createInspectionVisit",
    {
      yearId,
      unitId: justiceId,
      date: "2021-07-06",
      startTime: "08:00",
      endTime: "11:00",
      place: "Trụ sở Phòng Tư pháp",
      team: [{ userId: inspectorId, isLead: true }],
      scopeText: "Công tác chỉ đạo điều hành CCHC",
      ...input,
    },
    cookie,
  );
const list = async (cookie: string, filter: Record<string, unknown> = {}) => {
  const res = await h.gql<{ year: { inspectionVisits: Visit[] } }>(LIST, { filter }, cookie);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.year.inspectionVisits;
};

beforeAll(async () => {
  h = await startHarness({ now: new Date("2021-07-01T03:00:00Z") });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  yearId = year.id;
  justiceId = unitIds.get("tu-phap")!;
  wardId = unitIds.get("long-phuoc")!;
  thuyId = unitIds.get("long-thuy")!;
  await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "OPEN" } });
  // Visits the base seed may hold must not clash with this file's days.
  await h.db.prisma.inspectionVisit.deleteMany({
    where: { yearId, startsAt: { gte: new Date("2021-07-01"), lt: new Date("2021-08-01") } },
  });
  nodeId = (await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { framework: { yearId }, code: "7" } })).id;
  inspectorId = (await h.db.prisma.user.findUniqueOrThrow({ where: { email: "kiemtra@cchc.demo" } })).id;
  const { createUser } = await import("@cchc/db/testing");
  const other = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Lê Văn Kiểm" });
  office = await h.login("noivu@cchc.demo");
  inspector = await h.login("kiemtra@cchc.demo");
  otherInspector = await h.login(other.email, other.password);
  justiceOfficer = await h.login("tuphap@cchc.demo");
  wardOfficer = await h.login("longphuoc@cchc.demo");
});
afterAll(async () => {
  await h?.close();
});

describe("scheduling", () => {
  it("schedules a visit with a lead, an outside expert and a scope; the window reads back in local time", async () => {
    const r = await create({
      team: [
        { userId: inspectorId, isLead: true },
        { userId: null, name: "Trần Thị Bích", organization: "Sở Nội vụ", isLead: false },
      ],
      scopeNodeIds: [nodeId],
    });
    expect(r.__typename).toBe("InspectionVisitSuccess");
    expect(r.visit).toMatchObject({
      status: "PLANNED",
      date: "2021-07-06",
      startTime: "08:00",
      endTime: "11:00",
      scope: [{ node: { id: nodeId, code: "7" } }],
      team: [
        { userId: inspectorId, role: "Trưởng đoàn", isLead: true },
        { userId: null, name: "Trần Thị Bích", organization: "Sở Nội vụ", role: "Thành viên", isLead: false },
      ],
      viewerCanUpdate: true,
      viewerCanNotify: true,
      viewerCanStart: false,
    });
    const audit = await h.db.prisma.auditLog.findFirst({
      where: { entityId: r.visit!.id, action: "inspection_visit.create" },
    });
    expect(audit).not.toBeNull();
  });

  it("refuses the same unit in an overlapping window, naming the unit and the other window", async () => {
    const r = await create({
      startTime: "10:00",
      endTime: "12:00",
      team: [{ userId: null, name: "Chuyên gia", isLead: true }],
    });
    expect(r.__typename).toBe("VisitConflictError");
    expect(r.clashes).toEqual([
      expect.objectContaining({
        kind: "UNIT",
        message: expect.stringMatching(
          /^Phòng Tư pháp đã có lịch kiểm tra trùng thời gian: 06\/07\/2021, 08:00–11:00\.$/,
        ),
      }),
    ]);
  });

  it("refuses the same inspector at another unit in an overlapping window, naming the inspector", async () => {
    const r = await create({ unitId: wardId, startTime: "09:00", endTime: "09:30" });
    expect(r.__typename).toBe("VisitConflictError");
    expect(r.clashes?.map((c) => c.kind)).toEqual(["INSPECTOR"]);
    expect(r.clashes?.[0]?.message).toContain("06/07/2021, 08:00–11:00");
    expect(r.clashes?.[0]?.message).toContain("Phòng Tư pháp");
  });

  it("accepts a window that starts when the other ends", async () => {
    const r = await create({ startTime: "11:00", endTime: "12:00" });
    expect(r.__typename).toBe("InspectionVisitSuccess");
  });

  it("lets only one of two overlapping bookings sent at once through", async () => {
    const input = { unitId: wardId, date: "2021-07-08", team: [{ userId: null, name: "Chuyên gia", isLead: true }] };
    const both = await Promise.all([create(input), create({ ...input, startTime: "09:00" })]);
    expect(both.map((r) => r.__typename).sort()).toEqual(["InspectionVisitSuccess", "VisitConflictError"]);
    const stored = await h.db.prisma.inspectionVisit.count({
      where: { unitId: wardId, scheduledDate: new Date("2021-07-08T00:00:00Z") },
    });
    expect(stored).toBe(1);
  });

  it("refuses a team without exactly one lead, an end before the start and a missing scope, under their fields", async () => {
    const r = await create({
      date: "2021-07-20",
      endTime: "07:00",
      team: [{ userId: inspectorId, isLead: false }],
      scopeText: null,
    });
    expect(r.__typename).toBe("ValidationError");
    expect(r.problems?.map((p) => `${p.field}:${p.code}`).sort()).toEqual([
      "endTime:END_BEFORE_START",
      "scopeText:SCOPE_REQUIRED",
      "team:ONE_LEAD",
    ]);
  });

  it("refuses a unit officer, who cannot plan inspections", async () => {
    const r = await create({ date: "2021-07-21" }, justiceOfficer);
    expect(r).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });
  });
});

describe("steps", () => {
  let visit: Visit;
  beforeAll(async () => {
    visit = (await create({ unitId: thuyId, date: "2021-07-13", startTime: "14:00", endTime: "16:00" })).visit!;
  });

  it("starts only after the unit is notified; notify records when", async () => {
    const early = await send(START, "startInspectionVisit", { id: visit.id, version: visit.version });
    expect(early).toMatchObject({ __typename: "VisitStepError", status: "PLANNED" });
    const notified = await send(NOTIFY, "notifyInspectionVisit", { id: visit.id, version: visit.version }, inspector);
    expect(notified.visit).toMatchObject({
      status: "NOTIFIED",
      notifiedAt: "2021-07-01T03:00:00.000Z",
      viewerCanStart: true,
    });
    visit = notified.visit!;
  });

  it("refuses a stale version and an inspector not on the team", async () => {
    const stale = await send(START, "startInspectionVisit", { id: visit.id, version: visit.version - 1 });
    expect(stale).toMatchObject({ __typename: "ConflictError", currentVersion: visit.version });
    const stranger = await send(
      START,
      "startInspectionVisit",
      { id: visit.id, version: visit.version },
      otherInspector,
    );
    expect(stranger).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_ON_TEAM" });
    const update = await send(
      UPDATE,
      "updateInspectionVisit",
      {
        id: visit.id,
        version: visit.version,
        unitId: thuyId,
        date: "2021-07-13",
        startTime: "14:00",
        endTime: "17:00",
        team: [{ userId: inspectorId, isLead: true }],
        scopeText: "x",
      },
      otherInspector,
    );
    expect(update).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_ON_TEAM" });
  });

  it("changes the notified visit's window (the booking checked again), then starts it; a started visit keeps its window", async () => {
    const moved = await send(
      UPDATE,
      "updateInspectionVisit",
      {
        id: visit.id,
        version: visit.version,
        unitId: thuyId,
        date: "2021-07-13",
        startTime: "13:30",
        endTime: "17:00",
        team: [{ userId: inspectorId, isLead: true }],
        scopeText: "Cải cách TTHC",
      },
      inspector,
    );
    expect(moved.visit).toMatchObject({ startTime: "13:30", endTime: "17:00", version: visit.version + 1 });
    const clash = await send(UPDATE, "updateInspectionVisit", {
      id: visit.id,
      version: moved.visit!.version,
      unitId: justiceId,
      date: "2021-07-06",
      startTime: "10:30",
      endTime: "11:30",
      team: [{ userId: inspectorId, isLead: true }],
      scopeText: "Cải cách TTHC",
    });
    expect(clash.__typename).toBe("VisitConflictError");
    const started = await send(
      START,
      "startInspectionVisit",
      { id: visit.id, version: moved.visit!.version },
      inspector,
    );
    expect(started.visit).toMatchObject({ status: "IN_PROGRESS", viewerCanUpdate: false, viewerCanCancel: true });
    const late = await send(UPDATE, "updateInspectionVisit", {
      id: visit.id,
      version: started.visit!.version,
      unitId: thuyId,
      date: "2021-07-14",
      startTime: "13:30",
      endTime: "17:00",
      team: [{ userId: inspectorId, isLead: true }],
      scopeText: "Cải cách TTHC",
    });
    expect(late).toMatchObject({ __typename: "VisitStepError", status: "IN_PROGRESS" });
    visit = started.visit!;
  });

  it("cancels with a reason only; a cancelled visit frees its window", async () => {
    const bare = await send(CANCEL, "cancelInspectionVisit", { id: visit.id, version: visit.version, reason: "  " });
    expect(bare).toMatchObject({ __typename: "ValidationError", problems: [{ field: "reason", code: "REQUIRED" }] });
    const cancelled = await send(CANCEL, "cancelInspectionVisit", {
      id: visit.id,
      version: visit.version,
      reason: "Đơn vị có lịch họp đột xuất",
    });
    expect(cancelled.visit).toMatchObject({ status: "CANCELLED", cancelReason: "Đơn vị có lịch họp đột xuất" });
    const again = await send(CANCEL, "cancelInspectionVisit", {
      id: visit.id,
      version: cancelled.visit!.version,
      reason: "x",
    });
    expect(again).toMatchObject({ __typename: "VisitStepError", status: "CANCELLED" });
    const rebooked = await create({ unitId: thuyId, date: "2021-07-13", startTime: "14:00", endTime: "15:00" });
    expect(rebooked.__typename).toBe("InspectionVisitSuccess");
  });
});

describe("who sees which visits", () => {
  let planned: Visit;
  beforeAll(async () => {
    planned = (await create({ date: "2021-07-22", team: [{ userId: null, name: "Chuyên gia", isLead: true }] })).visit!;
  });

  it("shows a unit officer only its own unit's visits, and only once notified", async () => {
    const before = await list(justiceOfficer);
    expect(before.map((v) => v.id)).not.toContain(planned.id);
    expect(before.every((v) => v.unit.id === justiceId && v.status !== "PLANNED")).toBe(true);
    const one = await h.gql<{ inspectionVisit: Visit | null }>(
      `query($id: ID!) { inspectionVisit(id: $id) { id } }`,
      { id: planned.id },
      justiceOfficer,
    );
    expect(one.body.data?.inspectionVisit).toBeNull();
    await send(NOTIFY, "notifyInspectionVisit", { id: planned.id, version: planned.version });
    const after = await list(justiceOfficer);
    expect(after.map((v) => v.id)).toContain(planned.id);
    expect(after.find((v) => v.id === planned.id)).toMatchObject({ viewerCanUpdate: false, viewerCanCancel: false });
    expect((await list(wardOfficer)).map((v) => v.id)).not.toContain(planned.id);
    const other = await h.gql<{ inspectionVisit: Visit | null }>(
      `query($id: ID!) { inspectionVisit(id: $id) { id } }`,
      { id: planned.id },
      wardOfficer,
    );
    expect(other.body.data?.inspectionVisit).toBeNull();
  });

  it("shows an inspector every visit of the year, and 'mine' those on their team; filters by unit and status", async () => {
    const all = await list(otherInspector);
    expect(all.map((v) => v.id)).toContain(planned.id);
    const mine = await list(inspector, { mine: true });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((v) => v.team.some((m) => m.userId === inspectorId))).toBe(true);
    expect(await list(otherInspector, { mine: true })).toEqual([]);
    const cancelled = await list(office, { status: ["CANCELLED"] });
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((v) => v.status === "CANCELLED")).toBe(true);
    const ward = await list(office, { unitId: wardId, from: "2021-07-01", to: "2021-07-31" });
    expect(ward.every((v) => v.unit.id === wardId && v.date >= "2021-07-01")).toBe(true);
  });

  it("lists 2 or 10 visits with their units, teams and scopes in the same number of statements", async () => {
    h.freshAnswers = true; // count what the resolvers run, not a kept answer
    const count = async () => {
      h.db.statements.length = 0;
      await list(office, { from: "2021-08-01", to: "2021-08-31" });
      return h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    };
    for (let i = 0; i < 2; i++) {
      await create({ date: `2021-08-0${i + 1}`, scopeNodeIds: [nodeId] });
    }
    const few = await count();
    for (let i = 2; i < 10; i++) {
      await create({ date: `2021-08-${String(i + 1).padStart(2, "0")}`, scopeNodeIds: [nodeId] });
    }
    expect((await list(office, { from: "2021-08-01", to: "2021-08-31" })).length).toBe(10);
    expect(await count()).toBe(few);
    h.freshAnswers = false;
  });
});

describe("the year's inspection plan", () => {
  const SAVE_PLAN = `mutation($input: SaveInspectionPlanInput!) { saveInspectionPlan(input: $input) {
    __typename ... on Error { code message } ... on ConflictError { currentVersion }
    ... on SaveInspectionPlanSuccess { plan { id version title planTask { code } } } } }`;

  it("is created linked to the plan task that orders it, changed at the version seen, and refuses a stale one", async () => {
    const task = await h.db.prisma.planTask.findFirstOrThrow({ where: { yearId, code: "VII.1" } });
    const created = (await send(SAVE_PLAN, "saveInspectionPlan", {
      yearId,
      title: "Kế hoạch kiểm tra CCHC năm 2021",
      planTaskId: task.id,
    })) as unknown as { __typename: string; plan: { version: number; title: string; planTask: { code: string } } };
    expect(created.__typename).toBe("SaveInspectionPlanSuccess");
    expect(created.plan).toMatchObject({ title: "Kế hoạch kiểm tra CCHC năm 2021", planTask: { code: "VII.1" } });
    const changed = (await send(SAVE_PLAN, "saveInspectionPlan", {
      yearId,
      version: created.plan.version,
      title: "Kế hoạch kiểm tra CCHC năm 2021 (sửa)",
      planTaskId: task.id,
    })) as unknown as { __typename: string; plan: { version: number } };
    expect(changed.__typename).toBe("SaveInspectionPlanSuccess");
    expect(changed.plan.version).toBe(created.plan.version + 1);
    const stale = await send(SAVE_PLAN, "saveInspectionPlan", {
      yearId,
      version: created.plan.version,
      title: "Ghi đè",
      planTaskId: task.id,
    });
    expect(stale.__typename).toBe("ConflictError");
    const stored = await h.db.prisma.inspectionPlan.findUniqueOrThrow({ where: { yearId } });
    expect(stored.title).toBe("Kế hoạch kiểm tra CCHC năm 2021 (sửa)");
    // an officer of a unit may not plan inspections
    const refused = await send(SAVE_PLAN, "saveInspectionPlan", { yearId, title: "Không được" }, justiceOfficer);
    expect(refused.__typename).toBe("ForbiddenError");
  });
});

describe("the scheduling form's choices", () => {
  const CHOICES = `query($year: Int!) { year(year: $year) { viewerCanPlanInspections inspectionTeamChoices { id fullName } } }`;

  it("offers the active inspectors and Home Affairs accounts by name, none of the others, and nothing to a unit officer", async () => {
    const { createUser } = await import("@cchc/db/testing");
    const both = await createUser(h.db.prisma, { roles: ["LEADERSHIP", "HOME_AFFAIRS"], fullName: "Đỗ Thị Hai Vai" });
    const gone = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Ngô Văn Nghỉ" });
    await h.db.prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    const res = await h.gql<{
      year: { viewerCanPlanInspections: boolean; inspectionTeamChoices: Array<{ id: string; fullName: string }> };
    }>(CHOICES, { year: 2021 }, office);
    expect(res.body.errors).toBeUndefined();
    const { viewerCanPlanInspections, inspectionTeamChoices: people } = res.body.data!.year;
    expect(viewerCanPlanInspections).toBe(true);
    const ids = people.map((p) => p.id);
    expect(ids).toContain(inspectorId);
    expect(ids).toContain(both.id);
    expect(ids).not.toContain(gone.id);
    const expected = await h.db.prisma.user.findMany({ where: { active: true }, select: { id: true, roles: true } });
    expect(new Set(ids)).toEqual(
      new Set(
        expected.filter((u) => u.roles.includes("INSPECTOR") || u.roles.includes("HOME_AFFAIRS")).map((u) => u.id),
      ),
    );
    const names = people.map((p) => p.fullName);
    expect(names).toEqual([...names].sort(compareVietnamese));
    expect(names.indexOf("Đỗ Thị Hai Vai")).toBeLessThan(names.indexOf("Lê Văn Kiểm"));
    const officer = await h.gql<{ year: { inspectionTeamChoices: unknown[] } }>(
      CHOICES,
      { year: 2021 },
      justiceOfficer,
    );
    expect(officer.body.data!.year.inspectionTeamChoices).toEqual([]);
  });
});
