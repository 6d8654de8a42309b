// Whether one of some stages is open for a unit on a day: the year's window, extended by the latest
// reopening Home Affairs gave the unit (the domain's `stageState`).
import { dbDateToIso } from "@cchc/db";
import { type CycleStage, stageState } from "@cchc/domain";
import type { Tx } from "../context.js";

export async function unitStageOpen(
  tx: Tx,
  where: { yearId: string; unitId: string },
  stages: readonly CycleStage[],
  today: string,
): Promise<boolean> {
  const windows = await tx.yearStage.findMany({
    where: { yearId: where.yearId, stage: { in: [...stages] } },
    select: { stage: true, opensOn: true, closesOn: true },
  });
  const reopenings = await tx.unitStageReopening.findMany({
    where: { yearId: where.yearId, unitId: where.unitId, stage: { in: [...stages] } },
    select: { stage: true, untilOn: true },
  });
  return windows.some((s) => {
    const until =
      reopenings
        .filter((r) => r.stage === s.stage)
        .map((r) => dbDateToIso(r.untilOn))
        .sort()
        .at(-1) ?? null;
    const window = { stage: s.stage, opensOn: dbDateToIso(s.opensOn), closesOn: dbDateToIso(s.closesOn) };
    return stageState(window, today, until) === "open";
  });
}
