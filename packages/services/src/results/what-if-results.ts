// "What if these leaves had these points?": the unit's new index, tier and rank within its type,
// computed by the domain's `whatIf` over the live entries; nothing is saved. Several changes: the
// first answers the unit's current standing, the last (on top of the others) the new one.
import { type WhatIfSnapshot, whatIf, type UnitScoreInput } from "@cchc/domain";
import { z } from "zod";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { loadAutoLeafData } from "../scoring/auto-leaf-data.js";
import { autoLeafValues, withAutoLeaves } from "../scoring/auto-leaf-values.js";
import { unitScoreInputs } from "./unit-score-inputs.js";
import { resultsState } from "./year-results.js";
import { loadRankingEntries } from "./ranking-entries.js";
import { loadYearResultsData } from "./year-results-data.js";

const whatIfInputSchema = z.object({
  yearId: z.string().min(1).max(100),
  unitId: z.string().min(1).max(100),
  changes: z
    .array(z.object({ leafCode: z.string().min(1).max(50), points: z.number().finite().min(0) }))
    .min(1)
    .max(200),
});
export type WhatIfResultsInput = z.input<typeof whatIfInputSchema>;

export interface WhatIfResults {
  yearId: string;
  unitId: string;
  before: Omit<WhatIfSnapshot, "leaf">;
  after: Omit<WhatIfSnapshot, "leaf">;
  indexDelta: number;
}

const OVERRIDE_REASON = "giả định (what-if)";

export async function whatIfResults(ctx: OperationContext, raw: WhatIfResultsInput): Promise<WhatIfResults> {
  const input = validate(whatIfInputSchema, raw);
  const year = await resultsState(ctx.prisma, input.yearId);
  // the answer includes a rank among the unit's peers: whoever may read the whole ranking
  requireAllowed(ctx.viewer, "results.read", {
    type: "YearResults",
    unitId: null,
    approved: Boolean(year.resultSnapshot?.approvedAt),
    yearStatus: year.status,
  });
  // every unit's entries, as the ranking loads them (lean: only what the engine reads)
  const data = await loadYearResultsData(ctx.prisma, year.id, { entries: false });
  const entries = await loadRankingEntries(ctx.prisma, year.id);
  const auto = autoLeafValues(
    data.framework,
    data.units,
    await loadAutoLeafData(ctx.prisma, { yearId: year.id, year: data.year, now: ctx.now }),
  );
  const units = withAutoLeaves(unitScoreInputs(data.units, entries, data.adjustments), auto);
  const target = units.find((u) => u.unitId === input.unitId);
  if (!target) throw new NotFoundError("đơn vị được chấm điểm trong năm này");

  const maxOf = new Map<string, number>();
  (function walk(nodes = data.framework.areas) {
    for (const n of nodes) n.children.length === 0 ? maxOf.set(n.code, n.maxPoints) : walk(n.children);
  })();
  const problems = input.changes.flatMap((c, i) => {
    const max = maxOf.get(c.leafCode);
    if (max === undefined) {
      return [{ field: `changes.${i}.leafCode`, code: "UNKNOWN_LEAF", message: `Không có tiêu chí "${c.leafCode}".` }];
    }
    if (c.points > max) {
      return [{ field: `changes.${i}.points`, code: "ABOVE_MAX", message: `Điểm vượt mức tối đa ${max}.` }];
    }
    return [];
  });
  if (problems.length > 0) throw new ValidationError(problems);

  const first = input.changes[0]!;
  const last = input.changes.at(-1)!;
  const start = whatIf(data.framework, units, { unitId: target.unitId, leafCode: first.leafCode, score: first.points });
  const applied: UnitScoreInput = {
    ...target,
    leaves: { ...target.leaves },
  };
  for (const c of input.changes.slice(0, -1)) {
    applied.leaves = {
      ...applied.leaves,
      [c.leafCode]: { ...applied.leaves[c.leafCode], override: { points: c.points, reason: OVERRIDE_REASON } },
    };
  }
  const end = whatIf(
    data.framework,
    units.map((u) => (u.unitId === target.unitId ? applied : u)),
    { unitId: target.unitId, leafCode: last.leafCode, score: last.points },
  );
  const strip = ({ leaf: _leaf, ...rest }: WhatIfSnapshot) => rest;
  const before = strip(start.before);
  const after = strip(end.after);
  return {
    yearId: year.id,
    unitId: target.unitId,
    before,
    after,
    indexDelta: Math.round((after.index - before.index) * 100) / 100,
  };
}
