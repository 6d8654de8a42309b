// Corrective actions over the real API (2021 sample year, business day 15/06/2021): created from a
// weakness by the visit's team, the fix submitted by the owner unit's officer with evidence, verified
// or reopened with a reason and submitted again; every step in the history and the audit log; an
// officer of another unit refused; overdue on the server's day; what each viewer lists; the
// per-criterion summary appraisers read; a finding's actions (Finding.correctiveActions).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInspectionVisit, createUser, sampleYear } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
let dir: string;
let yearId: string;
let justiceId: string;
let wardId: string;
let visitId: string;
let findingId: string;
let leafId: string;
const cookies: Record<string, string> = {};

const RESULT = `__typename
  ... on CorrectiveActionSuccess { action { id version status overdue fixNote owner { id } evidence { id fileName url } events { fromStatus toStatus note actorName } viewerCanSubmitFix viewerCanVerify viewerCanReopen } }
  ... on Error { code message }
  ... on ValidationError { problems { field code } }
  ... on ConflictError { currentVersion }
  ... on ForbiddenError { reason }`;

type ActionOut = {
  id: string;
  version: number;
  status: string;
  overdue: boolean;
  fixNote: string | null;
  owner: { id: string };
  evidence: Array<{ id: string; fileName: string; url: string }>;
  events: Array<{ fromStatus: string | null; toStatus: string; note: string | null; actorName: string | null }>;
  viewerCanSubmitFix: boolean;
  viewerCanVerify: boolean;
  viewerCanReopen: boolean;
};
type Out = {
  __typename: string;
  action?: ActionOut;
  code?: string;
  message?: string;
  problems?: Array<{ field: string; code: string }>;
  currentVersion?: number;
  reason?: string;
};

async function call(mutation: string, inputType: string, input: Record<string, unknown>, cookie: string): Promise<Out> {
  const res = await h.gql<Record<string, Out>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RESULT} } }`,
    { input },
    cookie,
  );
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![mutation]!;
}
const create = (input: Record<string, unknown>, cookie = cookies.inspector!) =>
  call("createCorrectiveAction", "CreateCorrectiveActionInput", input, cookie);
const submit = (input: Record<string, unknown>, cookie = cookies.justice!) =>
  call("submitCorrectiveActionFix", "SubmitCorrectiveActionFixInput", input, cookie);
const verify = (input: Record<string, unknown>, cookie = cookies.inspector!) =>
  call("verifyCorrectiveAction", "VerifyCorrectiveActionInput", input, cookie);
const reopen = (input: Record<string, unknown>, cookie = cookies.inspector!) =>
  call("reopenCorrectiveAction", "ReopenCorrectiveActionInput", input, cookie);

const PDF = new TextEncoder().encode("%PDF-1.4\n% Ảnh niêm yết\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function upload(unitId: string, cookie: string): Promise<string> {
  const res = await fetch(`${h.app.url}/files?${new URLSearchParams({ yearId, unitId })}`, {
    method: "POST",
    headers: {
      "content-type": "application/pdf",
      "x-file-name": encodeURIComponent("Ảnh niêm yết mới.pdf"),
      "x-requested-with": "cchc",
      cookie,
    },
    body: PDF,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { file: { id: string } }).file.id;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cchc-api-actions-"));
  h = await startHarness({ storage: folderStorage(dir) });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  yearId = year.id;
  justiceId = unitIds.get("tu-phap")!;
  wardId = unitIds.get("long-phuoc")!;
  const inspector = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  const other = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  visitId = (
    await createInspectionVisit(h.db.prisma, {
      yearId,
      unitId: justiceId,
      teamUserIds: [inspector.id],
      scheduledDate: "2021-06-10",
    })
  ).id;
  const leaf = await h.db.prisma.frameworkNode.findFirstOrThrow({
    where: { framework: { yearId }, code: "3.1" },
    select: { id: true },
  });
  leafId = leaf.id;
  findingId = (
    await h.db.prisma.finding.create({
      data: {
        visitId,
        kind: "WEAKNESS",
        description: "Niêm yết TTHC chưa cập nhật",
        frameworkNodeId: leafId,
      },
    })
  ).id;
  cookies.inspector = await h.login(inspector.email, inspector.password);
  cookies.otherInspector = await h.login(other.email, other.password);
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.ward = await h.login("longphuoc@cchc.demo");
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.admin = await h.login("admin@cchc.demo");
});
afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the steps of a corrective action", () => {
  it("goes open → submitted → reopened → submitted → verified, each step in the history and the audit log", async () => {
    const created = await create({ findingId, description: "Cập nhật niêm yết TTHC", dueDate: "2021-07-15" });
    expect(created.__typename).toBe("CorrectiveActionSuccess");
    const a = created.action!;
    expect(a).toMatchObject({ status: "OPEN", version: 1, overdue: false, owner: { id: justiceId } });
    expect(a.events.map((e) => e.toStatus)).toEqual(["OPEN"]);
    expect(a.viewerCanVerify).toBe(false);

    // another unit's officer may not answer it; a stale version is a conflict; nothing was written
    expect(await submit({ id: a.id, version: 1, note: "Không phải của tôi" }, cookies.ward)).toMatchObject({
      __typename: "ForbiddenError",
      reason: "NOT_YOUR_UNIT",
    });
    // the inspector cannot verify what was not submitted
    expect(await verify({ id: a.id, version: 1 })).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "status", code: "STEP_NOT_ALLOWED" }],
    });

    const fileId = await upload(justiceId, cookies.justice!);
    const sent = await submit({ id: a.id, version: 1, note: "Đã cập nhật niêm yết", evidenceFileIds: [fileId] });
    expect(sent.action).toMatchObject({ status: "SUBMITTED", version: 2, fixNote: "Đã cập nhật niêm yết" });
    expect(sent.action!.evidence.map((f) => f.id)).toEqual([fileId]);
    expect(await submit({ id: a.id, version: 1, note: "lần nữa" })).toMatchObject({
      __typename: "ConflictError",
      currentVersion: 2,
    });

    // the team reads the fix's evidence (inspectors do not read a unit's appraisal evidence otherwise)
    const file = await fetch(`${h.app.url}/files/${fileId}`, { headers: { cookie: cookies.inspector! } });
    expect(file.status).toBe(200);

    // an inspector not on the visit's team may neither verify nor reopen
    expect(await verify({ id: a.id, version: 2 }, cookies.otherInspector)).toMatchObject({ reason: "NOT_ON_TEAM" });
    expect(await reopen({ id: a.id, version: 2, reason: "   " })).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "reason", code: "REQUIRED" }],
    });
    const back = await reopen({ id: a.id, version: 2, reason: "Chưa có ảnh chụp bảng niêm yết" });
    expect(back.action).toMatchObject({ status: "REOPENED", version: 3 });
    const again = await submit({ id: a.id, version: 3, note: "Bổ sung ảnh chụp" });
    expect(again.action?.status).toBe("SUBMITTED");
    const done = await verify({ id: a.id, version: 4, note: "Đạt yêu cầu" });
    expect(done.action).toMatchObject({
      status: "VERIFIED",
      version: 5,
      viewerCanReopen: true,
      viewerCanVerify: false,
    });
    expect(done.action!.events.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
      [null, "OPEN", "Cập nhật niêm yết TTHC"],
      ["OPEN", "SUBMITTED", "Đã cập nhật niêm yết"],
      ["SUBMITTED", "REOPENED", "Chưa có ảnh chụp bảng niêm yết"],
      ["REOPENED", "SUBMITTED", "Bổ sung ảnh chụp"],
      ["SUBMITTED", "VERIFIED", "Đạt yêu cầu"],
    ]);
    expect(done.action!.events.every((e) => e.actorName)).toBe(true);

    const audit = await h.db.prisma.auditLog.findMany({
      where: { entityId: a.id },
      orderBy: { at: "asc" },
      select: { action: true, reason: true },
    });
    expect(audit.map((e) => e.action)).toEqual([
      "corrective_action.create",
      "corrective_action.submit_fix",
      "corrective_action.reopen",
      "corrective_action.submit_fix",
      "corrective_action.verify",
    ]);
    expect(audit[2]!.reason).toBe("Chưa có ảnh chụp bảng niêm yết");
  });

  it("refuses a good practice, a due date in the past, an owner outside the year, and a unit officer creating", async () => {
    const good = await h.db.prisma.finding.create({
      data: { visitId, kind: "GOOD_PRACTICE", description: "Mô hình hay" },
    });
    const r = await create({ findingId: good.id, description: "x", dueDate: "2021-06-14", ownerUnitId: "khong-co" });
    expect(r.__typename).toBe("ValidationError");
    expect(r.problems!.map((p) => p.code).sort()).toEqual(["DUE_IN_PAST", "NOT_A_WEAKNESS", "UNIT_NOT_IN_YEAR"]);
    expect(await create({ findingId, description: "x", dueDate: "2021-07-01" }, cookies.justice)).toMatchObject({
      __typename: "ForbiddenError",
    });
    expect(await create({ findingId, description: "x", dueDate: "2021-07-01" }, cookies.otherInspector)).toMatchObject({
      reason: "NOT_ON_TEAM",
    });
    expect(await h.db.prisma.correctiveAction.count({ where: { findingId: good.id } })).toBe(0);
  });
});

describe("a finding's corrective actions", () => {
  it("lists them on the visit's finding, a unit officer only its own unit's", async () => {
    const q = `query($id: ID!) { inspectionVisit(id: $id) { findings { id correctiveActions { id owner { id } status } } } }`;
    type R = {
      inspectionVisit: { findings: Array<{ id: string; correctiveActions: Array<{ owner: { id: string } }> }> } | null;
    };
    const office = await h.gql<R>(q, { id: visitId }, cookies.office);
    expect(office.body.errors).toBeUndefined();
    const weakness = office.body.data!.inspectionVisit!.findings.find((f) => f.id === findingId)!;
    expect(weakness.correctiveActions.length).toBeGreaterThan(0);
    const ward = await h.gql<R>(q, { id: visitId }, cookies.ward);
    const seen = ward.body.data?.inspectionVisit?.findings.find((f) => f.id === findingId);
    // the ward's officer does not read the visit of Phòng Tư pháp, or (if it did) none of its actions
    expect(seen?.correctiveActions.filter((a) => a.owner.id !== wardId) ?? []).toEqual([]);
  });
});

describe("overdue, lists and the summary on the server's day (15/06/2021)", () => {
  let ids: Record<string, string> = {};
  beforeAll(async () => {
    const p = h.db.prisma;
    const make = (status: "OPEN" | "SUBMITTED" | "VERIFIED" | "REOPENED", due: string, ownerUnitId = justiceId) =>
      p.correctiveAction.create({
        data: {
          findingId,
          description: `Mẫu ${status} ${due}`,
          ownerUnitId,
          status,
          dueDate: new Date(`${due}T00:00:00Z`),
        },
      });
    ids = {
      dueYesterday: (await make("OPEN", "2021-06-14")).id,
      dueToday: (await make("OPEN", "2021-06-15")).id,
      verifiedLate: (await make("VERIFIED", "2021-06-01")).id,
      reopenedLate: (await make("REOPENED", "2021-06-01")).id,
      ward: (await make("SUBMITTED", "2021-06-30", wardId)).id,
    };
  });

  const LIST = `query($yearId: ID!, $overdue: Boolean, $unitId: ID, $status: ActionStatus) {
    evaluationYear(id: $yearId) { correctiveActions(overdue: $overdue, unitId: $unitId, status: $status) { id overdue owner { id } } }
  }`;
  const list = async (cookie: string, vars: Record<string, unknown> = {}) => {
    const res = await h.gql<{
      evaluationYear: { correctiveActions: Array<{ id: string; overdue: boolean; owner: { id: string } }> };
    }>(LIST, { yearId, ...vars }, cookie);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.evaluationYear.correctiveActions;
  };

  it("flags overdue: not verified and the due day passed", async () => {
    const all = new Map((await list(cookies.office!)).map((a) => [a.id, a.overdue]));
    expect(all.get(ids.dueYesterday!)).toBe(true);
    expect(all.get(ids.dueToday!)).toBe(false);
    expect(all.get(ids.verifiedLate!)).toBe(false);
    expect(all.get(ids.reopenedLate!)).toBe(true);
    const overdue = (await list(cookies.office!, { overdue: true })).map((a) => a.id).sort();
    expect(overdue).toEqual([ids.dueYesterday!, ids.reopenedLate!].sort());
    expect((await list(cookies.office!, { status: "SUBMITTED" })).map((a) => a.id)).toEqual([ids.ward]);
  });

  it("lists a unit officer's own unit's actions only; the admin none", async () => {
    const ward = await list(cookies.ward!);
    expect(ward.map((a) => a.id)).toEqual([ids.ward]);
    expect(await list(cookies.ward!, { unitId: justiceId })).toEqual([]);
    const justice = await list(cookies.justice!);
    expect(justice.length).toBeGreaterThan(3);
    expect(justice.every((a) => a.owner.id === justiceId)).toBe(true);
    expect(await list(cookies.admin!)).toEqual([]);
    expect((await list(cookies.leadership!)).length).toBe((await list(cookies.office!)).length);
  });

  it("sums a unit's actions per criterion for appraisers", async () => {
    const res = await h.gql<{
      evaluationYear: {
        inspectionSummaries: Array<{
          leafCode: string;
          total: number;
          verified: number;
          overdue: number;
          text: string;
        }>;
      };
    }>(
      `query($yearId: ID!, $unitId: ID!) { evaluationYear(id: $yearId) { inspectionSummaries(unitId: $unitId) { leafCode total verified overdue text } } }`,
      { yearId, unitId: justiceId },
      cookies.office,
    );
    expect(res.body.errors).toBeUndefined();
    // the first test's action (verified) and the four above, all on leaf 3.1 (another test may add none)
    const justiceActions = await h.db.prisma.correctiveAction.findMany({ where: { ownerUnitId: justiceId } });
    const verified = justiceActions.filter((a) => a.status === "VERIFIED").length;
    expect(res.body.data!.evaluationYear.inspectionSummaries).toEqual([
      {
        leafCode: "3.1",
        total: justiceActions.length,
        verified,
        overdue: 2,
        text: `${verified}/${justiceActions.length} hành động khắc phục đã xác minh, 2 quá hạn`,
      },
    ]);
    // another unit's officer does not read Phòng Tư pháp's
    const other = await h.gql<{ evaluationYear: { inspectionSummaries: unknown[] } }>(
      `query($yearId: ID!, $unitId: ID!) { evaluationYear(id: $yearId) { inspectionSummaries(unitId: $unitId) { total } } }`,
      { yearId, unitId: justiceId },
      cookies.ward,
    );
    expect(other.body.data!.evaluationYear.inspectionSummaries).toEqual([]);
  });
});
