// Progress on the plan's tasks over real HTTP: a unit officer reports its own part (lead or
// coordinating), another unit is refused, the task's status is the lead units' roll-up unless Home
// Affairs overrides it (with a reason, audited; clearing returns to the roll-up), evidence files
// attach to the part, "my tasks" lists exactly the unit's tasks, and the lists load in a fixed
// number of statements.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let office: string; // Home Affairs
let justice: string; // Phòng Tư pháp's officer
let ward: string; // Phường Long Phước's officer
let yearId: string;
let justiceId: string;
let wardId: string;

beforeAll(async () => {
  h = await startHarness();
  office = await h.login("noivu@cchc.demo");
  justice = await h.login("tuphap@cchc.demo");
  ward = await h.login("longphuoc@cchc.demo");
  yearId = (await h.db.prisma.evaluationYear.findFirstOrThrow({ where: { year: 2021 } })).id;
  justiceId = (await h.db.prisma.unit.findFirstOrThrow({ where: { name: "Phòng Tư pháp" } })).id;
  wardId = (await h.db.prisma.user.findFirstOrThrow({ where: { email: "longphuoc@cchc.demo" } })).unitId!;
});
afterAll(async () => {
  await h?.close();
});

const REPORT = `mutation($input: ReportTaskProgressInput!) {
  reportTaskProgress(input: $input) {
    __typename
    ... on ReportTaskProgressSuccess {
      progress { id version role status percent comment unit { id } evidence { id fileName } }
      task { code status statusOverride rollup { status percent doneCount leadCount } }
    }
    ... on ValidationError { code problems { field code message } }
    ... on ForbiddenError { code reason }
    ... on ConflictError { code currentVersion }
    ... on NotFoundError { code }
  }
}`;

const OVERRIDE = `mutation($input: OverrideTaskStatusInput!) {
  overrideTaskStatus(input: $input) {
    __typename
    ... on OverrideTaskStatusSuccess { task { code status statusOverride statusOverrideReason version rollup { status } } }
    ... on ValidationError { code problems { field code } }
    ... on ForbiddenError { code reason }
    ... on ConflictError { code currentVersion }
  }
}`;

type Result<K extends string> = { [key in K]: Record<string, unknown> & { __typename: string } };

async function task(code: string) {
  return h.db.prisma.planTask.findFirstOrThrow({
    where: { code, yearId },
    select: { id: true, version: true, status: true, units: { select: { unitId: true, role: true } } },
  });
}

async function partVersion(taskId: string, unitId: string) {
  return (await h.db.prisma.taskProgress.findUnique({ where: { taskId_unitId: { taskId, unitId } } }))?.version;
}

async function report(cookie: string, code: string, unitId: string, change: Record<string, unknown>) {
  const t = await task(code);
  const input = { taskId: t.id, version: await partVersion(t.id, unitId), ...change };
  return (await h.gql<Result<"reportTaskProgress">>(REPORT, { input }, cookie)).body;
}

async function upload(cookie: string, unitId: string, name: string) {
  const query = new URLSearchParams({ yearId, unitId });
  const res = await fetch(`${h.app.url}/files?${query}`, {
    method: "POST",
    headers: {
      "content-type": "application/pdf",
      "x-file-name": encodeURIComponent(name),
      "x-requested-with": "cchc",
      cookie,
    },
    body: new TextEncoder().encode("%PDF-1.4\n% báo cáo tiến độ\n%%EOF\n"),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { file: { id: string } }).file.id;
}

describe("reportTaskProgress", () => {
  it("lets the lead unit's officer report its part with a comment and files; the task takes the roll-up; audited", async () => {
    const fileId = await upload(justice, justiceId, "Kế hoạch tuyên truyền.pdf");
    const body = await report(justice, "I.1", justiceId, {
      status: "IN_PROGRESS",
      percent: 40,
      comment: "Đã xây dựng dự thảo",
      fileIds: [fileId],
    });
    expect(body.data!.reportTaskProgress).toMatchObject({
      __typename: "ReportTaskProgressSuccess",
      progress: {
        role: "LEAD",
        status: "IN_PROGRESS",
        percent: 40,
        comment: "Đã xây dựng dự thảo",
        unit: { id: justiceId },
        evidence: [{ id: fileId, fileName: "Kế hoạch tuyên truyền.pdf" }],
      },
      task: {
        code: "I.1",
        status: "IN_PROGRESS",
        statusOverride: null,
        rollup: { status: "IN_PROGRESS", percent: 40 },
      },
    });
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({ where: { action: "task_progress.report" } });
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({
      status: "IN_PROGRESS",
      percent: 40,
      evidenceFileIds: [fileId],
      taskStatus: "IN_PROGRESS",
    });

    // Done: 100 %, the task is done; an empty file list removes the files.
    const done = await report(justice, "I.1", justiceId, { status: "DONE", percent: 100, fileIds: [] });
    expect(done.data!.reportTaskProgress).toMatchObject({
      progress: { status: "DONE", percent: 100, evidence: [] },
      task: { status: "DONE", rollup: { status: "DONE", percent: 100 } },
    });
    expect(
      (await h.db.prisma.planTask.findFirstOrThrow({ where: { code: "I.1", yearId } })).completedAt,
    ).not.toBeNull();
  });

  it("refuses an officer of a unit not linked to the task, and writes nothing", async () => {
    const t = await task("I.2");
    expect(t.units.some((u) => u.unitId === wardId)).toBe(false);
    const body = await report(ward, "I.2", wardId, { status: "IN_PROGRESS", percent: 10 });
    expect(body.data!.reportTaskProgress).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_YOUR_UNIT" });
    expect(await h.db.prisma.taskProgress.count({ where: { taskId: t.id } })).toBe(0);
    // Home Affairs does not report a unit's part (it overrides the task's status instead).
    const byOffice = await report(office, "I.2", justiceId, { status: "IN_PROGRESS", percent: 10 });
    expect(byOffice.data!.reportTaskProgress).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });
  });

  it("refuses a file of another unit, a status and percent that disagree, and a cancel by a unit", async () => {
    const otherFile = await upload(ward, wardId, "Của phường.pdf");
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ status: "IN_PROGRESS", percent: 20, fileIds: [otherFile] }, "fileIds", "EVIDENCE_NOT_OF_UNIT"],
      [{ status: "DONE", percent: 80 }, "percent", "STATUS_PERCENT_MISMATCH"],
      [{ status: "IN_PROGRESS", percent: 101 }, "percent", "PERCENT_RANGE"],
      [{ status: "CANCELLED", percent: 0 }, "status", "CANCEL_NOT_ALLOWED"],
    ];
    const before = await h.db.prisma.taskProgress.findMany({ orderBy: { id: "asc" } });
    for (const [change, field, code] of cases) {
      const body = await report(justice, "I.3", justiceId, change);
      expect(body.data!.reportTaskProgress, JSON.stringify(change)).toMatchObject({
        __typename: "ValidationError",
        problems: [expect.objectContaining({ field, code })],
      });
    }
    expect(await h.db.prisma.taskProgress.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("answers a stale version of the part with ConflictError and overwrites nothing", async () => {
    const t = await task("I.3");
    const first = await report(justice, "I.3", justiceId, { status: "IN_PROGRESS", percent: 30 });
    expect(first.data!.reportTaskProgress.__typename).toBe("ReportTaskProgressSuccess");
    const stale = (
      await h.gql<Result<"reportTaskProgress">>(
        REPORT,
        { input: { taskId: t.id, status: "IN_PROGRESS", percent: 60 } }, // no version: "first report"
        justice,
      )
    ).body;
    expect(stale.data!.reportTaskProgress).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    expect((await h.db.prisma.taskProgress.findFirstOrThrow({ where: { taskId: t.id } })).percent).toBe(30);
  });

  it("rolls VI.3 (led by every unit) up from each unit's own part", async () => {
    const t = await task("VI.3");
    const leads = t.units.filter((u) => u.role === "LEAD").map((u) => u.unitId);
    expect(leads.length).toBeGreaterThan(5);
    const mine = await report(justice, "VI.3", justiceId, { status: "DONE", percent: 100 });
    expect(mine.data!.reportTaskProgress).toMatchObject({
      task: { status: "IN_PROGRESS", rollup: { status: "IN_PROGRESS", doneCount: 1, leadCount: leads.length } },
    });
    // Every other lead unit done too (written directly: setup), then the ward's report completes the task.
    const others = leads.filter((id) => id !== justiceId && id !== wardId);
    await h.db.prisma.taskProgress.createMany({
      data: others.map((unitId) => ({
        taskId: t.id,
        unitId,
        role: "LEAD" as const,
        status: "DONE" as const,
        percent: 100,
      })),
    });
    const last = await report(ward, "VI.3", wardId, { status: "DONE", percent: 100 });
    expect(last.data!.reportTaskProgress).toMatchObject({
      task: { status: "DONE", rollup: { status: "DONE", percent: 100, doneCount: leads.length } },
    });
  });

  it("takes a coordinating unit's contribution without moving the task", async () => {
    const coordinated = await h.db.prisma.planTaskUnit.findFirstOrThrow({
      where: { unitId: wardId, role: "COORDINATING", task: { yearId } },
      select: { task: { select: { code: true, status: true } } },
    });
    const body = await report(ward, coordinated.task.code, wardId, {
      status: "IN_PROGRESS",
      percent: 50,
      comment: "Phường đã phối hợp tuyên truyền",
    });
    expect(body.data!.reportTaskProgress).toMatchObject({
      progress: { role: "COORDINATING", percent: 50 },
      task: { status: coordinated.task.status },
    });
  });
});

describe("overrideTaskStatus", () => {
  it("lets Home Affairs set a status with a reason over the roll-up, keeps it through reports, and clears it back", async () => {
    const t = await task("I.3"); // Phòng Tư pháp's part: IN_PROGRESS 30 %
    const noReason = (
      await h.gql<Result<"overrideTaskStatus">>(
        OVERRIDE,
        { input: { taskId: t.id, version: t.version, status: "CANCELLED", reason: " " } },
        office,
      )
    ).body;
    expect(noReason.data!.overrideTaskStatus).toMatchObject({
      __typename: "ValidationError",
      problems: [expect.objectContaining({ field: "reason", code: "REQUIRED" })],
    });
    const byOfficer = (
      await h.gql<Result<"overrideTaskStatus">>(
        OVERRIDE,
        { input: { taskId: t.id, version: t.version, status: "DONE", reason: "x" } },
        justice,
      )
    ).body;
    expect(byOfficer.data!.overrideTaskStatus).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });

    const set = (
      await h.gql<Result<"overrideTaskStatus">>(
        OVERRIDE,
        { input: { taskId: t.id, version: t.version, status: "CANCELLED", reason: "Tỉnh dừng triển khai" } },
        office,
      )
    ).body;
    expect(set.data!.overrideTaskStatus).toMatchObject({
      task: {
        status: "CANCELLED",
        statusOverride: "CANCELLED",
        statusOverrideReason: "Tỉnh dừng triển khai",
        rollup: { status: "IN_PROGRESS" },
      },
    });
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({
      where: { action: "plan_task.update", entityId: t.id },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({
      reason: "Tỉnh dừng triển khai",
      after: expect.objectContaining({ statusOverride: "CANCELLED" }),
    });

    // A unit's report does not move an overridden task.
    const reported = await report(justice, "I.3", justiceId, { status: "DONE", percent: 100 });
    expect(reported.data!.reportTaskProgress).toMatchObject({
      task: { status: "CANCELLED", rollup: { status: "DONE" } },
    });

    const now = await task("I.3");
    const cleared = (
      await h.gql<Result<"overrideTaskStatus">>(
        OVERRIDE,
        { input: { taskId: t.id, version: now.version, status: null, reason: "Tiếp tục" } },
        office,
      )
    ).body;
    expect(cleared.data!.overrideTaskStatus).toMatchObject({
      task: { status: "DONE", statusOverride: null, statusOverrideReason: null },
    });

    const stale = (
      await h.gql<Result<"overrideTaskStatus">>(
        OVERRIDE,
        { input: { taskId: t.id, version: now.version, status: "DONE", reason: "cũ" } },
        office,
      )
    ).body;
    expect(stale.data!.overrideTaskStatus).toMatchObject({ __typename: "ConflictError" });
  });
});

describe("myTasks and the plan's progress", () => {
  const MY_TASKS = `query($yearId: ID!) {
    myTasks(yearId: $yearId) { role task { code viewerCanReportProgress } part { status percent evidence { id } } }
    year(year: 2021) { viewerTasks { id role } }
  }`;

  it("lists exactly the tasks the officer's unit leads or coordinates, each with its own part", async () => {
    const res = await h.gql<{
      myTasks: Array<{
        role: string;
        task: { code: string; viewerCanReportProgress: boolean };
        part: { status: string } | null;
      }>;
    }>(MY_TASKS, { yearId }, justice);
    const links = await h.db.prisma.planTaskUnit.findMany({
      where: { unitId: justiceId, task: { yearId } },
      select: { role: true, task: { select: { code: true } } },
    });
    const got = res.body.data!.myTasks;
    const leadCodes = new Set(links.filter((l) => l.role === "LEAD").map((l) => l.task.code));
    const expected = links.filter((l) => l.role === "LEAD" || !leadCodes.has(l.task.code));
    expect(got.map((x) => `${x.role} ${x.task.code}`).sort()).toEqual(
      expected.map((l) => `${l.role} ${l.task.code}`).sort(),
    );
    expect(got.every((x) => x.task.viewerCanReportProgress)).toBe(true);
    // the same list on the year (the page's one query)
    expect((res.body.data as unknown as { year: { viewerTasks: unknown[] } }).year.viewerTasks).toHaveLength(
      got.length,
    );
    expect(got.find((x) => x.task.code === "I.1")).toMatchObject({ role: "LEAD", part: { status: "DONE" } });
    expect(got.find((x) => x.task.code === "I.2")).toMatchObject({ part: null });
    // Home Affairs is not a unit officer: an empty list, not an error (and the resolver still spreads
    // Pothos' query: no "Prisma query was unused" warning).
    const warn = vi.spyOn(console, "warn");
    const none = await h.gql<{ myTasks: unknown[] }>(MY_TASKS, { yearId }, office);
    expect(none.body.data!.myTasks).toEqual([]);
    expect(warn.mock.calls.flat().join("\n")).not.toMatch(
      /Prisma query was unused in resolver for (Query\.myTasks|EvaluationYear\.viewerTasks)/,
    );
    warn.mockRestore();
  });

  it("loads my tasks and the plan's parts and roll-ups in a fixed number of statements", async () => {
    h.freshAnswers = true; // count what the resolvers run, not a kept answer
    h.db.statements.length = 0;
    await h.gql(MY_TASKS, { yearId }, ward);
    const wardCount = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    h.db.statements.length = 0;
    await h.gql(MY_TASKS, { yearId }, justice);
    expect(h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length).toBe(wardCount);

    const PLAN = `query($area: String) { year(year: 2021) { planTasks(areaCode: $area) {
      code status rollup { percent } viewerCanReportProgress viewerCanOverrideStatus
      progress { role status percent unit { name } evidence { id } }
    } } }`;
    h.db.statements.length = 0;
    const all = await h.gql<{ year: { planTasks: unknown[] } }>(PLAN, {}, office);
    expect(all.body.data!.year.planTasks).toHaveLength(20);
    const allCount = h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    h.db.statements.length = 0;
    await h.gql(PLAN, { area: "IV" }, office);
    expect(h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length).toBe(allCount);
    expect(allCount).toBeLessThanOrEqual(14);
    h.freshAnswers = false;
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

describe("updatePlanTask's status after the roll-up", () => {
  const UPDATE = `mutation($input: UpdatePlanTaskInput!) {
    updatePlanTask(input: $input) { __typename ... on UpdatePlanTaskSuccess { task { status statusOverride progress { unit { id } status percent } } } ... on Error { code } }
  }`;

  it("is Home Affairs' override, and the lead officer's own part (the task then takes the roll-up)", async () => {
    const t = await task("I.2"); // led by Phòng Tư pháp alone; no part reported yet
    const byOffice = await h.gql<Result<"updatePlanTask">>(
      UPDATE,
      { input: { id: t.id, version: t.version, status: "DONE" } },
      office,
    );
    expect(byOffice.body.data!.updatePlanTask).toMatchObject({
      task: { status: "DONE", statusOverride: "DONE", progress: [] },
    });
    const again = await task("I.2");
    const byOfficer = await h.gql<Result<"updatePlanTask">>(
      UPDATE,
      { input: { id: again.id, version: again.version, status: "IN_PROGRESS" } },
      justice,
    );
    expect(byOfficer.body.data!.updatePlanTask).toMatchObject({
      task: {
        statusOverride: "DONE",
        status: "DONE",
        progress: [{ unit: { id: justiceId }, status: "IN_PROGRESS", percent: 50 }],
      },
    });
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});
