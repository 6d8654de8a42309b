// A generated evaluation year for benchmarks: an authority of its own with the sample unit types,
// `units` scored units (offices and ward/commune committees) plus a few unscored vertical agencies,
// a copy of the seeded sample framework (49 leaves), and a finished appraisal: per applicable leaf a
// self-assessment, round 1 (mostly as the method's raw inputs, with the points the domain computes
// from them), some explanations, round 2, overrides and not-applicable marks, survey results on the
// survey leaves, and a few bonuses and penalties. About 2.1 score entries per unit and leaf: ~1 million
// rows for 10,000 units. Deterministic for a given `seed` (ids aside).
//
// The small tables go through Prisma; the score entries through one multi-row INSERT … SELECT FROM
// unnest(…) per batch on a raw connection (`SqlExecutor`: a pg client or the PGlite instance), which
// is what keeps a million rows under a minute on PostgreSQL.
import { randomUUID } from "node:crypto";
import {
  evaluateMethod,
  type MethodInput,
  type ScoringMethod,
  sampleCalendar,
  unitPlanDeadline,
  vietnameseSortKey,
} from "@cchc/domain";
import { isoToDbDate } from "../dates.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { jsonColumns } from "../json-columns.js";
import type { SqlExecutor } from "../migrate.js";
import { SAMPLE_AUTHORITY, SAMPLE_UNIT_TYPES } from "../seed/sample-units.js";

export interface GenerateYearOptions {
  /** Scored units (default 10,000); unscored vertical agencies are added on top (1 per 50). */
  units?: number;
  /** The year's number (default 2030). */
  year?: number;
  /** The framework is copied from this authority's year (default: the seeded sample, Phước Long 2021). */
  frameworkFrom?: { authorityCode: string; year: number };
  /** PRNG seed (default 20210220). */
  seed?: number;
  /** Score entries per INSERT statement (default 10,000). */
  batchRows?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface GeneratedYear {
  yearId: string;
  year: number;
  authorityCode: string;
  /** scored units */
  units: number;
  unscoredUnits: number;
  leaves: number;
  entries: number;
  adjustments: number;
  ms: number;
}

export const GENERATED_AUTHORITY_CODE = "generated";

// deterministic PRNG (mulberry32), as in the domain's scoring benchmark
function prng(seed: number) {
  let s = seed | 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { rnd, int: (n: number) => Math.floor(rnd() * n) };
}

const PLACE_WORDS = [
  "An",
  "Bình",
  "Phước",
  "Long",
  "Tân",
  "Thạnh",
  "Hòa",
  "Đông",
  "Tây",
  "Phú",
  "Hưng",
  "Lợi",
  "Thủy",
  "Sơn",
  "Giang",
  "Minh",
  "Quang",
  "Trung",
  "Lộc",
  "Đức",
];
const OFFICES = [
  "Phòng Tư pháp",
  "Phòng Nội vụ",
  "Phòng Tài chính-Kế hoạch",
  "Phòng Văn hóa và Thông tin",
  "Phòng Giáo dục và Đào tạo",
  "Phòng Kinh tế",
  "Phòng Tài nguyên và Môi trường",
  "Trung tâm y tế",
];
const AGENCIES = ["Công an", "Chi cục thuế", "Bảo hiểm xã hội", "Kho bạc nhà nước", "Bưu điện"];

interface Leaf {
  id: string;
  code: string;
  maxPoints: number;
  method: ScoringMethod | null;
  scoreSource: "SELF_THEN_APPRAISED" | "APPRAISED_ONLY" | "SURVEY";
  appliesTo: string[];
}

/** Raw method inputs; `good` (0..1) leans the answer towards full points. */
function rawInput(method: ScoringMethod, good: number, r: ReturnType<typeof prng>): MethodInput {
  const yes = () => r.rnd() < good;
  switch (method.kind) {
    case "binary":
      return { kind: "binary", met: yes() };
    case "checklist": {
      const n = method.items.length;
      return { kind: "checklist", met: Math.min(n, Math.round(n * good) + r.int(2) - (good < 0.9 ? 1 : 0)) };
    }
    case "ratio":
    case "ratio_tiered": {
      const denominator = 10 + r.int(40);
      return {
        kind: method.kind,
        numerator: Math.min(denominator, Math.round(denominator * good) + r.int(3)),
        denominator,
      };
    }
    case "deadline":
      return { kind: "deadline", status: yes() ? "on_time" : r.rnd() < 0.7 ? "late" : "missing" };
    case "deduction":
      return {
        kind: "deduction",
        occurrences: Object.fromEntries(method.rules.map((rule) => [rule.code, yes() ? 0 : 1 + r.int(2)])),
      };
    case "survey_rate": {
      const valid = 50 + r.int(250);
      return { kind: "survey_rate", satisfied: Math.min(valid, Math.round(valid * (0.6 + 0.4 * good))), valid };
    }
    case "survey_likert":
      return {
        kind: "survey_likert",
        counts: Object.fromEntries(
          Object.keys(method.weights).map((k, i) => [k, i === 0 ? Math.round(20 * good) + r.int(5) : r.int(8)]),
        ),
      };
  }
}

function pointsOf(leaf: Leaf, input: MethodInput): number {
  if (!leaf.method) return 0;
  const result = evaluateMethod(leaf.method, leaf.maxPoints, input, false);
  return result.ok ? result.points : 0;
}

/** Quarter-point steps, within 0..max. */
const quarter = (x: number, max: number) => Math.max(0, Math.min(max, Math.round(x * 4) / 4));

class EntryBatch {
  unitId: string[] = [];
  nodeId: string[] = [];
  source: string[] = [];
  inputs: (string | null)[] = [];
  points: (number | null)[] = [];
  comment: (string | null)[] = [];
  reasonCode: (string | null)[] = [];
  authorId: (string | null)[] = [];
  get size() {
    return this.unitId.length;
  }
  add(
    unitId: string,
    nodeId: string,
    source: string,
    e: {
      inputs?: MethodInput;
      points?: number | null;
      comment?: string;
      reasonCode?: string;
      authorId?: string | null;
    },
  ) {
    this.unitId.push(unitId);
    this.nodeId.push(nodeId);
    this.source.push(source);
    this.inputs.push(e.inputs ? JSON.stringify(jsonColumns.scoreInputs.toJson(e.inputs)) : null);
    this.points.push(e.points ?? null);
    this.comment.push(e.comment ?? null);
    this.reasonCode.push(e.reasonCode ?? null);
    this.authorId.push(e.authorId ?? null);
  }
}

const INSERT_ENTRIES = `INSERT INTO "ScoreEntry"
  ("id", "yearId", "unitId", "nodeId", "source", "inputs", "points", "comment", "reasonCode", "authorId", "createdAt", "updatedAt")
SELECT gen_random_uuid()::text, $1, u, n, s::"EntrySource", i::jsonb, p, c, rc, a, $10, $10
FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[], $9::text[])
  AS t(u, n, s, i, p, c, rc, a)`;

/**
 * Generates a year (see the file's header). Needs the seeded sample year (its framework and its Home
 * Affairs user are reused). `sql` must reach the same database as `prisma`.
 */
export async function generateYear(
  prisma: PrismaClient,
  sql: SqlExecutor,
  options: GenerateYearOptions = {},
): Promise<GeneratedYear> {
  const t0 = performance.now();
  const scoredUnits = options.units ?? 10_000;
  const yearNumber = options.year ?? 2030;
  const batchRows = options.batchRows ?? 10_000;
  const log = options.log ?? (() => {});
  const r = prng(options.seed ?? 20210220);
  const from = options.frameworkFrom ?? { authorityCode: SAMPLE_AUTHORITY.code, year: 2021 };

  const source = await prisma.framework.findFirstOrThrow({
    where: { year: { year: from.year, authority: { code: from.authorityCode } } },
    include: { nodes: { orderBy: { position: "asc" } }, year: { select: { reportRule: true } } },
  });
  // (filtered here: PGlite's Prisma adapter cannot bind `roles: { has: … }`)
  const users = await prisma.user.findMany({ select: { id: true, roles: true }, orderBy: { email: "asc" } });
  const appraiserId = users.find((u) => u.roles.includes("HOME_AFFAIRS"))?.id ?? null;

  // authority, unit types, year, calendar
  const authority = await prisma.authority.upsert({
    where: { code: GENERATED_AUTHORITY_CODE },
    update: {},
    create: {
      code: GENERATED_AUTHORITY_CODE,
      name: "UBND tỉnh mẫu (dữ liệu sinh tự động)",
      headerName: "UBND TỈNH MẪU",
      place: "Tỉnh mẫu",
      level: "province",
    },
  });
  const typeIds = new Map<string, string>();
  for (const [position, t] of SAMPLE_UNIT_TYPES.entries()) {
    const row = await prisma.unitType.upsert({
      where: { authorityId_code: { authorityId: authority.id, code: t.code } },
      update: {},
      create: { authorityId: authority.id, position, ...t },
    });
    typeIds.set(t.code, row.id);
  }
  const year = await prisma.evaluationYear.create({
    data: {
      authorityId: authority.id,
      year: yearNumber,
      title: `Năm đánh giá sinh tự động ${yearNumber} (${scoredUnits} đơn vị)`,
      status: "APPRAISAL",
      unitPlanDeadline: isoToDbDate(unitPlanDeadline(yearNumber)),
      unitPlanDeadlineText: `trước ngày 20/02/${yearNumber}`,
      satisfactionTargetPercent: 85,
      reportRule: source.year.reportRule ?? {},
    },
  });
  await prisma.yearStage.createMany({
    data: sampleCalendar(yearNumber).map((w) => ({
      yearId: year.id,
      stage: w.stage,
      opensOn: isoToDbDate(w.opensOn),
      closesOn: isoToDbDate(w.closesOn),
    })),
  });

  // the framework: a copy of the source's, node ids mapped
  const framework = await prisma.framework.create({
    data: {
      yearId: year.id,
      name: source.name,
      bonusCap: source.bonusCap,
      penaltyCap: source.penaltyCap,
      tiers: source.tiers ?? [],
      copiedFromId: source.id,
    },
  });
  const nodeIds = new Map(source.nodes.map((n) => [n.id, randomUUID()]));
  await prisma.frameworkNode.createMany({
    data: source.nodes.map((n) => ({
      id: nodeIds.get(n.id)!,
      frameworkId: framework.id,
      parentId: n.parentId ? nodeIds.get(n.parentId)! : null,
      code: n.code,
      name: n.name,
      nameEn: n.nameEn,
      maxPoints: n.maxPoints,
      depth: n.depth,
      position: n.position,
      method: n.method,
      methodConfig: n.methodConfig ?? undefined,
      scoreSource: n.scoreSource,
      appliesTo: n.appliesTo,
      evidenceHint: n.evidenceHint,
      sumReason: n.sumReason,
      previousNodeId: n.id,
    })),
  });
  const parents = new Set(source.nodes.map((n) => n.parentId));
  const leaves: Leaf[] = source.nodes
    .filter((n) => !parents.has(n.id))
    .map((n) => ({
      id: nodeIds.get(n.id)!,
      code: n.code,
      maxPoints: Number(n.maxPoints.toString()),
      method: n.methodConfig === null ? null : jsonColumns.methodConfig.parse(n.methodConfig),
      scoreSource: n.scoreSource ?? "APPRAISED_ONLY",
      appliesTo: n.appliesTo,
    }));

  // units: 1 in 4 an office, the rest ward/commune committees; plus vertical agencies (not scored)
  const unscoredUnits = Math.floor(scoredUnits / 50);
  const units: Array<{ id: string; type: string; code: string; name: string; scored: boolean }> = [];
  for (let i = 0; i < scoredUnits + unscoredUnits; i++) {
    const n = String(i + 1).padStart(5, "0");
    const place = `${PLACE_WORDS[r.int(PLACE_WORDS.length)]} ${PLACE_WORDS[r.int(PLACE_WORDS.length)]}`;
    if (i >= scoredUnits) {
      units.push({
        id: randomUUID(),
        type: "nganh_doc",
        code: `nd-${n}`,
        name: `${AGENCIES[i % AGENCIES.length]} ${place} ${n}`,
        scored: false,
      });
    } else if (i % 4 === 0) {
      units.push({
        id: randomUUID(),
        type: "phong",
        code: `p-${n}`,
        name: `${OFFICES[r.int(OFFICES.length)]} ${place} ${n}`,
        scored: true,
      });
    } else {
      const kind = r.rnd() < 0.3 ? "phường" : "xã";
      units.push({ id: randomUUID(), type: "xa", code: `x-${n}`, name: `UBND ${kind} ${place} ${n}`, scored: true });
    }
  }
  for (let i = 0; i < units.length; i += 5_000) {
    const chunk = units.slice(i, i + 5_000);
    await prisma.unit.createMany({
      data: chunk.map((u) => ({
        id: u.id,
        authorityId: authority.id,
        unitTypeId: typeIds.get(u.type)!,
        code: u.code,
        name: u.name,
        sortName: vietnameseSortKey(u.name),
        shortName: u.name.slice(0, 40),
      })),
    });
    await prisma.yearUnit.createMany({
      data: chunk.map((u) => ({
        yearId: year.id,
        unitId: u.id,
        unitTypeId: typeIds.get(u.type)!,
        scored: u.scored,
        nameInYear: u.name,
      })),
    });
  }
  log(`  ${units.length} units, framework ${leaves.length} leaves (${Math.round(performance.now() - t0)} ms)`);

  // score entries, in batches
  const at = new Date(Date.UTC(yearNumber, 10, 30, 3, 0, 0));
  let batch = new EntryBatch();
  let entries = 0;
  const flush = async () => {
    if (batch.size === 0) return;
    await sql.query(INSERT_ENTRIES, [
      year.id,
      batch.unitId,
      batch.nodeId,
      batch.source,
      batch.inputs,
      batch.points,
      batch.comment,
      batch.reasonCode,
      batch.authorId,
      at,
    ]);
    entries += batch.size;
    batch = new EntryBatch();
  };
  const adjustments: Array<{ unitId: string; kind: "BONUS" | "PENALTY"; points: number; reason: string }> = [];
  for (const u of units) {
    if (!u.scored) continue;
    // each unit has a level: most leaves near it, so indices spread over the tiers
    const level = 0.45 + 0.55 * r.rnd();
    for (const leaf of leaves) {
      if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(u.type)) continue;
      const good = Math.min(1, Math.max(0, level + (r.rnd() - 0.5) * 0.3));
      if (r.rnd() < 0.01) {
        batch.add(u.id, leaf.id, "NOT_APPLICABLE", {
          comment: "Không phát sinh trong năm",
          reasonCode: "NOT_APPLICABLE",
          authorId: appraiserId,
        });
        continue;
      }
      if (leaf.scoreSource === "SURVEY") {
        if (leaf.method) {
          const inputs = rawInput(leaf.method, good, r);
          batch.add(u.id, leaf.id, "SURVEY", { inputs, points: pointsOf(leaf, inputs), authorId: appraiserId });
        }
      } else {
        if (leaf.scoreSource === "SELF_THEN_APPRAISED") {
          // the unit's claim: usually full points, else what its inputs say
          const inputs = leaf.method ? rawInput(leaf.method, Math.min(1, good + 0.2), r) : undefined;
          batch.add(
            u.id,
            leaf.id,
            "SELF",
            inputs ? { inputs, points: pointsOf(leaf, inputs) } : { points: leaf.maxPoints },
          );
        }
        if (leaf.method?.kind === "deadline") {
          // computed by the system from the unit's report submissions
          const inputs = rawInput(leaf.method, good, r);
          batch.add(u.id, leaf.id, "AUTO", { inputs, points: pointsOf(leaf, inputs) });
        }
        if (r.rnd() < 0.95) {
          const asInputs = leaf.method && r.rnd() < 0.8;
          if (asInputs && leaf.method) {
            const inputs = rawInput(leaf.method, good, r);
            batch.add(u.id, leaf.id, "ROUND1", { inputs, points: pointsOf(leaf, inputs), authorId: appraiserId });
          } else {
            const points = quarter(leaf.maxPoints * good, leaf.maxPoints);
            batch.add(u.id, leaf.id, "ROUND1", {
              points,
              comment: points < leaf.maxPoints ? "Thiếu tài liệu kiểm chứng" : "Đạt",
              ...(points < leaf.maxPoints ? { reasonCode: "MISSING_EVIDENCE" } : {}),
              authorId: appraiserId,
            });
          }
          if (r.rnd() < 0.1) {
            batch.add(u.id, leaf.id, "EXPLANATION", { comment: "Đơn vị bổ sung tài liệu kiểm chứng và giải trình" });
          }
          if (r.rnd() < 0.25) {
            batch.add(u.id, leaf.id, "ROUND2", {
              points: quarter(leaf.maxPoints * Math.min(1, good + 0.1), leaf.maxPoints),
              comment: "Thẩm định vòng 2 sau giải trình",
              authorId: appraiserId,
            });
          }
        }
      }
      if (r.rnd() < 0.003) {
        batch.add(u.id, leaf.id, "OVERRIDE", {
          points: quarter(leaf.maxPoints * r.rnd(), leaf.maxPoints),
          comment: "Hội đồng thẩm định quyết định",
          authorId: appraiserId,
        });
      }
      if (batch.size >= batchRows) await flush();
    }
    if (r.rnd() < 0.08)
      adjustments.push({ unitId: u.id, kind: "BONUS", points: 0.5 + r.int(4) * 0.5, reason: "Mô hình, cách làm hay" });
    if (r.rnd() < 0.05)
      adjustments.push({
        unitId: u.id,
        kind: "PENALTY",
        points: 0.5 + r.int(6) * 0.5,
        reason: "Chậm khắc phục sau kiểm tra",
      });
  }
  await flush();
  await prisma.unitAdjustment.createMany({
    data: adjustments.map((a) => ({ yearId: year.id, ...a, createdById: appraiserId })),
  });
  await sql.query(`ANALYZE "ScoreEntry"`);
  const ms = Math.round(performance.now() - t0);
  log(`  ${entries} score entries, ${adjustments.length} bonuses/penalties (${ms} ms)`);
  return {
    yearId: year.id,
    year: yearNumber,
    authorityCode: GENERATED_AUTHORITY_CODE,
    units: scoredUnits,
    unscoredUnits,
    leaves: leaves.length,
    entries,
    adjustments: adjustments.length,
    ms,
  };
}
