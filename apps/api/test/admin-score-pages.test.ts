// The admin's self-assessment and appraisal pages against the real API: their own documents (as the
// app sends them, from apps/admin/src), on days of the sample calendar — a ward officer claims a leaf
// with an evidence file and submits (refused while leaves are missing), and Home Affairs appraises it
// in round 1, a second session hits the conflict, and a bonus within the cap is saved.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sampleYear } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminOperations } from "./admin-documents.js";
import { type Harness, startHarness } from "./harness.js";

const documents = new Map(adminOperations().map((o) => [o.name, o.source]));
function doc(name: string): string {
  const source = documents.get(name);
  if (!source) throw new Error(`no admin document ${name}`);
  return source;
}

const PDF = new TextEncoder().encode("%PDF-1.4\n% Kế hoạch\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

interface Ctx {
  h: Harness;
  dir: string;
  yearId: string;
  wardId: string;
}

async function open(day: string): Promise<Ctx> {
  const dir = await mkdtemp(path.join(tmpdir(), "cchc-score-pages-"));
  const h = await startHarness({ now: new Date(`${day}T03:00:00Z`), storage: folderStorage(dir) });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  return { h, dir, yearId: year.id, wardId: unitIds.get("long-phuoc")! };
}

async function close(c: Ctx) {
  await c.h.close();
  await rm(c.dir, { recursive: true, force: true });
}

// biome-ignore lint/suspicious/noExplicitAny: answers of the admin's documents, read as JSON and checked field by field
type Data = Record<string, any>;

async function run(c: Ctx, name: string, variables: Record<string, unknown>, cookie: string): Promise<Data> {
  const res = await c.h.gql<Data>(doc(name), variables, cookie);
  expect(res.body.errors, `${name}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
  return res.body.data as Data;
}

const entryOf = (leaves: Data[], code: string, source: string) =>
  leaves.find((l) => l.code === code)?.entries.find((e: Data) => e.source === source) ?? null;

describe("self-assessment page, 15/11/2021 (self-assessment open)", () => {
  let c: Ctx;
  let ward: string;
  beforeAll(async () => {
    c = await open("2021-11-15");
    ward = await c.h.login("longphuoc@cchc.demo");
  });
  afterAll(() => close(c));

  it("loads the unit, the framework with its rules, the unit's calendar and scorecard; saves a claim with evidence", async () => {
    const page = await run(c, "SelfAssessmentPage", { year: 2021 }, ward);
    expect(page.me.unit).toMatchObject({ id: c.wardId, type: { code: "xa" } });
    const checklist = page.year.framework.nodes.find((n: Data) => n.code === "1.1.2");
    expect(checklist).toMatchObject({ method: "CHECKLIST", methodConfig: { kind: "checklist" } });
    const items = (checklist.methodConfig.items as string[]).length;

    const card = await run(c, "SelfAssessmentScorecard", { yearId: c.yearId, unitId: c.wardId }, ward);
    expect(card.evaluationYear.unitCycle).toMatchObject({ viewerCanSaveClaim: true, resultsLocked: false });
    const self = card.evaluationYear.unitCycle.stages.find((s: Data) => s.stage === "SELF_ASSESSMENT");
    expect(self).toMatchObject({ state: "OPEN", viewerCanSubmit: true, submittedAt: null });
    expect(card.unitScorecard.__typename).toBe("UnitScorecard");

    // the evidence file, as the page uploads it
    const query = new URLSearchParams({ yearId: c.yearId, unitId: c.wardId });
    const res = await fetch(`${c.h.app.url}/files?${query}`, {
      method: "POST",
      headers: {
        cookie: ward,
        "Content-Type": "application/pdf",
        "X-File-Name": encodeURIComponent("Kế hoạch CCHC 2021.pdf"),
        "X-Requested-With": "cchc",
      },
      body: PDF,
    });
    expect(res.status).toBe(201);
    const { file } = (await res.json()) as { file: { id: string; url: string } };

    const met = Array.from({ length: items }, (_, k) => k !== 1);
    const saved = await run(
      c,
      "SaveScoreEntry",
      {
        input: {
          yearId: c.yearId,
          unitId: c.wardId,
          leafCode: "1.1.2",
          source: "SELF",
          version: null,
          inputs: { kind: "checklist", met },
          points: null,
          comment: null,
          reasonCode: null,
          evidenceFileIds: [file.id],
        },
      },
      ward,
    );
    expect(saved.saveScoreEntry).toMatchObject({ __typename: "SaveScoreEntrySuccess", entry: { version: 1 } });

    const after = await run(c, "SelfAssessmentScorecard", { yearId: c.yearId, unitId: c.wardId }, ward);
    const claim = entryOf(after.unitScorecard.leaves, "1.1.2", "SELF");
    expect(claim).toMatchObject({ version: 1, comment: null, evidence: [{ id: file.id, url: file.url }] });
    expect(JSON.parse(claim.inputsJson)).toEqual({ kind: "checklist", met });
    // the server's points, which the page shows
    expect(claim.points).toBeCloseTo(((items - 1) / items) * checklist.maxPoints, 6);

    // submitting while leaves are missing: one problem per leaf, by code
    const submit = await run(
      c,
      "SubmitUnitStage",
      { input: { yearId: c.yearId, unitId: c.wardId, stage: "SELF_ASSESSMENT" } },
      ward,
    );
    expect(submit.submitUnitStage.__typename).toBe("ValidationError");
    const problems = submit.submitUnitStage.problems as Array<{ field: string; code: string }>;
    expect(problems.some((p) => p.code === "MISSING_CLAIM")).toBe(true);
    expect(problems.some((p) => p.field === "1.1.2")).toBe(false);
  });
});

describe("appraisal page, 05/12/2021 (round 1 open)", () => {
  let c: Ctx;
  let office: string;
  let other: string;
  beforeAll(async () => {
    c = await open("2021-12-05");
    office = await c.h.login("noivu@cchc.demo");
    other = await c.h.login("noivu@cchc.demo");
  });
  afterAll(() => close(c));

  it("lists units, loads a unit's cycle and scorecard, appraises a leaf; a second session gets the conflict", async () => {
    const page = await run(c, "AppraisalPage", { year: 2021 }, office);
    const wardType = page.unitTypes.find((t: Data) => t.code === "xa");
    expect(wardType.units.some((u: Data) => u.id === c.wardId)).toBe(true);
    // the year's scored units, named as in that year
    expect(page.year.results.__typename).toBe("YearResults");
    expect(page.year.results.rows).toContainEqual(
      expect.objectContaining({ unit: { id: c.wardId }, unitName: "UBND phường Long Phước" }),
    );
    expect(page.year.framework.bonusCap).toBeGreaterThan(0);

    const unit = await run(c, "AppraisalUnit", { yearId: c.yearId, unitId: c.wardId }, office);
    expect(unit.evaluationYear.unitCycle).toMatchObject({ viewerCanAppraise: true, viewerCanAdjust: true });
    expect(unit.unitScorecard).toMatchObject({ __typename: "UnitScorecard", unitType: { code: "xa" } });

    const input = {
      yearId: c.yearId,
      unitId: c.wardId,
      leafCode: "1.7",
      source: "ROUND1",
      version: null,
      inputs: { kind: "binary", met: false },
      points: null,
      comment: "Chưa có quyết định công nhận",
      reasonCode: null,
    };
    const first = await run(c, "SaveScoreEntry", { input }, office);
    expect(first.saveScoreEntry).toMatchObject({ __typename: "SaveScoreEntrySuccess", entry: { version: 1 } });
    // the other session still saw no entry: nothing is overwritten
    const second = await run(c, "SaveScoreEntry", { input: { ...input, comment: "Đạt" } }, other);
    expect(second.saveScoreEntry).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    const reloaded = await run(c, "AppraisalUnit", { yearId: c.yearId, unitId: c.wardId }, other);
    expect(entryOf(reloaded.unitScorecard.leaves, "1.7", "ROUND1")).toMatchObject({
      version: 1,
      comment: "Chưa có quyết định công nhận",
    });

    const bonus = await run(
      c,
      "SaveUnitAdjustment",
      {
        input: {
          yearId: c.yearId,
          unitId: c.wardId,
          id: null,
          version: null,
          kind: "BONUS",
          points: 0.5,
          reason: "Mô hình được tỉnh công nhận",
          evidenceFileIds: [],
        },
      },
      office,
    );
    expect(bonus.saveUnitAdjustment.__typename).toBe("SaveUnitAdjustmentSuccess");
    const withBonus = await run(c, "AppraisalUnit", { yearId: c.yearId, unitId: c.wardId }, office);
    expect(withBonus.unitScorecard.adjustments).toEqual([
      expect.objectContaining({ kind: "BONUS", points: 0.5, reason: "Mô hình được tỉnh công nhận", version: 1 }),
    ]);
  });
});
