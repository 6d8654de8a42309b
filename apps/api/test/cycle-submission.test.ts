// Submitting a stage and bonus/penalty over the real API, on days of the sample calendar
// (self-assessment 01/11–30/11, round 1 01/12–15/12): EvaluationYear.unitCycle, submitUnitStage
// (before, during, after the deadline, after a reopening), saveUnitAdjustment / deleteUnitAdjustment
// (caps, versions, lock) and the adjustments on the scorecard.
import { sampleYear } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "./harness.js";

const CYCLE = `query($id: ID!, $unitId: ID!) { evaluationYear(id: $id) { unitCycle(unitId: $unitId) {
  unit { id name } unitName asOf resultsLocked viewerCanSaveClaim viewerCanAppraise viewerCanAdjust viewerCanReopen
  currentStage { stage }
  stages { stage opensOn closesOn state reopenedUntil submittedAt submittedByName submittable viewerCanSubmit }
} } }`;

const SUBMIT = `mutation($input: SubmitUnitStageInput!) { submitUnitStage(input: $input) {
  __typename
  ... on SubmitUnitStageSuccess { submission { stage submittedAt submittedByName } unitCycle { stages { stage viewerCanSubmit } } }
  ... on ValidationError { problems { field code message } }
  ... on StageClosedError { stages locked }
  ... on ForbiddenError { reason }
  ... on Error { code }
} }`;

const SAVE_ENTRY = `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) {
  __typename ... on ValidationError { problems { field code } } ... on Error { code }
} }`;

const SAVE_ADJ = `mutation($input: SaveUnitAdjustmentInput!) { saveUnitAdjustment(input: $input) {
  __typename
  ... on SaveUnitAdjustmentSuccess { adjustment { id kind points reason version evidence { id } } }
  ... on ValidationError { problems { field code message } }
  ... on ConflictError { currentVersion }
  ... on ForbiddenError { reason }
  ... on Error { code }
} }`;

const DELETE_ADJ = `mutation($input: DeleteUnitAdjustmentInput!) { deleteUnitAdjustment(input: $input) {
  __typename ... on DeleteUnitAdjustmentSuccess { deletedId } ... on Error { code }
} }`;

type Stage = {
  stage: string;
  state: string;
  submittedAt: string | null;
  viewerCanSubmit: boolean;
  reopenedUntil: string | null;
};

async function open(day: string) {
  const h = await startHarness({ now: new Date(`${day}T03:00:00Z`) });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  const justiceId = unitIds.get("tu-phap")!;
  const wardId = unitIds.get("long-phuoc")!;
  await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId: year.id } });
  await h.db.prisma.evaluationYear.update({ where: { id: year.id }, data: { status: "SELF_ASSESSMENT" } });
  await h.db.prisma.scoreEntry.deleteMany({ where: { yearId: year.id, unitId: { in: [justiceId, wardId] } } });
  await h.db.prisma.unitAdjustment.deleteMany({ where: { yearId: year.id } });
  await h.db.prisma.unitStageSubmission.deleteMany({ where: { yearId: year.id } });
  return { h, yearId: year.id, justiceId, wardId };
}

/** Claims every leaf Phòng Tư pháp must self-score (points 0, with an explanation). */
async function claimAll(c: Awaited<ReturnType<typeof open>>, cookie: string) {
  const type = await c.h.db.prisma.yearUnit.findUniqueOrThrow({
    where: { yearId_unitId: { yearId: c.yearId, unitId: c.justiceId } },
    select: { type: { select: { code: true } } },
  });
  const leaves = await c.h.db.prisma.frameworkNode.findMany({
    where: { framework: { yearId: c.yearId }, method: { not: null }, scoreSource: "SELF_THEN_APPRAISED" },
    select: { code: true, appliesTo: true },
  });
  const codes = leaves.filter((l) => !l.appliesTo.length || l.appliesTo.includes(type.type.code)).map((l) => l.code);
  for (const leafCode of codes) {
    const res = await c.h.gql<{ saveScoreEntry: { __typename: string } }>(
      SAVE_ENTRY,
      {
        input: {
          yearId: c.yearId,
          unitId: c.justiceId,
          leafCode,
          source: "SELF",
          version: null,
          points: 0,
          comment: "Chưa thực hiện",
        },
      },
      cookie,
    );
    expect(res.body.data!.saveScoreEntry.__typename, leafCode).toBe("SaveScoreEntrySuccess");
  }
  return codes;
}

describe("during self-assessment (15/11/2021)", () => {
  let c: Awaited<ReturnType<typeof open>>;
  let justice: string;
  let ward: string;
  let office: string;
  beforeAll(async () => {
    c = await open("2021-11-15");
    justice = await c.h.login("tuphap@cchc.demo");
    ward = await c.h.login("longphuoc@cchc.demo");
    office = await c.h.login("noivu@cchc.demo");
  });
  afterAll(async () => {
    await c?.h.close();
  });

  const cycle = async (cookie: string, unitId = c.justiceId) =>
    (
      await c.h.gql<{ evaluationYear: { unitCycle: null | { stages: Stage[]; [k: string]: unknown } } }>(
        CYCLE,
        { id: c.yearId, unitId },
        cookie,
      )
    ).body.data!.evaluationYear.unitCycle;
  const submit = (cookie: string, unitId = c.justiceId, stage = "SELF_ASSESSMENT") =>
    c.h.gql<{ submitUnitStage: Record<string, unknown> }>(
      SUBMIT,
      { input: { yearId: c.yearId, unitId, stage } },
      cookie,
    );

  it("shows the unit's calendar to its officer and to Home Affairs, not to another unit's officer", async () => {
    const mine = await cycle(justice);
    expect(mine).toMatchObject({
      unit: { id: c.justiceId },
      asOf: "2021-11-15",
      resultsLocked: false,
      viewerCanSaveClaim: true,
      viewerCanAppraise: false,
      viewerCanAdjust: false,
      viewerCanReopen: false,
      currentStage: { stage: "SELF_ASSESSMENT" },
    });
    expect(mine!.stages[0]).toEqual({
      stage: "SELF_ASSESSMENT",
      opensOn: "2021-11-01",
      closesOn: "2021-11-30",
      state: "OPEN",
      reopenedUntil: null,
      submittedAt: null,
      submittedByName: null,
      submittable: true,
      viewerCanSubmit: true,
    });
    expect(await cycle(office)).toMatchObject({ viewerCanSaveClaim: false, viewerCanReopen: true });
    expect(await cycle(ward)).toBeNull();
  });

  it("names every leaf still missing before submission, then submits once complete (audited)", async () => {
    const early = await submit(justice);
    expect(early.body.data!.submitUnitStage).toMatchObject({ __typename: "ValidationError" });
    const problems = early.body.data!.submitUnitStage.problems as Array<{
      field: string;
      code: string;
      message: string;
    }>;
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.every((p) => p.code === "MISSING_CLAIM" && p.message.includes(p.field))).toBe(true);
    await claimAll(c, justice);
    const done = await submit(justice);
    expect(done.body.data!.submitUnitStage).toMatchObject({
      __typename: "SubmitUnitStageSuccess",
      submission: {
        stage: "SELF_ASSESSMENT",
        submittedAt: "2021-11-15T03:00:00.000Z",
        submittedByName: expect.any(String),
      },
    });
    const after = await cycle(justice);
    expect(after!.stages[0]).toMatchObject({ submittedAt: "2021-11-15T03:00:00.000Z", viewerCanSubmit: false });
    expect(after).toMatchObject({ viewerCanSaveClaim: false });
    expect(await c.h.db.prisma.auditLog.count({ where: { action: "stage.submit", entityId: c.justiceId } })).toBe(1);
  });

  it("makes the claims read-only after submission", async () => {
    const entry = await c.h.db.prisma.scoreEntry.findFirstOrThrow({
      where: { yearId: c.yearId, unitId: c.justiceId, source: "SELF" },
      include: { node: { select: { code: true } } },
    });
    const res = await c.h.gql<{ saveScoreEntry: { problems: Array<{ field: string; code: string }> } }>(
      SAVE_ENTRY,
      {
        input: {
          yearId: c.yearId,
          unitId: c.justiceId,
          leafCode: entry.node.code,
          source: "SELF",
          version: entry.version,
          points: 0,
          comment: "Sửa",
        },
      },
      justice,
    );
    expect(res.body.data!.saveScoreEntry.problems).toEqual([{ field: "source", code: "ALREADY_SUBMITTED" }]);
  });

  it("refuses a second submission, another unit's officer, Home Affairs, and a stage units do not submit", async () => {
    expect((await submit(justice)).body.data!.submitUnitStage).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "stage", code: "ALREADY_SUBMITTED" }],
    });
    expect((await submit(ward)).body.data!.submitUnitStage).toMatchObject({
      __typename: "ForbiddenError",
      reason: "NOT_YOUR_UNIT",
    });
    expect((await submit(office)).body.data!.submitUnitStage).toMatchObject({
      __typename: "ForbiddenError",
      reason: "ROLE",
    });
    expect((await submit(justice, c.justiceId, "ROUND1")).body.data!.submitUnitStage).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "stage", code: "NOT_SUBMITTED_BY_UNIT" }],
    });
  });

  it("refuses explanation before its stage opens", async () => {
    expect((await submit(justice, c.justiceId, "EXPLANATION")).body.data!.submitUnitStage).toMatchObject({
      __typename: "StageClosedError",
      stages: ["EXPLANATION"],
      locked: false,
    });
  });
});

describe("after the deadline, in round 1 (05/12/2021)", () => {
  let c: Awaited<ReturnType<typeof open>>;
  let justice: string;
  let office: string;
  let leadership: string;
  beforeAll(async () => {
    c = await open("2021-12-05");
    await c.h.db.prisma.evaluationYear.update({ where: { id: c.yearId }, data: { status: "APPRAISAL" } });
    await c.h.db.prisma.framework.update({ where: { yearId: c.yearId }, data: { bonusCap: 3, penaltyCap: 2 } });
    justice = await c.h.login("tuphap@cchc.demo");
    office = await c.h.login("noivu@cchc.demo");
    leadership = await c.h.login("lanhdao@cchc.demo");
  });
  afterAll(async () => {
    await c?.h.close();
  });
  const submit = (cookie: string) =>
    c.h.gql<{ submitUnitStage: Record<string, unknown> }>(
      SUBMIT,
      { input: { yearId: c.yearId, unitId: c.justiceId, stage: "SELF_ASSESSMENT" } },
      cookie,
    );

  it("refuses a late submission; a reopening for the unit lets it claim and submit", async () => {
    expect((await submit(justice)).body.data!.submitUnitStage).toMatchObject({
      __typename: "StageClosedError",
      code: "STAGE_CLOSED",
    });
    const reopen = await c.h.gql<{ reopenUnitStage: { __typename: string } }>(
      `mutation($input: ReopenUnitStageInput!) { reopenUnitStage(input: $input) { __typename } }`,
      {
        input: {
          yearId: c.yearId,
          unitId: c.justiceId,
          stage: "SELF_ASSESSMENT",
          untilOn: "2021-12-08",
          reason: "Ốm đau",
        },
      },
      office,
    );
    expect(reopen.body.data!.reopenUnitStage.__typename).toBe("ReopenUnitStageSuccess");
    const cycle = await c.h.gql<{ evaluationYear: { unitCycle: { stages: Stage[] } } }>(
      CYCLE,
      { id: c.yearId, unitId: c.justiceId },
      justice,
    );
    expect(cycle.body.data!.evaluationYear.unitCycle.stages[0]).toMatchObject({
      state: "OPEN",
      reopenedUntil: "2021-12-08",
      viewerCanSubmit: true,
    });
    await claimAll(c, justice);
    expect((await submit(justice)).body.data!.submitUnitStage).toMatchObject({ __typename: "SubmitUnitStageSuccess" });
  });

  const save = (cookie: string, input: Record<string, unknown>) =>
    c.h.gql<{ saveUnitAdjustment: Record<string, unknown> & { adjustment?: { id: string; version: number } } }>(
      SAVE_ADJ,
      { input: { yearId: c.yearId, unitId: c.justiceId, kind: "BONUS", points: 1, reason: "Mô hình hay", ...input } },
      cookie,
    );

  it("gives a bonus within the cap; over the cap is refused naming it; shows on the scorecard with its version", async () => {
    const first = await save(office, { points: 2 });
    expect(first.body.data!.saveUnitAdjustment).toMatchObject({
      __typename: "SaveUnitAdjustmentSuccess",
      adjustment: { kind: "BONUS", points: 2, version: 1, evidence: [] },
    });
    const over = await save(office, { points: 1.5 });
    expect(over.body.data!.saveUnitAdjustment).toMatchObject({
      __typename: "ValidationError",
      problems: [
        { field: "points", code: "OVER_BONUS_CAP", message: expect.stringMatching(/vượt mức tối đa.*3 điểm/) },
      ],
    });
    const card = await c.h.gql<{
      unitScorecard: { bonus: number; adjustments: Array<{ id: string; version: number; points: number }> };
    }>(
      `query($y: ID!, $u: ID!) { unitScorecard(yearId: $y, unitId: $u) { ... on UnitScorecard { bonus adjustments { id kind points reason version evidence { id } } } } }`,
      { y: c.yearId, u: c.justiceId },
      office,
    );
    expect(card.body.data!.unitScorecard.adjustments).toEqual([
      expect.objectContaining({ id: first.body.data!.saveUnitAdjustment.adjustment!.id, points: 2, version: 1 }),
    ]);
    expect(card.body.data!.unitScorecard.bonus).toBe(2);
  });

  it("edits with the version seen; a stale version conflicts; deletes; other roles are refused", async () => {
    const { id } = (await c.h.db.prisma.unitAdjustment.findFirstOrThrow({ where: { yearId: c.yearId } })) as {
      id: string;
    };
    const edited = await save(office, { id, version: 1, points: 3, reason: "Mô hình hay, nhân rộng" });
    expect(edited.body.data!.saveUnitAdjustment).toMatchObject({ adjustment: { points: 3, version: 2 } });
    expect((await save(office, { id, version: 1, points: 1 })).body.data!.saveUnitAdjustment).toMatchObject({
      __typename: "ConflictError",
      currentVersion: 2,
    });
    expect((await save(justice, {})).body.data!.saveUnitAdjustment).toMatchObject({ __typename: "ForbiddenError" });
    expect((await save(leadership, {})).body.data!.saveUnitAdjustment).toMatchObject({ __typename: "ForbiddenError" });
    const stale = await c.h.gql<{ deleteUnitAdjustment: Record<string, unknown> }>(
      DELETE_ADJ,
      { input: { id, version: 1 } },
      office,
    );
    expect(stale.body.data!.deleteUnitAdjustment).toMatchObject({ __typename: "ConflictError" });
    const gone = await c.h.gql<{ deleteUnitAdjustment: Record<string, unknown> }>(
      DELETE_ADJ,
      { input: { id, version: 2 } },
      office,
    );
    expect(gone.body.data!.deleteUnitAdjustment).toEqual({ __typename: "DeleteUnitAdjustmentSuccess", deletedId: id });
    expect(await c.h.db.prisma.unitAdjustment.count({ where: { id } })).toBe(0);
  });

  it("refuses bonus/penalty once the results are locked", async () => {
    await c.h.db.prisma.resultSnapshot.create({ data: { yearId: c.yearId, lockedAt: new Date() } });
    try {
      expect((await save(office, { kind: "PENALTY", points: 0.5 })).body.data!.saveUnitAdjustment).toMatchObject({
        __typename: "StageClosedError",
        code: "RESULTS_LOCKED",
      });
    } finally {
      await c.h.db.prisma.resultSnapshot.deleteMany({ where: { yearId: c.yearId } });
    }
  });

  it("logged no unexpected server errors", () => {
    expect(c.h.errors).toEqual([]);
  });
});
