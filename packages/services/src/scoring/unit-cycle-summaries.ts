// Every scored unit of a year at a glance, for Home Affairs' appraisal page: per unit its name in the
// year, each stage's state for the unit (a reopening extends it), its submissions (when, by whom), its
// self-assessment and appraisal progress and whether it waits for appraisal now. Rows are those the
// viewer may read (the rule of one unit's calendar: Home Affairs, leadership and the administrator see
// every unit, a unit officer only their own, an inspector none). A fixed number of statements
// whatever the number of units: the year with its calendar, units, reopenings and submissions, the
// framework's leaves, and the entries' sources.
import { dbDateToIso } from "@cchc/db";
import {
  awaitingAppraisal,
  can,
  CycleStage,
  type EntrySource,
  orderedStages,
  type ProgressLeaf,
  progressRound,
  type ScoreSource,
  SUBMITTED_STAGES,
  stageState,
  toLocalIsoDate,
  type UnitProgress,
  unitProgress,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";
import type { UnitCycleStage } from "./unit-cycle.js";

/** A stage for one unit, as on one unit's calendar (`unitCycle`). */
export type UnitSummaryStage = UnitCycleStage;

export interface UnitCycleSummary extends UnitProgress {
  yearId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  unitTypeCode: string;
  stages: UnitSummaryStage[];
  currentStage: UnitSummaryStage | null;
  /** The counted round is open for the unit today. */
  roundOpen: boolean;
  awaitingAppraisal: boolean;
}

const SCORE_SOURCE: Record<string, ScoreSource> = {
  SELF_THEN_APPRAISED: "self_then_appraised",
  APPRAISED_ONLY: "appraised_only",
  SURVEY: "survey",
};

/** The stage before each appraisal round that the unit finishes first. */
const BEFORE_ROUND = { ROUND1: CycleStage.SELF_ASSESSMENT, ROUND2: CycleStage.EXPLANATION } as const;

const PROGRESS_SOURCES: EntrySource[] = ["SELF", "ROUND1", "ROUND2", "NOT_APPLICABLE"];

/** The year's scored units the viewer may read, in the order of their names in the year. */
export async function unitCycleSummaries(
  ctx: OperationContext,
  input: { yearId: string },
): Promise<UnitCycleSummary[]> {
  const year = await ctx.prisma.evaluationYear.findUnique({
    where: { id: input.yearId },
    select: {
      status: true,
      resultSnapshot: { select: { lockedAt: true } },
      stages: { select: { stage: true, opensOn: true, closesOn: true } },
      units: {
        where: { scored: true },
        select: { unitId: true, nameInYear: true, unitTypeId: true, type: { select: { code: true } } },
      },
      stageReopenings: { select: { unitId: true, stage: true, untilOn: true } },
      stageSubmissions: {
        select: { unitId: true, stage: true, submittedAt: true, submittedBy: { select: { fullName: true } } },
      },
    },
  });
  if (!year) return [];
  const record = (unitId: string) => ({ type: "UnitRecord" as const, unitId, yearStatus: year.status });
  const readable = year.units.filter((u) => can(ctx.viewer, "evidence.read", record(u.unitId)));
  if (readable.length === 0) return [];
  const unitIds = readable.map((u) => u.unitId);
  const nodes = await ctx.prisma.frameworkNode.findMany({
    where: { framework: { yearId: input.yearId } },
    select: { id: true, parentId: true, code: true, scoreSource: true, appliesTo: true },
  });
  const parents = new Set(nodes.map((n) => n.parentId).filter((id): id is string => id !== null));
  const leaves = nodes.filter((n) => !parents.has(n.id));
  const progressLeaves: ProgressLeaf[] = leaves.map((n) => ({
    code: n.code,
    scoreSource: n.scoreSource ? SCORE_SOURCE[n.scoreSource] : undefined,
    appliesTo: n.appliesTo,
  }));
  const codeOf = new Map(leaves.map((n) => [n.id, n.code]));
  // one row per (unit, leaf, source) with only the columns counted: the year's entries of these sources
  const entries = leaves.length
    ? await ctx.prisma.scoreEntry.findMany({
        where: {
          yearId: input.yearId,
          source: { in: PROGRESS_SOURCES },
          // every readable unit: no filter when that is all of them (the common case, Home Affairs)
          ...(readable.length === year.units.length ? {} : { unitId: { in: unitIds } }),
        },
        select: { unitId: true, nodeId: true, source: true },
      })
    : [];
  const sourcesByUnit = new Map<string, Map<string, Set<EntrySource>>>();
  for (const e of entries) {
    const code = codeOf.get(e.nodeId);
    if (!code) continue;
    let byLeaf = sourcesByUnit.get(e.unitId);
    if (!byLeaf) sourcesByUnit.set(e.unitId, (byLeaf = new Map()));
    let set = byLeaf.get(code);
    if (!set) byLeaf.set(code, (set = new Set()));
    set.add(e.source);
  }

  const today = toLocalIsoDate(ctx.now);
  const windows = orderedStages(
    year.stages.map((s) => ({ stage: s.stage, opensOn: dbDateToIso(s.opensOn), closesOn: dbDateToIso(s.closesOn) })),
  );
  const reopenedUntil = new Map<string, string>();
  for (const r of year.stageReopenings) {
    const key = `${r.unitId}:${r.stage}`;
    const until = dbDateToIso(r.untilOn);
    if ((reopenedUntil.get(key) ?? "") < until) reopenedUntil.set(key, until);
  }
  const locked = Boolean(year.resultSnapshot?.lockedAt);
  const submissions = new Map(year.stageSubmissions.map((s) => [`${s.unitId}:${s.stage}`, s]));

  return readable
    .map((u): UnitCycleSummary => {
      const mayEdit = !locked && can(ctx.viewer, "unitRecord.edit", record(u.unitId));
      const stages = windows.map((w): UnitSummaryStage => {
        const until = reopenedUntil.get(`${u.unitId}:${w.stage}`) ?? null;
        const submission = submissions.get(`${u.unitId}:${w.stage}`);
        const state = stageState(w, today, until);
        return {
          ...w,
          state,
          reopenedUntil: until,
          submittedAt: submission?.submittedAt ?? null,
          submittedByName: submission?.submittedBy?.fullName ?? null,
          viewerCanSubmit: mayEdit && w.stage in SUBMITTED_STAGES && state === "open" && !submission,
        };
      });
      const stageOf = (stage: CycleStage) => stages.find((s) => s.stage === stage) ?? null;
      const round = progressRound({ ROUND1: stageOf("ROUND1")?.state, ROUND2: stageOf("ROUND2")?.state });
      const byLeaf = sourcesByUnit.get(u.unitId);
      const progress = unitProgress(progressLeaves, u.type.code, (code) => byLeaf?.get(code), round);
      const roundOpen = round !== null && stageOf(round)?.state === "open";
      const before = round ? stageOf(BEFORE_ROUND[round]) : null;
      return {
        yearId: input.yearId,
        unitId: u.unitId,
        unitName: u.nameInYear,
        unitTypeId: u.unitTypeId,
        unitTypeCode: u.type.code,
        stages,
        currentStage: stages.find((s) => s.state === "open") ?? null,
        ...progress,
        roundOpen,
        awaitingAppraisal: awaitingAppraisal(
          progress,
          roundOpen,
          before ? { state: before.state, submitted: before.submittedAt !== null } : null,
        ),
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
}
