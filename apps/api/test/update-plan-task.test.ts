import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let office: string; // Home Affairs
let ward: string; // a unit officer
beforeAll(async () => {
  h = await startHarness();
  office = await h.login("noivu@cchc.demo");
  ward = await h.login("longphuoc@cchc.demo");
});
afterAll(async () => {
  await h?.close();
});

const UPDATE = `mutation($input: UpdatePlanTaskInput!) {
  updatePlanTask(input: $input) {
    __typename
    ... on UpdatePlanTaskSuccess { task { code status overdue timing { kind start end due overridden note occurrences { due } } } }
    ... on ValidationError { message code problems { field code message } }
    ... on NotFoundError { message code }
    ... on ForbiddenError { message code reason }
    ... on ConflictError { message code current { status version } }
  }
}`;

type Result = { updatePlanTask: Record<string, unknown> & { __typename: string } };

async function taskId(code: string) {
  return (await h.db.prisma.planTask.findFirstOrThrow({ where: { code } })).id;
}

/** A task's id and the version a person who opens it now sees. */
async function versionOf(id: string) {
  return (await h.db.prisma.planTask.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function task(code: string) {
  const row = await h.db.prisma.planTask.findFirstOrThrow({ where: { code }, select: { id: true, version: true } });
  return row;
}

describe("updatePlanTask", () => {
  it("marks a task done: it is no longer overdue, and the change is audited", async () => {
    const id = await taskId("I.2");
    const res = await h.gql<Result>(UPDATE, { input: { id, version: await versionOf(id), status: "DONE" } }, office);
    expect(res.body.data!.updatePlanTask).toMatchObject({
      __typename: "UpdatePlanTaskSuccess",
      task: { code: "I.2", status: "DONE", overdue: false },
    });
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: "plan_task.update" } });
    expect(audit.before).toMatchObject({ status: "NOT_STARTED" });
    expect(audit.after).toMatchObject({ status: "DONE" });
    const me = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    expect(audit.actorId).toBe(me.id);
  });

  it("sets the dates of a 'Khi có thông báo của tỉnh' task by hand, with a reason, and can return to the plan's", async () => {
    const id = await taskId("IV.3");
    const set = await h.gql<Result>(
      UPDATE,
      {
        input: {
          id,
          version: await versionOf(id),
          timing: { start: "2021-07-01", end: "2021-09-30", due: "2021-09-30" },
          reason: "Công văn số 123 của tỉnh",
        },
      },
      office,
    );
    expect(set.body.data!.updatePlanTask).toMatchObject({
      __typename: "UpdatePlanTaskSuccess",
      task: {
        timing: {
          kind: "WINDOW",
          start: "2021-07-01",
          end: "2021-09-30",
          due: "2021-09-30",
          overridden: true,
          note: "Công văn số 123 của tỉnh",
        },
      },
    });
    const reset = await h.gql<Result>(
      UPDATE,
      { input: { id, version: await versionOf(id), resetTiming: true } },
      office,
    );
    expect(reset.body.data!.updatePlanTask).toMatchObject({
      task: { timing: { kind: "TRIGGERED", due: null, overridden: false, note: null } },
    });
  });

  it("lists every problem of a bad window under its field, and changes nothing", async () => {
    const id = await taskId("II.1");
    const before = await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } });
    const res = await h.gql<Result>(
      UPDATE,
      {
        input: {
          id,
          version: await versionOf(id),
          timing: { start: "2021-06-30", end: "2021-04-01", due: "2021-03-01" },
          reason: "thử",
        },
      },
      office,
    );
    expect(res.body.data!.updatePlanTask).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION_FAILED",
      problems: [
        { field: "timing.end", code: "END_BEFORE_START", message: "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu." },
        { field: "timing.due", code: "DUE_BEFORE_START", message: "Hạn hoàn thành phải sau hoặc trùng ngày bắt đầu." },
      ],
    });
    expect(await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("requires a reason for hand-set dates", async () => {
    const res = await h.gql<Result>(
      UPDATE,
      { input: { ...(await task("II.1")), timing: { start: "2021-01-01", end: "2021-03-31" } } },
      office,
    );
    expect(res.body.data!.updatePlanTask).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "reason", code: "REQUIRED" }],
    });
  });

  it("answers an unknown task with NotFoundError", async () => {
    const res = await h.gql<Result>(UPDATE, { input: { id: "khong-co", version: 1, status: "DONE" } }, office);
    expect(res.body.data!.updatePlanTask).toEqual({
      __typename: "NotFoundError",
      message: "Không tìm thấy nhiệm vụ.",
      code: "NOT_FOUND",
    });
  });

  it("rejects a malformed date at the boundary with BAD_USER_INPUT, not a 500", async () => {
    const res = await h.gql(
      UPDATE,
      { input: { ...(await task("II.1")), timing: { start: "31/03/2021", end: "2021-03-31" }, reason: "x" } },
      office,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is refused to a unit officer of another unit, and changes nothing", async () => {
    const id = await taskId("I.3"); // led by Phòng Tư pháp, not the ward
    const res = await h.gql<Result>(UPDATE, { input: { id, version: await versionOf(id), status: "DONE" } }, ward);
    expect(res.body.data!.updatePlanTask).toEqual({
      __typename: "ForbiddenError",
      code: "FORBIDDEN",
      reason: "NOT_YOUR_UNIT",
      message: "Bạn chỉ được thao tác trên hồ sơ của đơn vị mình.",
    });
    expect((await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } })).status).toBe("NOT_STARTED");
  });

  it("lets the lead unit's officer change its task's status, but not its dates", async () => {
    const justice = await h.login("tuphap@cchc.demo");
    const id = await taskId("I.1");
    const ok = await h.gql<Result>(
      UPDATE,
      { input: { id, version: await versionOf(id), status: "IN_PROGRESS" } },
      justice,
    );
    expect(ok.body.data!.updatePlanTask).toMatchObject({
      __typename: "UpdatePlanTaskSuccess",
      task: { status: "IN_PROGRESS" },
    });
    const dates = await h.gql<Result>(
      UPDATE,
      {
        input: { id, version: await versionOf(id), timing: { start: "2021-01-01", end: "2021-03-31" }, reason: "thử" },
      },
      justice,
    );
    expect(dates.body.data!.updatePlanTask).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });
  });

  it("answers a stale version with ConflictError and the current values, and overwrites nothing", async () => {
    // Two Home Affairs sessions open task II.2 at the same version.
    const other = await h.login("noivu@cchc.demo");
    const id = await taskId("II.2");
    const seen = await versionOf(id);
    const first = await h.gql<Result>(UPDATE, { input: { id, version: seen, status: "IN_PROGRESS" } }, office);
    expect(first.body.data!.updatePlanTask).toMatchObject({
      __typename: "UpdatePlanTaskSuccess",
      task: { status: "IN_PROGRESS" },
    });
    const second = await h.gql<Result>(UPDATE, { input: { id, version: seen, status: "CANCELLED" } }, other);
    expect(second.body.data!.updatePlanTask).toEqual({
      __typename: "ConflictError",
      code: "CONFLICT",
      message: "Dữ liệu đã được người khác cập nhật sau khi bạn mở. Hãy xem giá trị hiện tại rồi thử lại.",
      current: { status: "IN_PROGRESS", version: seen + 1 },
    });
    const row = await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", version: seen + 1 });
    // The audit chain holds: one entry, whose "after" is the row as it stands.
    const entries = await h.db.prisma.auditLog.findMany({ where: { entityId: id, action: "plan_task.update" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.before).toMatchObject({ version: seen, status: "NOT_STARTED" });
    expect(entries[0]!.after).toMatchObject({ version: seen + 1, status: "IN_PROGRESS" });
    // Reloaded, the second person can decide again.
    const retry = await h.gql<Result>(UPDATE, { input: { id, version: seen + 1, status: "CANCELLED" } }, other);
    expect(retry.body.data!.updatePlanTask).toMatchObject({
      __typename: "UpdatePlanTaskSuccess",
      task: { status: "CANCELLED" },
    });
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const id = await taskId("II.3");
    const seen = await versionOf(id);
    const results = await Promise.all(
      (["IN_PROGRESS", "DONE"] as const).map((status) =>
        h.gql<Result>(UPDATE, { input: { id, version: seen, status } }, office),
      ),
    );
    const kinds = results.map((r) => r.body.data!.updatePlanTask.__typename).sort();
    expect(kinds).toEqual(["ConflictError", "UpdatePlanTaskSuccess"]);
    expect((await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } })).version).toBe(seen + 1);
  });

  it("refuses every change in a published year", async () => {
    const id = await taskId("III.1");
    const year = await h.db.prisma.planTask.findUniqueOrThrow({ where: { id }, select: { yearId: true } });
    await h.db.prisma.evaluationYear.update({ where: { id: year.yearId }, data: { status: "PUBLISHED" } });
    try {
      const res = await h.gql<Result>(UPDATE, { input: { id, version: await versionOf(id), status: "DONE" } }, office);
      expect(res.body.data!.updatePlanTask).toMatchObject({ __typename: "ForbiddenError", reason: "YEAR_PUBLISHED" });
    } finally {
      await h.db.prisma.evaluationYear.update({ where: { id: year.yearId }, data: { status: "OPEN" } });
    }
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});
