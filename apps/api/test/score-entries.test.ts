// Score entries over the real API, on days of the sample calendar: self-assessment 01/11–30/11,
// round 1 01/12–15/12 (prisma seed: workflow_deadlines_sample).
import { sampleYear } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

const SAVE = `mutation($input: SaveScoreEntryInput!) {
  saveScoreEntry(input: $input) {
    __typename
    ... on SaveScoreEntrySuccess { entry { version source points inputs comment reasonCode leaf { code } author { email } } }
    ... on Error { code message }
    ... on ValidationError { problems { field code } }
    ... on StageClosedError { stages locked }
    ... on ForbiddenError { reason }
    ... on ConflictError { currentVersion }
  }
}`;

type Saved = {
  saveScoreEntry: {
    __typename: string;
    code?: string;
    entry?: {
      version: number;
      points: number | null;
      inputs: unknown;
      comment: string | null;
      author: { email: string };
    };
    problems?: Array<{ field: string; code: string }>;
    reason?: string;
    locked?: boolean;
    currentVersion?: number;
  };
};

interface Ctx {
  h: Harness;
  yearId: string;
  justiceId: string;
  wardId: string;
}

async function open(day: string): Promise<Ctx> {
  const h = await startHarness({ now: new Date(`${day}T03:00:00Z`) });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  return { h, yearId: year.id, justiceId: unitIds.get("tu-phap")!, wardId: unitIds.get("long-phuoc")! };
}

const save = (c: Ctx, cookie: string, input: Record<string, unknown>) =>
  c.h.gql<Saved>(SAVE, { input: { yearId: c.yearId, unitId: c.justiceId, version: null, ...input } }, cookie);

describe("during self-assessment (15/11/2021)", () => {
  let c: Ctx;
  let justice: string;
  let office: string;
  beforeAll(async () => {
    c = await open("2021-11-15");
    justice = await c.h.login("tuphap@cchc.demo");
    office = await c.h.login("noivu@cchc.demo");
  });
  afterAll(async () => {
    await c?.h.close();
  });

  it("lets the unit's officer claim a leaf with the method's inputs; a claim without evidence needs an explanation", async () => {
    const bare = await save(c, justice, { leafCode: "1.1.2", source: "SELF", inputs: { kind: "checklist", met: 3 } });
    expect(bare.body.data!.saveScoreEntry).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "comment", code: "EXPLANATION_REQUIRED" }],
    });
    const ok = await save(c, justice, {
      leafCode: "1.1.2",
      source: "SELF",
      inputs: { kind: "checklist", met: 3 },
      comment: "Kế hoạch số 12/KH-TP ngày 15/01/2021",
    });
    expect(ok.body.data!.saveScoreEntry).toMatchObject({
      __typename: "SaveScoreEntrySuccess",
      entry: { version: 1, points: 0.6, inputs: { kind: "checklist", met: 3 }, author: { email: "tuphap@cchc.demo" } },
    });
    const audit = await c.h.db.prisma.auditLog.findFirstOrThrow({ where: { action: "score_entry.save" } });
    expect(audit.after).toMatchObject({ source: "SELF", leafCode: "1.1.2", points: 0.6 });
  });

  it("answers a stale or missing version with a conflict and overwrites nothing", async () => {
    const again = await save(c, justice, { leafCode: "1.1.2", source: "SELF", points: 1, comment: "Sửa" });
    expect(again.body.data!.saveScoreEntry).toMatchObject({
      __typename: "ConflictError",
      code: "CONFLICT",
      currentVersion: 1,
    });
    const next = await save(c, justice, { leafCode: "1.1.2", source: "SELF", version: 1, points: 1, comment: "Sửa" });
    expect(next.body.data!.saveScoreEntry).toMatchObject({ entry: { version: 2, points: 1, inputs: null } });
  });

  it("refuses another unit's officer, a leaf that is not for the unit's type, and system sources", async () => {
    const ward = await c.h.login("longphuoc@cchc.demo");
    const other = await save(c, ward, { leafCode: "1.1.2", source: "SELF", points: 1, comment: "x" });
    expect(other.body.data!.saveScoreEntry).toMatchObject({ __typename: "ForbiddenError", reason: "NOT_YOUR_UNIT" });
    const notForOffices = await save(c, justice, { leafCode: "3.5", source: "SELF", points: 1, comment: "x" });
    expect(notForOffices.body.data!.saveScoreEntry).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "leafCode", code: "NOT_FOR_UNIT_TYPE" }],
    });
    const auto = await save(c, office, {
      leafCode: "1.1.1",
      source: "AUTO",
      inputs: { kind: "deadline", status: "on_time" },
    });
    expect(auto.body.data!.saveScoreEntry).toMatchObject({
      __typename: "ValidationError",
      problems: [{ code: "SYSTEM_SOURCE" }],
    });
  });

  it("does not let Home Affairs appraise before round 1 opens", async () => {
    const early = await save(c, office, { leafCode: "1.1.2", source: "ROUND1", points: 1 });
    expect(early.body.data!.saveScoreEntry).toMatchObject({
      __typename: "StageClosedError",
      code: "STAGE_CLOSED",
      stages: ["ROUND1"],
    });
  });

  it("refuses everything once the results are locked", async () => {
    await c.h.db.prisma.resultSnapshot.create({ data: { yearId: c.yearId, lockedAt: new Date() } });
    try {
      const res = await save(c, justice, {
        leafCode: "1.7",
        source: "SELF",
        inputs: { kind: "binary", met: true },
        comment: "x",
      });
      expect(res.body.data!.saveScoreEntry).toMatchObject({
        __typename: "StageClosedError",
        code: "RESULTS_LOCKED",
        locked: true,
      });
    } finally {
      await c.h.db.prisma.resultSnapshot.delete({ where: { yearId: c.yearId } });
    }
  });

  it("logged no unexpected server errors", () => {
    expect(c.h.errors).toEqual([]);
  });
});

describe("during appraisal round 1 (05/12/2021)", () => {
  let c: Ctx;
  let justice: string;
  let office: string;
  beforeAll(async () => {
    c = await open("2021-12-05");
    justice = await c.h.login("tuphap@cchc.demo");
    office = await c.h.login("noivu@cchc.demo");
    const leaf = await c.h.db.prisma.frameworkNode.findFirstOrThrow({ where: { code: "2.2" } });
    await c.h.db.prisma.scoreEntry.create({
      data: { yearId: c.yearId, unitId: c.justiceId, nodeId: leaf.id, source: "SELF", points: 2, comment: "Đủ hồ sơ" },
    });
  });
  afterAll(async () => {
    await c?.h.close();
  });

  it("asks Home Affairs for a reason when the appraisal differs from the claim", async () => {
    const bare = await save(c, office, { leafCode: "2.2", source: "ROUND1", points: 1 });
    expect(bare.body.data!.saveScoreEntry).toMatchObject({
      problems: [{ field: "reasonCode", code: "REASON_REQUIRED" }],
    });
    const ok = await save(c, office, {
      leafCode: "2.2",
      source: "ROUND1",
      points: 1,
      reasonCode: "EVIDENCE_INSUFFICIENT",
      comment: "Thiếu báo cáo quý III",
    });
    expect(ok.body.data!.saveScoreEntry).toMatchObject({ __typename: "SaveScoreEntrySuccess", entry: { points: 1 } });
  });

  it("closes self-assessment after its last day, until Home Affairs reopens it for the unit with a reason", async () => {
    const late = await save(c, justice, {
      leafCode: "1.7",
      source: "SELF",
      inputs: { kind: "binary", met: true },
      comment: "x",
    });
    expect(late.body.data!.saveScoreEntry).toMatchObject({
      __typename: "StageClosedError",
      stages: ["SELF_ASSESSMENT"],
    });
    const REOPEN = `mutation($input: ReopenUnitStageInput!) { reopenUnitStage(input: $input) { __typename ... on ValidationError { problems { field code } } } }`;
    const input = {
      yearId: c.yearId,
      unitId: c.justiceId,
      stage: "SELF_ASSESSMENT",
      untilOn: "2021-12-08",
      reason: "Cán bộ đầu mối nghỉ ốm",
    };
    const byOfficer = await c.h.gql(REOPEN, { input }, justice);
    expect(byOfficer.body.data).toEqual({ reopenUnitStage: { __typename: "ForbiddenError" } });
    const past = await c.h.gql(REOPEN, { input: { ...input, untilOn: "2021-12-01" } }, office);
    expect(past.body.data).toEqual({
      reopenUnitStage: { __typename: "ValidationError", problems: [{ field: "untilOn", code: "IN_THE_PAST" }] },
    });
    const reopened = await c.h.gql(REOPEN, { input }, office);
    expect(reopened.body.data).toEqual({ reopenUnitStage: { __typename: "ReopenUnitStageSuccess" } });
    const now = await save(c, justice, {
      leafCode: "1.7",
      source: "SELF",
      inputs: { kind: "binary", met: true },
      comment: "x",
    });
    expect(now.body.data!.saveScoreEntry).toMatchObject({
      __typename: "SaveScoreEntrySuccess",
      entry: { points: 0.5 },
    });
    // Only for that unit: the ward's officer is still out of time.
    const ward = await c.h.login("longphuoc@cchc.demo");
    const wardSave = await c.h.gql<Saved>(
      SAVE,
      {
        input: {
          yearId: c.yearId,
          unitId: c.wardId,
          version: null,
          leafCode: "1.7",
          source: "SELF",
          points: 0.5,
          comment: "x",
        },
      },
      ward,
    );
    expect(wardSave.body.data!.saveScoreEntry.__typename).toBe("StageClosedError");
  });

  it("logged no unexpected server errors", () => {
    expect(c.h.errors).toEqual([]);
  });
});
