// One unit's evaluation calendar as the screens need it: each stage with its window, its state for
// THIS unit on the server's day (a reopening extends it), the reopening, the unit's submission, and
// what the viewer may do now. null when the viewer may not read the unit's record.
import { dbDateToIso } from "@cchc/db";
import {
  ADJUSTMENT_STAGES,
  can,
  CycleStage,
  ENTRY_RULES,
  orderedStages,
  SUBMITTED_STAGES,
  stageState,
  type StageState,
  toLocalIsoDate,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";

export interface UnitCycleStage {
  stage: CycleStage;
  opensOn: string;
  closesOn: string;
  state: StageState;
  reopenedUntil: string | null;
  submittedAt: Date | null;
  submittedByName: string | null;
  viewerCanSubmit: boolean;
}

export interface UnitCycle {
  yearId: string;
  unitId: string;
  unitName: string;
  asOf: string;
  resultsLocked: boolean;
  stages: UnitCycleStage[];
  currentStage: UnitCycleStage | null;
  viewerCanSaveClaim: boolean;
  viewerCanSaveExplanation: boolean;
  viewerCanAppraise: boolean;
  viewerCanAdjust: boolean;
  viewerCanReopen: boolean;
}

export async function unitCycle(
  ctx: OperationContext,
  input: { yearId: string; unitId: string },
): Promise<UnitCycle | null> {
  const year = await ctx.prisma.evaluationYear.findUnique({
    where: { id: input.yearId },
    select: {
      status: true,
      stages: { select: { stage: true, opensOn: true, closesOn: true } },
      resultSnapshot: { select: { lockedAt: true } },
      units: { where: { unitId: input.unitId }, select: { nameInYear: true } },
      stageReopenings: { where: { unitId: input.unitId }, select: { stage: true, untilOn: true } },
      stageSubmissions: {
        where: { unitId: input.unitId },
        select: { stage: true, submittedAt: true, submittedBy: { select: { fullName: true } } },
      },
    },
  });
  const yearUnit = year?.units[0];
  if (!year || !yearUnit) return null;
  const record = { type: "UnitRecord" as const, unitId: input.unitId, yearStatus: year.status };
  if (!can(ctx.viewer, "evidence.read", record)) return null;
  const today = toLocalIsoDate(ctx.now);
  const locked = Boolean(year.resultSnapshot?.lockedAt);
  const mayEdit = can(ctx.viewer, "unitRecord.edit", record);
  const windows = orderedStages(
    year.stages.map((s) => ({ stage: s.stage, opensOn: dbDateToIso(s.opensOn), closesOn: dbDateToIso(s.closesOn) })),
  );
  const stages = windows.map((w): UnitCycleStage => {
    const reopenedUntil =
      year.stageReopenings
        .filter((r) => r.stage === w.stage)
        .map((r) => dbDateToIso(r.untilOn))
        .sort()
        .at(-1) ?? null;
    const state = stageState(w, today, reopenedUntil);
    const submission = year.stageSubmissions.find((s) => s.stage === w.stage) ?? null;
    return {
      ...w,
      state,
      reopenedUntil,
      submittedAt: submission?.submittedAt ?? null,
      submittedByName: submission?.submittedBy?.fullName ?? null,
      viewerCanSubmit: mayEdit && w.stage in SUBMITTED_STAGES && state === "open" && !submission && !locked,
    };
  });
  const open = (list: readonly CycleStage[]) => stages.some((s) => list.includes(s.stage) && s.state === "open");
  const unsubmittedOpen = (stage: CycleStage) =>
    stages.some((s) => s.stage === stage && s.state === "open" && s.submittedAt === null);
  return {
    yearId: input.yearId,
    unitId: input.unitId,
    unitName: yearUnit.nameInYear,
    asOf: today,
    resultsLocked: locked,
    stages,
    currentStage: stages.find((s) => s.state === "open") ?? null,
    viewerCanSaveClaim: mayEdit && !locked && unsubmittedOpen(CycleStage.SELF_ASSESSMENT),
    viewerCanSaveExplanation: mayEdit && !locked && unsubmittedOpen(CycleStage.EXPLANATION),
    viewerCanAppraise:
      !locked &&
      can(ctx.viewer, "unitRecord.review", record) &&
      open(ENTRY_RULES.ROUND1!.stages.concat(ENTRY_RULES.ROUND2!.stages)),
    viewerCanAdjust: !locked && can(ctx.viewer, "adjustment.manage", record) && open(ADJUSTMENT_STAGES),
    viewerCanReopen: can(ctx.viewer, "unitRecord.review", record),
  };
}
