// One unit's scorecard: every leaf that applies to its type, with the points counted, where they
// came from, the rule, the inputs, the values that lost on precedence, and the stored entries with
// their authors and comments; plus bonus and penalty. Answers "why does this unit have 77.02?".
// Explanations are built for this one unit only.
import { computeUnitScore, type LeafExplanation, type UnitScore } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { loadAutoLeafData } from "../scoring/auto-leaf-data.js";
import { autoLeafValues, withAutoLeaves } from "../scoring/auto-leaf-values.js";
import { unitScoreInputs } from "./unit-score-inputs.js";
import { loadYearResultsData, type ResultAdjustment, type ResultEntry, type ResultUnit } from "./year-results-data.js";

export interface ScorecardLeaf extends LeafExplanation {
  /** every stored entry of the leaf (explanations included), oldest source first */
  entries: ResultEntry[];
}

export interface UnitScorecard {
  yearId: string;
  unit: ResultUnit;
  score: Omit<UnitScore, "leaves">;
  /** leaves that apply to the unit's type (those marked not applicable for the unit too, with the reason) */
  leaves: ScorecardLeaf[];
  adjustments: ResultAdjustment[];
}

export async function unitScorecard(
  ctx: OperationContext,
  input: { yearId: string; unitId: string },
): Promise<UnitScorecard> {
  // the year, its state and its framework come in one read; the access check needs only the state
  const data = await loadYearResultsData(ctx.prisma, input.yearId, { unitId: input.unitId });
  requireAllowed(ctx.viewer, "results.read", {
    type: "YearResults",
    unitId: input.unitId,
    approved: Boolean(data.state.approvedAt),
    yearStatus: data.state.status,
  });
  const [unit] = data.units;
  if (!unit) throw new NotFoundError("đơn vị được chấm điểm trong năm này");
  const auto = autoLeafValues(
    data.framework,
    [unit],
    await loadAutoLeafData(ctx.prisma, { yearId: data.yearId, year: data.year, now: ctx.now, unitId: unit.unitId }),
  );
  const [scoreInput] = withAutoLeaves(unitScoreInputs([unit], data.entries, data.adjustments), auto);
  const autoOf = auto.get(unit.unitId);
  const { leaves, ...score } = computeUnitScore(data.framework, scoreInput!, { explain: true });
  const entriesOf = new Map<string, ResultEntry[]>();
  for (const e of data.entries) entriesOf.set(e.leafCode, [...(entriesOf.get(e.leafCode) ?? []), e]);
  const markedNotApplicable = new Set(data.entries.filter((e) => e.source === "NOT_APPLICABLE").map((e) => e.leafCode));
  return {
    yearId: data.yearId,
    unit,
    score,
    leaves: leaves
      .filter((l) => l.applicable || markedNotApplicable.has(l.code))
      .map((l) => {
        // an automatic leaf says what its value was taken from, or where it will come from
        const note = autoOf?.get(l.code)?.note;
        return { ...l, notes: note ? [note, ...l.notes] : l.notes, entries: entriesOf.get(l.code) ?? [] };
      }),
    adjustments: data.adjustments,
  };
}
