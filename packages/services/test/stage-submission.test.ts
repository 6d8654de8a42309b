// Submitting the self-assessment called directly: before, during and after the deadline, after a
// reopening; what must be there first; entries read-only after it; evidence sets on entries.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import type { Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  folderStorage,
  ForbiddenError,
  readAudit,
  reopenUnitStage,
  saveScoreEntry,
  StageClosedError,
  storeEvidenceFile,
  submitUnitStage,
  unitCycle,
  ValidationError,
} from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let dir: string;
let yearId: string;
let justiceId: string;
let wardId: string;
let justice: Viewer;
let ward: Viewer;
let office: Viewer;
/** Leaves Phòng Tư pháp (an office) must claim. */
let selfLeaves: string[];

const day = (d: string) => new Date(`${d}T03:00:00Z`);
const DURING = day("2021-11-15");
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

const claim = (leafCode: string, extra: Record<string, unknown> = {}, now = DURING) =>
  saveScoreEntry(
    { prisma, viewer: justice, now },
    { yearId, unitId: justiceId, leafCode, source: "SELF", version: null, points: 0, ...extra },
  );
const submit = (viewer: Viewer, now = DURING, unitId = justiceId) =>
  submitUnitStage({ prisma, viewer, now }, { yearId, unitId, stage: "SELF_ASSESSMENT" });

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  dir = await mkdtemp(path.join(tmpdir(), "cchc-submit-"));
  const { year, unitIds } = await sampleYear(prisma);
  yearId = year.id;
  justiceId = unitIds.get("tu-phap")!;
  wardId = unitIds.get("long-phuoc")!;
  // A clean, open year whatever the seed's sample cycle holds.
  await prisma.resultSnapshot.deleteMany({ where: { yearId } });
  await prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "SELF_ASSESSMENT" } });
  await prisma.scoreEntry.deleteMany({ where: { yearId, unitId: { in: [justiceId, wardId] } } });
  await prisma.unitStageSubmission.deleteMany({ where: { yearId } });
  const asViewer = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { userId: u.id, roles: u.roles, unitId: u.unitId };
  };
  justice = await asViewer("tuphap@cchc.demo");
  ward = await asViewer("longphuoc@cchc.demo");
  office = await asViewer("noivu@cchc.demo");
  const type = await prisma.yearUnit.findUniqueOrThrow({
    where: { yearId_unitId: { yearId, unitId: justiceId } },
    select: { type: { select: { code: true } } },
  });
  const leaves = await prisma.frameworkNode.findMany({
    where: { framework: { yearId }, method: { not: null }, scoreSource: "SELF_THEN_APPRAISED" },
    select: { code: true, appliesTo: true },
    orderBy: { code: "asc" },
  });
  selfLeaves = leaves
    .filter((l) => l.appliesTo.length === 0 || l.appliesTo.includes(type.type.code))
    .map((l) => l.code);
});
afterAll(async () => {
  await db?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("submitUnitStage (self-assessment)", () => {
  it("is refused before the stage opens", async () => {
    const error = await submit(justice, day("2021-10-31")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageClosedError);
    expect(error).toMatchObject({ code: "STAGE_CLOSED" });
  });

  it("lists every leaf still missing a claim, one problem per leaf", async () => {
    const error = (await submit(justice).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems.map((p) => p.field)).toEqual(selfLeaves);
    expect(new Set(error.problems.map((p) => p.code))).toEqual(new Set(["MISSING_CLAIM"]));
  });

  it("counts a new evidence set on the claim; a claim without evidence or explanation is named", async () => {
    const storage = folderStorage(dir);
    const file = await storeEvidenceFile(
      { prisma, viewer: justice, now: DURING, storage },
      { yearId, unitId: justiceId, fileName: "kh.pdf", mimeType: "application/pdf", bytes: PDF },
    );
    const [first, ...rest] = selfLeaves;
    // With the file as evidence, no explanation is needed.
    await claim(first!, { evidenceFileIds: [file.id] });
    const linked = await prisma.scoreEntryEvidence.findMany({ where: { fileId: file.id } });
    expect(linked).toHaveLength(1);
    for (const code of rest) await claim(code, { comment: "Giải trình: chưa có văn bản" });
    // Remove the explanation of one claim by hand: the submission names it.
    const last = rest.at(-1)!;
    await prisma.scoreEntry.updateMany({
      where: { yearId, unitId: justiceId, source: "SELF", node: { code: last } },
      data: { comment: null },
    });
    const error = (await submit(justice).catch((e: unknown) => e)) as ValidationError;
    expect(error.problems).toEqual([
      { field: last, code: "NEEDS_EVIDENCE_OR_EXPLANATION", message: expect.stringContaining(last) },
    ]);
    await prisma.scoreEntry.updateMany({
      where: { yearId, unitId: justiceId, source: "SELF", node: { code: last } },
      data: { comment: "Giải trình" },
    });
  });

  it("refuses evidence of another unit on an entry", async () => {
    const storage = folderStorage(dir);
    const wardFile = await storeEvidenceFile(
      { prisma, viewer: ward, now: DURING, storage },
      { yearId, unitId: wardId, fileName: "p.pdf", mimeType: "application/pdf", bytes: PDF },
    );
    const entry = await prisma.scoreEntry.findFirstOrThrow({
      where: { yearId, unitId: justiceId, source: "SELF", node: { code: selfLeaves[0] } },
    });
    const error = (await claim(selfLeaves[0]!, { version: entry.version, evidenceFileIds: [wardFile.id] }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "evidenceFileIds", code: "EVIDENCE_NOT_OF_UNIT" }),
    ]);
  });

  it("refuses another unit's officer and Home Affairs (the unit submits its own)", async () => {
    await expect(submit(ward)).rejects.toMatchObject({ reason: "NOT_YOUR_UNIT" });
    await expect(submit(office)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("records the submission once complete; then the claims are read-only and a second submission is refused", async () => {
    const { submissionId } = await submit(justice);
    const row = await prisma.unitStageSubmission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(row).toMatchObject({ stage: "SELF_ASSESSMENT", submittedById: justice.userId, submittedAt: DURING });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "stage.submit" } });
    expect(readAudit(audit)).toMatchObject({ entityId: justiceId, after: { submissionId, stage: "SELF_ASSESSMENT" } });
    const entry = await prisma.scoreEntry.findFirstOrThrow({
      where: { yearId, unitId: justiceId, source: "SELF", node: { code: selfLeaves[1] } },
    });
    const error = (await claim(selfLeaves[1]!, { version: entry.version, comment: "Sửa sau khi nộp" }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(error.problems).toEqual([expect.objectContaining({ field: "source", code: "ALREADY_SUBMITTED" })]);
    await expect(submit(justice)).rejects.toMatchObject({ problems: [{ code: "ALREADY_SUBMITTED" }] });
    const cycle = await unitCycle({ prisma, viewer: justice, now: DURING }, { yearId, unitId: justiceId });
    expect(cycle?.stages.find((s) => s.stage === "SELF_ASSESSMENT")).toMatchObject({
      state: "open",
      submittedAt: DURING,
      viewerCanSubmit: false,
    });
    expect(cycle?.viewerCanSaveClaim).toBe(false);
  });

  it("is refused after the deadline; a reopening clears the submission and opens the stage for the unit only", async () => {
    const AFTER = day("2021-12-05");
    await expect(submit(ward, AFTER, wardId)).rejects.toMatchObject({ code: "STAGE_CLOSED" });
    await reopenUnitStage(
      { prisma, viewer: office, now: AFTER },
      { yearId, unitId: justiceId, stage: "SELF_ASSESSMENT", untilOn: "2021-12-10", reason: "Bổ sung tài liệu" },
    );
    expect(await prisma.unitStageSubmission.count({ where: { yearId, unitId: justiceId } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "stage.reopen_unit" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ clearedSubmission: true });
    const entry = await prisma.scoreEntry.findFirstOrThrow({
      where: { yearId, unitId: justiceId, source: "SELF", node: { code: selfLeaves[1] } },
    });
    await expect(
      claim(selfLeaves[1]!, { version: entry.version, comment: "Sửa sau khi mở lại" }, AFTER),
    ).resolves.toMatchObject({ entryId: entry.id });
    await expect(submit(justice, AFTER)).resolves.toMatchObject({ submissionId: expect.any(String) });
    // The other unit is still closed; after the reopening ends the unit is too.
    await expect(submit(ward, AFTER, wardId)).rejects.toMatchObject({ code: "STAGE_CLOSED" });
    const cycle = await unitCycle({ prisma, viewer: office, now: day("2021-12-11") }, { yearId, unitId: justiceId });
    expect(cycle?.stages.find((s) => s.stage === "SELF_ASSESSMENT")).toMatchObject({
      state: "closed",
      reopenedUntil: "2021-12-10",
    });
  });

  it("shows the calendar only to those who may read the unit", async () => {
    await expect(unitCycle({ prisma, viewer: ward, now: DURING }, { yearId, unitId: justiceId })).resolves.toBeNull();
    await expect(unitCycle({ prisma, viewer: null, now: DURING }, { yearId, unitId: justiceId })).resolves.toBeNull();
    const mine = await unitCycle({ prisma, viewer: ward, now: DURING }, { yearId, unitId: wardId });
    expect(mine).toMatchObject({
      asOf: "2021-11-15",
      currentStage: { stage: "SELF_ASSESSMENT" },
      viewerCanSaveClaim: true,
    });
    expect(mine?.stages.find((s) => s.stage === "SELF_ASSESSMENT")?.viewerCanSubmit).toBe(true);
  });
});
