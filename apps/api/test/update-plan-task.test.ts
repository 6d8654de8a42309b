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
  }
}`;

type Result = { updatePlanTask: Record<string, unknown> & { __typename: string } };

async function taskId(code: string) {
  return (await h.db.prisma.planTask.findFirstOrThrow({ where: { code } })).id;
}

describe("updatePlanTask", () => {
  it("marks a task done: it is no longer overdue, and the change is audited", async () => {
    const id = await taskId("I.2");
    const res = await h.gql<Result>(UPDATE, { input: { id, status: "DONE" } }, office);
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
      { input: { id, timing: { start: "2021-07-01", end: "2021-09-30", due: "2021-09-30" }, reason: "Công văn số 123 của tỉnh" } },
      office,
    );
    expect(set.body.data!.updatePlanTask).toMatchObject({
      __typename: "UpdatePlanTaskSuccess",
      task: {
        timing: { kind: "WINDOW", start: "2021-07-01", end: "2021-09-30", due: "2021-09-30", overridden: true, note: "Công văn số 123 của tỉnh" },
      },
    });
    const reset = await h.gql<Result>(UPDATE, { input: { id, resetTiming: true } }, office);
    expect(reset.body.data!.updatePlanTask).toMatchObject({
      task: { timing: { kind: "TRIGGERED", due: null, overridden: false, note: null } },
    });
  });

  it("lists every problem of a bad window under its field, and changes nothing", async () => {
    const id = await taskId("II.1");
    const before = await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } });
    const res = await h.gql<Result>(
      UPDATE,
      { input: { id, timing: { start: "2021-06-30", end: "2021-04-01", due: "2021-03-01" }, reason: "thử" } },
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
      { input: { id: await taskId("II.1"), timing: { start: "2021-01-01", end: "2021-03-31" } } },
      office,
    );
    expect(res.body.data!.updatePlanTask).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "reason", code: "REQUIRED" }],
    });
  });

  it("answers an unknown task with NotFoundError", async () => {
    const res = await h.gql<Result>(UPDATE, { input: { id: "khong-co", status: "DONE" } }, office);
    expect(res.body.data!.updatePlanTask).toEqual({ __typename: "NotFoundError", message: "Không tìm thấy nhiệm vụ.", code: "NOT_FOUND" });
  });

  it("rejects a malformed date at the boundary with BAD_USER_INPUT, not a 500", async () => {
    const res = await h.gql(UPDATE, { input: { id: await taskId("II.1"), timing: { start: "31/03/2021", end: "2021-03-31" }, reason: "x" } }, office);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is refused to a unit officer", async () => {
    const id = await taskId("I.3");
    const res = await h.gql(UPDATE, { input: { id, status: "DONE" } }, ward);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: "Bạn không có quyền thực hiện thao tác này." });
    expect((await h.db.prisma.planTask.findUniqueOrThrow({ where: { id } })).status).toBe("NOT_STARTED");
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});
