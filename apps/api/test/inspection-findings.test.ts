// Findings on the spot and the minutes over real HTTP: a finding recorded once per clientId (sent
// twice, or twice at once), two inspectors recording on one visit at once, an inspector not on the team
// refused, the rules of a finding (severity, criterion leaf), versioned edits answering the current
// finding, photos uploaded by the team for the visited unit and read back, the minutes' steps (record,
// number taken, conclude), and the issued minutes kept as issued.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInspectionVisit, createUser, sampleYear } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let dir: string;
let yearId: string;
let justiceId: string;
let visitId: string;
let leafId: string;
let areaId: string;
const cookies: Record<string, string> = {};

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const RECORD = `mutation($input: RecordFindingInput!) { recordFinding(input: $input) {
  __typename
  ... on RecordFindingSuccess { created finding { id version kind severity description authorName criterion { id code } photos { id url } } }
  ... on ValidationError { problems { field code } }
  ... on ForbiddenError { reason }
  ... on Error { code message }
} }`;
const UPDATE = `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) {
  __typename
  ... on UpdateFindingSuccess { finding { id version description } }
  ... on ConflictError { currentVersion currentFinding { id version description severity } }
  ... on Error { code message }
} }`;
const DELETE = `mutation($input: DeleteFindingInput!) { deleteFinding(input: $input) { __typename ... on Error { code message } } }`;
const MINUTES = `mutation($input: RecordVisitMinutesInput!) { recordVisitMinutes(input: $input) {
  __typename
  ... on VisitMinutesSuccess { visit { id version status minutesNumber minutesNumberValue conclusions viewerCanConclude } }
  ... on ValidationError { problems { field code } }
  ... on Error { code message }
} }`;
const CONCLUDE = `mutation($input: ConcludeVisitInput!) { concludeVisit(input: $input) {
  __typename
  ... on VisitMinutesSuccess { visit { id version status minutesFile { id sha256 url } minutesUrl } }
  ... on Error { code message }
} }`;
const VISIT = `query($id: ID!) { inspectionVisit(id: $id) {
  id version status suggestedMinutesNumber viewerCanRecordFindings viewerCanRecordMinutes viewerCanConclude
  findings { id kind severity description viewerCanEdit photos { id } }
} }`;

type Answer = Record<string, unknown> & { __typename: string };

async function record(input: Record<string, unknown>, cookie = cookies.lead!) {
  const res = await h.gql<{ recordFinding: Answer }>(
    RECORD,
    {
      input: {
        visitId,
        clientId: randomUUID(),
        kind: "WEAKNESS",
        severity: "HIGH",
        description: "Chưa niêm yết TTHC",
        ...input,
      },
    },
    cookie,
  );
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.recordFinding;
}

async function mutate(doc: string, field: string, input: Record<string, unknown>, cookie = cookies.lead!) {
  const res = await h.gql<Record<string, Answer>>(doc, { input }, cookie);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field]!;
}

async function visitVersion() {
  return (await h.db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: visitId } })).version;
}

async function upload(cookie: string, query: Record<string, string>) {
  const res = await fetch(`${h.app.url}/files?${new URLSearchParams(query)}`, {
    method: "POST",
    headers: { "content-type": "image/png", "x-file-name": "anh-hien-truong.png", "x-requested-with": "cchc", cookie },
    body: PNG,
  });
  return { status: res.status, body: (await res.json()) as { file?: { id: string }; error?: { code: string } } };
}

async function get(url: string, cookie: string) {
  const res = await fetch(`${h.app.url}${url}`, { headers: { cookie } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cchc-api-findings-"));
  h = await startHarness({ now: new Date("2021-10-15T03:00:00Z"), storage: folderStorage(dir) });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  yearId = year.id;
  justiceId = unitIds.get("tu-phap")!;
  await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId } });
  await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "OPEN" } });
  const lead = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Nguyễn Văn Kiểm" });
  const member = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Trần Thị Tra" });
  const outsider = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  const visit = await createInspectionVisit(h.db.prisma, {
    yearId,
    unitId: justiceId,
    teamUserIds: [lead.id, member.id],
    scheduledDate: "2021-10-05",
  });
  visitId = visit.id;
  await h.db.prisma.inspectionVisit.update({
    where: { id: visitId },
    data: { status: "IN_PROGRESS", startedAt: new Date("2021-10-05T01:00:00Z"), place: "Trụ sở Phòng Tư pháp" },
  });
  const leaf = await h.db.prisma.frameworkNode.findFirstOrThrow({
    where: { framework: { yearId }, children: { none: {} } },
    orderBy: { code: "asc" },
  });
  leafId = leaf.id;
  areaId = (await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { framework: { yearId }, parentId: null } })).id;
  cookies.lead = await h.login(lead.email, lead.password);
  cookies.member = await h.login(member.email, member.password);
  cookies.outsider = await h.login(outsider.email, outsider.password);
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.ward = await h.login("longphuoc@cchc.demo");
});
afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("recordFinding", () => {
  it("records once per clientId: sent again it answers the first finding and writes nothing", async () => {
    const clientId = randomUUID();
    const first = await record({ clientId, frameworkNodeId: leafId });
    expect(first).toMatchObject({ __typename: "RecordFindingSuccess", created: true });
    const again = await record({ clientId, frameworkNodeId: leafId, description: "Khác" });
    expect(again).toMatchObject({ __typename: "RecordFindingSuccess", created: false });
    const f1 = first.finding as { id: string; authorName: string; criterion: { id: string } };
    expect((again.finding as { id: string; description: string }).id).toBe(f1.id);
    expect((again.finding as { description: string }).description).toBe("Chưa niêm yết TTHC");
    expect(f1.authorName).toBe("Nguyễn Văn Kiểm");
    expect(f1.criterion.id).toBe(leafId);
    expect(await h.db.prisma.finding.count({ where: { clientId } })).toBe(1);
    expect(await h.db.prisma.auditLog.count({ where: { action: "finding.record", entityId: f1.id } })).toBe(1);
  });

  it("two sends of one clientId at once make one finding", async () => {
    const clientId = randomUUID();
    const answers = await Promise.all([record({ clientId }), record({ clientId })]);
    expect(answers.map((a) => a.__typename)).toEqual(["RecordFindingSuccess", "RecordFindingSuccess"]);
    expect(answers.map((a) => a.created).sort()).toEqual([false, true]);
    expect(await h.db.prisma.finding.count({ where: { clientId } })).toBe(1);
  });

  it("two inspectors of the team record on the same visit at once", async () => {
    const before = await h.db.prisma.finding.count({ where: { visitId } });
    const [a, b] = await Promise.all([
      record({ kind: "GOOD_PRACTICE", severity: null, description: "Mô hình một cửa thân thiện" }, cookies.lead),
      record({ description: "Hồ sơ lưu chưa đầy đủ", severity: "LOW" }, cookies.member),
    ]);
    expect([a!.__typename, b!.__typename]).toEqual(["RecordFindingSuccess", "RecordFindingSuccess"]);
    expect(await h.db.prisma.finding.count({ where: { visitId } })).toBe(before + 2);
  });

  it("refuses an inspector not on the team, the visited unit and another unit; nothing written", async () => {
    const before = await h.db.prisma.finding.count();
    expect(await record({}, cookies.outsider)).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_ON_TEAM" });
    expect(await record({}, cookies.justice)).toMatchObject({ __typename: "ForbiddenError", reason: "ROLE" });
    expect(await record({}, cookies.ward)).toMatchObject({ __typename: "ForbiddenError" });
    expect(await h.db.prisma.finding.count()).toBe(before);
    // Home Affairs records on any visit
    expect(await record({}, cookies.office)).toMatchObject({ __typename: "RecordFindingSuccess" });
  });

  it("says what is wrong: a weakness without severity, a criterion that is not a leaf, an unknown visit", async () => {
    expect(await record({ severity: null })).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "severity", code: "SEVERITY_REQUIRED" }],
    });
    expect(await record({ frameworkNodeId: areaId })).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "frameworkNodeId", code: "NOT_A_LEAF" }],
    });
    expect(await record({ visitId: "khong-co" })).toMatchObject({ __typename: "NotFoundError" });
  });

  it("refuses findings before the visit starts", async () => {
    await h.db.prisma.inspectionVisit.update({ where: { id: visitId }, data: { status: "NOTIFIED" } });
    try {
      expect(await record({})).toMatchObject({ __typename: "FindingsClosedError", code: "FINDINGS_CLOSED" });
    } finally {
      await h.db.prisma.inspectionVisit.update({ where: { id: visitId }, data: { status: "IN_PROGRESS" } });
    }
  });
});

describe("photos of a finding", () => {
  it("the team uploads for the visited unit with the visit, attaches, and reads them back", async () => {
    const noVisit = await upload(cookies.member!, { yearId, unitId: justiceId });
    expect(noVisit.status).toBe(403);
    const outsider = await upload(cookies.outsider!, { yearId, unitId: justiceId, visitId });
    expect(outsider.status).toBe(403);
    const wrongUnit = await upload(cookies.member!, { yearId, unitId: "khong-co", visitId });
    expect(wrongUnit.status).toBe(404);
    const up = await upload(cookies.member!, { yearId, unitId: justiceId, visitId });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const fileId = up.body.file!.id;
    const f = await record({ photoFileIds: [fileId] }, cookies.member);
    expect((f.finding as { photos: Array<{ id: string }> }).photos.map((p) => p.id)).toEqual([fileId]);
    // the same file cannot go on a second finding
    expect(await record({ photoFileIds: [fileId] })).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "photoFileIds", code: "FILE_IN_USE" }],
    });
    for (const who of ["member", "lead", "office", "justice"]) {
      const { res, bytes } = await get(`/files/${fileId}`, cookies[who]!);
      expect(res.status, who).toBe(200);
      expect(bytes).toEqual(PNG);
    }
    expect((await get(`/files/${fileId}`, cookies.ward!)).res.status).toBe(404);
  });
});

describe("updateFinding and deleteFinding", () => {
  it("a stale version answers a conflict with the finding as it is now; nothing lost", async () => {
    const f = (await record({ description: "Bản gốc" })).finding as { id: string; version: number };
    const edited = await mutate(UPDATE, "updateFinding", {
      id: f.id,
      version: f.version,
      kind: "WEAKNESS",
      severity: "MEDIUM",
      description: "Sửa bởi trưởng đoàn",
    });
    expect(edited).toMatchObject({ __typename: "UpdateFindingSuccess", finding: { version: 2 } });
    const stale = await mutate(
      UPDATE,
      "updateFinding",
      { id: f.id, version: f.version, kind: "WEAKNESS", severity: "LOW", description: "Sửa khi mất mạng" },
      cookies.member,
    );
    expect(stale).toMatchObject({
      __typename: "ConflictError",
      currentVersion: 2,
      currentFinding: { id: f.id, version: 2, description: "Sửa bởi trưởng đoàn", severity: "MEDIUM" },
    });
    expect(await mutate(DELETE, "deleteFinding", { id: f.id, version: 1 })).toMatchObject({
      __typename: "ConflictError",
    });
    expect(await mutate(DELETE, "deleteFinding", { id: f.id, version: 2 }, cookies.outsider)).toMatchObject({
      __typename: "ForbiddenError",
    });
    expect(await mutate(DELETE, "deleteFinding", { id: f.id, version: 2 })).toMatchObject({
      __typename: "DeleteFindingSuccess",
    });
    expect(await h.db.prisma.finding.findUnique({ where: { id: f.id } })).toBeNull();
    expect(await h.db.prisma.auditLog.count({ where: { entityId: f.id } })).toBe(3);
  });
});

describe("the minutes", () => {
  it("are recorded, concluded with the DOCX issued, and kept as issued", async () => {
    // concluding before the minutes is refused
    expect(await mutate(CONCLUDE, "concludeVisit", { visitId, version: await visitVersion() })).toMatchObject({
      __typename: "MinutesStepError",
    });
    const view = await h.gql<{ inspectionVisit: Record<string, unknown> }>(VISIT, { id: visitId }, cookies.lead);
    expect(view.body.data!.inspectionVisit).toMatchObject({
      suggestedMinutesNumber: 1,
      viewerCanRecordFindings: true,
      viewerCanRecordMinutes: true,
      viewerCanConclude: false,
    });
    // a draft before the conclusion
    const draft = await get(`/visits/${visitId}/minutes.docx`, cookies.lead!);
    expect(draft.res.status).toBe(200);
    expect(draft.res.headers.get("x-minutes-issued")).toBe("0");
    expect(draft.res.headers.get("content-type")).toContain("wordprocessingml");
    // another visit of the year already holds number 5
    const other = await createInspectionVisit(h.db.prisma, { yearId, unitId: justiceId, teamUserIds: [] });
    await h.db.prisma.inspectionVisit.update({ where: { id: other.id }, data: { minutesNumber: "05/BB-ĐKT" } });
    const minutes = { visitId, number: 5, place: "Trụ sở Phòng Tư pháp", conclusions: "Đơn vị thực hiện tốt CCHC." };
    expect(await mutate(MINUTES, "recordVisitMinutes", { ...minutes, version: await visitVersion() })).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "number", code: "NUMBER_TAKEN" }],
    });
    expect(
      await mutate(
        MINUTES,
        "recordVisitMinutes",
        { ...minutes, number: 6, version: await visitVersion() },
        cookies.outsider,
      ),
    ).toMatchObject({ __typename: "ForbiddenError" });
    expect(await mutate(MINUTES, "recordVisitMinutes", { ...minutes, number: 6, version: 99 })).toMatchObject({
      __typename: "ConflictError",
    });
    const recorded = await mutate(MINUTES, "recordVisitMinutes", {
      ...minutes,
      number: 6,
      version: await visitVersion(),
    });
    expect(recorded).toMatchObject({
      __typename: "VisitMinutesSuccess",
      visit: { status: "MINUTES_RECORDED", minutesNumber: "06/BB-ĐKT", minutesNumberValue: 6, viewerCanConclude: true },
    });
    // findings may still be added until the conclusion
    expect(await record({ description: "Bổ sung sau biên bản" })).toMatchObject({ __typename: "RecordFindingSuccess" });

    const concluded = await mutate(CONCLUDE, "concludeVisit", { visitId, version: await visitVersion() });
    expect(concluded).toMatchObject({ __typename: "VisitMinutesSuccess", visit: { status: "CONCLUDED" } });
    const file = (concluded.visit as { minutesFile: { id: string; sha256: string; url: string } }).minutesFile;
    const issued = await get(file.url, cookies.lead!);
    expect(issued.res.status).toBe(200);
    expect(createHash("sha256").update(issued.bytes).digest("hex")).toBe(file.sha256);
    const zip = await JSZip.loadAsync(issued.bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Số: 06/BB-ĐKT");
    expect(xml).toContain("Phước Long, ngày 05 tháng 10 năm 2021");
    expect(xml).toContain("Nguyễn Văn Kiểm");
    expect(xml).toContain("Bổ sung sau biên bản");
    expect(xml).not.toContain("DỰ THẢO");

    // afterwards: findings closed, the minutes not re-recorded, and the file served as issued
    expect(await record({})).toMatchObject({ __typename: "FindingsClosedError" });
    expect(
      await mutate(MINUTES, "recordVisitMinutes", { ...minutes, number: 6, version: await visitVersion() }),
    ).toMatchObject({ __typename: "MinutesStepError" });
    await h.db.prisma.inspectionVisit.update({ where: { id: visitId }, data: { conclusions: "Đổi sau khi ban hành" } });
    await h.db.prisma.inspectionTeamMember.updateMany({ where: { visitId }, data: { name: "Tên khác" } });
    for (const who of ["lead", "office", "justice"]) {
      const again = await get(`/visits/${visitId}/minutes.docx`, cookies[who]!);
      expect(again.res.status, who).toBe(200);
      expect(again.res.headers.get("x-minutes-issued")).toBe("1");
      expect(createHash("sha256").update(again.bytes).digest("hex")).toBe(file.sha256);
    }
    expect((await get(`/visits/${visitId}/minutes.docx`, cookies.ward!)).res.status).toBe(404);
    expect(await h.db.prisma.auditLog.count({ where: { action: "visit.conclude", entityId: visitId } })).toBe(1);
  });
});
