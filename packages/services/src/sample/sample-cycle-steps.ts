// Steps the sample plays for a year, each through the real operations with the clock set inside the
// stage (a unit's claims, an appraisal round, plan progress, evidence), shared by the finished 2021
// cycle and the live sample year.
import { autoLeafSource, type FrameworkNode, type IsoDate, type MethodInput, type Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import type { FileStorage } from "../evidence/storage.js";
import { storeEvidenceFile } from "../evidence/store-evidence-file.js";
import { nodeFromRow } from "../framework/framework-from-rows.js";
import { saveScoreEntries } from "../scoring/save-score-entries.js";
import { saveScoreEntry } from "../scoring/save-score-entry.js";
import { between, pick } from "./random.js";
import { sampleTaskParts } from "./sample-task-progress.js";
import {
  AGREED_COMMENT,
  APPRAISAL_COMMENTS,
  APPRAISED_COMMENT,
  claimComment,
  lowered,
  SAMPLE_LABEL,
  sampleInputs,
} from "./sample-values.js";

type Prisma = OperationContext["prisma"];

/** A moment on a local calendar day (Asia/Ho_Chi_Minh, UTC+7). */
export function at(day: IsoDate, hour = 9): Date {
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);
}

export interface SampleUnit {
  unitId: string;
  code: string;
  name: string;
  typeCode: string;
  scored: boolean;
  /** how well the unit does, 0..1 (drives its claims and the appraisers' findings) */
  strength: number;
}

export async function yearUnits(prisma: Prisma, yearId: string, random: () => number): Promise<SampleUnit[]> {
  const rows = await prisma.yearUnit.findMany({
    where: { yearId },
    select: {
      unitId: true,
      nameInYear: true,
      scored: true,
      unit: { select: { code: true } },
      type: { select: { code: true } },
    },
    orderBy: { unit: { sortName: "asc" } },
  });
  return rows.map((r) => ({
    unitId: r.unitId,
    code: r.unit.code,
    name: r.nameInYear,
    typeCode: r.type.code,
    scored: r.scored,
    strength: 0.6 + random() * 0.36,
  }));
}

export async function frameworkLeaves(prisma: Prisma, yearId: string): Promise<FrameworkNode[]> {
  const rows = await prisma.frameworkNode.findMany({
    where: { framework: { yearId }, method: { not: null } },
    orderBy: { position: "asc" },
  });
  return rows.map(nodeFromRow);
}

const applies = (leaf: FrameworkNode, unit: SampleUnit) =>
  leaf.appliesTo.length === 0 || leaf.appliesTo.includes(unit.typeCode);
const selfScored = (leaf: FrameworkNode) => (leaf.scoreSource ?? "self_then_appraised") === "self_then_appraised";

export interface Claim {
  leafCode: string;
  inputs: MethodInput;
}

/** The unit's officer claims its self-scored leaves (a subset when `share` < 1). */
export async function claimLeaves(
  ctx: OperationContext,
  args: { yearId: string; unit: SampleUnit; leaves: readonly FrameworkNode[]; random: () => number; share?: number },
): Promise<Claim[]> {
  const { unit, random } = args;
  const claims: Array<Claim & { comment: string }> = [];
  for (const leaf of args.leaves) {
    if (!selfScored(leaf) || !applies(leaf, unit) || !leaf.method) continue;
    const inputs = sampleInputs(leaf.method, random, unit.strength);
    if (!inputs || random() > (args.share ?? 1)) continue;
    claims.push({ leafCode: leaf.code, inputs, comment: claimComment(leaf, random) });
  }
  if (claims.length) {
    await saveScoreEntries(ctx, {
      yearId: args.yearId,
      unitId: unit.unitId,
      source: "SELF",
      entries: claims.map((c) => ({ leafCode: c.leafCode, version: null, inputs: c.inputs, comment: c.comment })),
    });
  }
  return claims;
}

export interface Dispute {
  leafCode: string;
  claim: MethodInput;
  appraised: MethodInput;
  reasonCode: keyof typeof APPRAISAL_COMMENTS;
}

/**
 * Round 1 of one unit: every self-scored leaf the unit claimed (most confirmed, some found lower
 * with a reason code and a comment), every appraised-only leaf people score; automatic leaves are
 * left to the system (`notApplicable`: leaves marked not applicable with their reason instead).
 */
export async function appraiseRound1(
  ctx: OperationContext,
  args: {
    yearId: string;
    unit: SampleUnit;
    leaves: readonly FrameworkNode[];
    claims: readonly Claim[];
    random: () => number;
    notApplicable?: ReadonlyMap<string, string>;
  },
): Promise<Dispute[]> {
  const { unit, random } = args;
  const claimOf = new Map(args.claims.map((c) => [c.leafCode, c.inputs]));
  const disputes: Dispute[] = [];
  const entries: Array<{ leafCode: string; version: null; inputs: MethodInput; comment: string; reasonCode?: string }> =
    [];
  for (const leaf of args.leaves) {
    if (!applies(leaf, unit) || !leaf.method || args.notApplicable?.has(leaf.code)) continue;
    if (autoLeafSource(leaf)) continue;
    const claim = claimOf.get(leaf.code);
    if (claim) {
      const lower = random() < 0.16 + (1 - unit.strength) * 0.3 ? lowered(claim, leaf.method) : null;
      if (lower) {
        const reasonCode = pick(random, Object.keys(APPRAISAL_COMMENTS) as Array<keyof typeof APPRAISAL_COMMENTS>);
        disputes.push({ leafCode: leaf.code, claim, appraised: lower, reasonCode });
        entries.push({
          leafCode: leaf.code,
          version: null,
          inputs: lower,
          reasonCode,
          comment: APPRAISAL_COMMENTS[reasonCode],
        });
      } else entries.push({ leafCode: leaf.code, version: null, inputs: claim, comment: AGREED_COMMENT });
    } else if (!selfScored(leaf)) {
      const inputs = sampleInputs(leaf.method, random, unit.strength);
      if (inputs) entries.push({ leafCode: leaf.code, version: null, inputs, comment: APPRAISED_COMMENT });
    }
  }
  if (entries.length) {
    await saveScoreEntries(ctx, { yearId: args.yearId, unitId: unit.unitId, source: "ROUND1", entries });
  }
  if (args.notApplicable?.size) {
    await saveScoreEntries(ctx, {
      yearId: args.yearId,
      unitId: unit.unitId,
      source: "NOT_APPLICABLE",
      entries: [...args.notApplicable].map(([leafCode, comment]) => ({ leafCode, version: null, comment })),
    });
  }
  return disputes;
}

/** A small PDF with one line of ASCII text (the sample's evidence files). */
export function samplePdf(line: string): Uint8Array {
  const text = line.replace(/[^\x20-\x7e]/g, "?").replace(/[()\\]/g, " ");
  const stream = `BT /F1 12 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The officer uploads a PDF for one of the unit's claims and links it to the claim. */
export async function attachEvidence(
  ctx: OperationContext & { storage: FileStorage },
  args: { yearId: string; unit: SampleUnit; leafCode: string; claim: MethodInput; year: number },
): Promise<void> {
  const file = await storeEvidenceFile(ctx, {
    yearId: args.yearId,
    unitId: args.unit.unitId,
    fileName: `tai-lieu-kiem-chung-${args.leafCode.replaceAll(".", "-")}-${args.unit.code}.pdf`,
    mimeType: "application/pdf",
    bytes: samplePdf(`Du lieu mau - tai lieu kiem chung ${args.leafCode} - ${args.unit.code} - ${args.year}`),
  });
  const entry = await ctx.prisma.scoreEntry.findFirstOrThrow({
    where: { yearId: args.yearId, unitId: args.unit.unitId, source: "SELF", node: { code: args.leafCode } },
    select: { version: true },
  });
  await saveScoreEntry(ctx, {
    yearId: args.yearId,
    unitId: args.unit.unitId,
    leafCode: args.leafCode,
    source: "SELF",
    version: entry.version,
    inputs: args.claim,
    comment: `${SAMPLE_LABEL}: tài liệu kiểm chứng đính kèm.`,
    evidenceFileIds: [file.id],
  });
}

export interface TaskPlan {
  /** the day the task is marked done; null: it stays in progress */
  doneOn: IsoDate | null;
}

/**
 * Plays a year's plan progress: each task moves to "in progress" when its window opens and to
 * "done" on its day: every lead unit reports its own part (sample-task-progress.ts) and the task
 * takes the roll-up.
 * `decide` says when each task was done (null: still in progress); tasks starting after `today`
 * are left as they are.
 */
export async function playPlanProgress(
  prisma: Prisma,
  args: {
    yearId: string;
    year: number;
    today: IsoDate;
    homeAffairs: Viewer;
    officers: ReadonlyMap<string, Viewer>;
    decide: (task: { code: string; dueOn: IsoDate; startOn: IsoDate }) => IsoDate | null;
    /** the percents of parts in progress */
    random?: () => number;
  },
): Promise<number> {
  const tasks = await prisma.planTask.findMany({
    where: { yearId: args.yearId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      code: true,
      windowStart: true,
      windowEnd: true,
      dueDate: true,
      units: { where: { role: "LEAD" }, select: { unit: { select: { code: true } } } },
    },
  });
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  let done = 0;
  for (const t of tasks) {
    const startOn = iso(t.windowStart) ?? `${args.year}-01-15`;
    const dueOn = iso(t.dueDate) ?? iso(t.windowEnd) ?? `${args.year}-12-20`;
    if (startOn >= args.today) continue;
    const started = startOn < `${args.year}-01-02` ? `${args.year}-01-04` : startOn;
    // Each lead unit reports its own part; the task's status is their roll-up (issue #10).
    const parts = {
      taskId: t.id,
      homeAffairs: args.homeAffairs,
      officers: args.officers,
      random: args.random ?? (() => 0.5),
      coordinating: 1,
    };
    await sampleTaskParts(prisma, { ...parts, now: at(started, 8), status: "IN_PROGRESS" });
    const doneOn = args.decide({ code: t.code, dueOn, startOn: started });
    if (doneOn && doneOn > started && doneOn < args.today) {
      await sampleTaskParts(prisma, { ...parts, now: at(doneOn, 16), status: "DONE" });
      done++;
    }
  }
  return done;
}

/** Report submissions of the periods already due, mostly on time (the reporting feature comes later: rows). */
export async function sampleReports(
  prisma: Prisma,
  args: {
    yearId: string;
    units: readonly SampleUnit[];
    today: IsoDate;
    random: () => number;
    officers: ReadonlyMap<string, Viewer>;
  },
): Promise<number> {
  const periods = await prisma.reportPeriod.findMany({ where: { yearId: args.yearId }, orderBy: { position: "asc" } });
  const rows = [];
  for (const p of periods) {
    const due = p.dueDate.toISOString().slice(0, 10);
    if (due >= args.today) continue;
    for (const u of args.units) {
      const r = args.random();
      const strength = u.scored ? u.strength : 0.9;
      if (r > strength + 0.12) continue; // not sent
      const late = r > strength;
      const day = new Date(
        at(due, 10).getTime() + (late ? between(args.random, 2, 9) : -between(args.random, 1, 12)) * 86_400_000,
      );
      rows.push({
        periodId: p.id,
        unitId: u.unitId,
        submittedAt: day,
        submittedById: args.officers.get(u.code)?.userId ?? null,
        documentNumber: `${between(args.random, 10, 250)}/BC-${u.code.toUpperCase().slice(0, 6)}`,
        summary: `${SAMPLE_LABEL}: ${p.nameVi.toLocaleLowerCase("vi")} về công tác CCHC của ${u.name}.`,
      });
    }
  }
  if (rows.length) await prisma.reportSubmission.createMany({ data: rows });
  return rows.length;
}

/** Citizen and leader survey answers per unit for the survey leaves (the survey feature comes later: rows). */
export async function sampleSurveys(
  prisma: Prisma,
  args: {
    yearId: string;
    year: number;
    units: readonly SampleUnit[];
    leaves: readonly FrameworkNode[];
    random: () => number;
  },
): Promise<number> {
  const nodes = await prisma.frameworkNode.findMany({
    where: { framework: { yearId: args.yearId }, method: { in: ["SURVEY_RATE", "SURVEY_LIKERT"] } },
    select: { id: true, code: true, method: true },
    orderBy: { position: "asc" },
  });
  const citizen = await prisma.survey.create({
    data: {
      yearId: args.yearId,
      kind: "CITIZEN",
      periodCode: "YEAR",
      title: `Khảo sát sự hài lòng của người dân, tổ chức năm ${args.year} (dữ liệu mẫu)`,
      publishedAt: at(`${args.year}-12-10`),
    },
  });
  const leader = await prisma.survey.create({
    data: {
      yearId: args.yearId,
      kind: "LEADER",
      periodCode: "YEAR",
      title: `Lãnh đạo thị xã đánh giá công tác CCHC của các đơn vị năm ${args.year} (dữ liệu mẫu)`,
      publishedAt: at(`${args.year}-12-10`),
    },
  });
  const aspects = ["ACCESS", "PROCEDURE", "OFFICIAL", "RESULT", "FEEDBACK"];
  const rows = [];
  for (const u of args.units.filter((x) => x.scored)) {
    let rate = 0;
    let likert = 0;
    for (const n of nodes) {
      if (n.method === "SURVEY_RATE") {
        const total = between(args.random, 30, 60);
        const happy = Math.round(total * Math.min(0.99, 0.7 + u.strength * 0.25 + (args.random() - 0.5) * 0.08));
        const verySatisfied = Math.round(happy * 0.4);
        const neutral = Math.round((total - happy) * 0.6);
        rows.push({
          surveyId: citizen.id,
          unitId: u.unitId,
          aspect: aspects[rate++] ?? n.code,
          frameworkNodeId: n.id,
          verySatisfied,
          satisfied: happy - verySatisfied,
          neutral,
          dissatisfied: total - happy - neutral,
        });
      } else {
        const total = between(args.random, 8, 14);
        const a = Math.round(total * Math.min(0.9, u.strength - 0.15 + args.random() * 0.2));
        const b = Math.round((total - a) * 0.7);
        const c = total - a - b;
        rows.push({
          surveyId: leader.id,
          unitId: u.unitId,
          aspect: `LEADER_${++likert}`,
          frameworkNodeId: n.id,
          answerA: a,
          answerB: b,
          answerC: c,
          answerD: 0,
        });
      }
    }
  }
  await prisma.surveyResult.createMany({ data: rows });
  return rows.length;
}
