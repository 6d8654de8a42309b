// A citizen round's answer counts (SurveyResult) for some units, recomputed from the respondents
// stored for them: a row per unit and aspect, updated in place (its version incremented), created,
// or removed when no answer remains. SurveyResult carries the results-revision trigger, so the
// ranking and the automatic survey leaves see the change.
import { countRespondents } from "@cchc/domain";
import type { Tx } from "../context.js";
import { surveyLeafIds } from "./survey-leaves.js";

const LEVEL_FIELDS = ["veryDissatisfied", "dissatisfied", "neutral", "satisfied", "verySatisfied"] as const;

export async function recomputeSurveyCounts(
  tx: Tx,
  survey: { id: string; yearId: string },
  unitIds: readonly string[],
): Promise<void> {
  if (unitIds.length === 0) return;
  const respondents = await tx.surveyRespondent.findMany({
    where: { surveyId: survey.id, unitId: { in: [...unitIds] } },
    select: { unitId: true, answers: true },
  });
  const counts = countRespondents(
    respondents.map((r) => ({ unitId: r.unitId, answers: (r.answers ?? {}) as Record<string, number> })),
  );
  const existing = await tx.surveyResult.findMany({
    where: { surveyId: survey.id, unitId: { in: [...unitIds] } },
    select: { id: true, unitId: true, aspect: true },
  });
  const leafOf = await surveyLeafIds(tx, survey.yearId, "CITIZEN");
  const key = (unitId: string | null, aspect: string) => `${unitId}\u0000${aspect}`;
  const byKey = new Map(existing.map((r) => [key(r.unitId, r.aspect), r]));
  for (const c of counts) {
    const data = Object.fromEntries(LEVEL_FIELDS.map((f, i) => [f, c.levels[i] ?? 0])) as Record<
      (typeof LEVEL_FIELDS)[number],
      number
    >;
    const row = byKey.get(key(c.unitId, c.aspect));
    byKey.delete(key(c.unitId, c.aspect));
    if (row) {
      await tx.surveyResult.update({
        where: { id: row.id },
        data: { ...data, frameworkNodeId: leafOf.get(c.aspect) ?? null, version: { increment: 1 } },
      });
    } else {
      await tx.surveyResult.create({
        data: {
          surveyId: survey.id,
          unitId: c.unitId,
          aspect: c.aspect,
          frameworkNodeId: leafOf.get(c.aspect) ?? null,
          ...data,
        },
      });
    }
  }
  const stale = [...byKey.values()].map((r) => r.id);
  if (stale.length) await tx.surveyResult.deleteMany({ where: { id: { in: stale } } });
}
