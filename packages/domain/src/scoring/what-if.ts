import type { ClassificationTier, Framework } from '../framework/types';
import { computeUnitScore } from './compute-unit-score';
import { rankUnits } from './rank-units';
import type { LeafExplanation, LeafScoreInput, UnitScoreInput } from './types';

export interface WhatIfChange {
  unitId: string;
  leafCode: string;
  /** a number = the leaf's final points (applied as an override); or a full replacement of the leaf's inputs */
  score: number | LeafScoreInput;
}

export interface WhatIfSnapshot {
  index: number;
  indexExact: number;
  tier: ClassificationTier;
  rank: number;
  rankOf: number;
  leaf: LeafExplanation | null;
}

export interface WhatIfResult {
  unitId: string;
  leafCode: string;
  before: WhatIfSnapshot;
  after: WhatIfSnapshot;
  /** after.index − before.index (2 dp) */
  indexDelta: number;
}

/**
 * The unit's new index, tier and rank if one leaf's score changed, other units unchanged.
 * `units` = every unit of the evaluation (only those of the same type affect the rank).
 */
export function whatIf(f: Framework, units: readonly UnitScoreInput[], change: WhatIfChange): WhatIfResult {
  const target = units.find((u) => u.unitId === change.unitId);
  if (!target) throw new RangeError(`whatIf: unknown unit ${change.unitId}`);
  const leafExists = (function find(nodes = f.areas): boolean {
    return nodes.some((n) => (n.children.length === 0 ? n.code === change.leafCode : find(n.children)));
  })();
  if (!leafExists) throw new RangeError(`whatIf: unknown leaf ${change.leafCode}`);

  const newLeaf: LeafScoreInput =
    typeof change.score === 'number'
      ? { ...target.leaves[change.leafCode], override: { points: change.score, reason: 'giả định (what-if)' } }
      : change.score;
  const changed: UnitScoreInput = { ...target, leaves: { ...target.leaves, [change.leafCode]: newLeaf } };

  const peers = units.filter((u) => u.unitType === target.unitType && u.unitId !== target.unitId);
  const peerScores = peers.map((u) => computeUnitScore(f, u, { explain: false }));
  const snap = (u: UnitScoreInput): WhatIfSnapshot => {
    const s = computeUnitScore(f, u);
    const ranked = rankUnits([...peerScores, { ...s, leaves: [] }]);
    const me = ranked.find((r) => r.unitId === u.unitId);
    return {
      index: s.index,
      indexExact: s.indexExact,
      tier: s.tier,
      rank: me?.rank ?? 0,
      rankOf: me?.rankOf ?? 0,
      leaf: s.leaves.find((l) => l.code === change.leafCode) ?? null,
    };
  };
  const before = snap(target);
  const after = snap(changed);
  return {
    unitId: target.unitId,
    leafCode: change.leafCode,
    before,
    after,
    indexDelta: Math.round((after.index - before.index) * 100) / 100,
  };
}
