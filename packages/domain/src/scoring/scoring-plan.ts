import { appliesToUnitType } from '../framework/applicable-max';
import type { Framework, FrameworkNode } from '../framework/types';

/**
 * A framework flattened for one unit type, for fast bulk scoring: nodes in post-order
 * (children before their parent) with the parent's slot, so a unit is scored in one pass
 * over typed arrays. Cached per framework object (frameworks are treated as immutable values:
 * build a new object to change one).
 */
export interface ScoringPlan {
  unitType: string;
  /** post-order nodes */
  nodes: FrameworkNode[];
  /** slot of the parent in `nodes`, −1 for areas */
  parent: Int32Array;
  /** area index (position in framework.areas) of each node */
  area: Int32Array;
  /** whether the node applies to the unit type (ancestors included) */
  applies: Uint8Array;
  /** whether the node is a leaf */
  leaf: Uint8Array;
  /** index in `nodes` of each area */
  areaSlots: number[];
}

const cache = new WeakMap<Framework, Map<string, ScoringPlan>>();

export function scoringPlan(f: Framework, unitType: string): ScoringPlan {
  let byType = cache.get(f);
  if (!byType) {
    byType = new Map();
    cache.set(f, byType);
  }
  const hit = byType.get(unitType);
  if (hit) return hit;

  const nodes: FrameworkNode[] = [];
  const parents: number[] = [];
  const areas: number[] = [];
  const applies: number[] = [];
  const areaSlots: number[] = [];
  // post-order with parent slots patched after the parent is pushed
  const visit = (node: FrameworkNode, areaIndex: number, ancestorsApply: boolean): number => {
    const ok = ancestorsApply && appliesToUnitType(node, unitType);
    const childSlots = node.children.map((c) => visit(c, areaIndex, ok));
    const slot = nodes.length;
    nodes.push(node);
    parents.push(-1);
    areas.push(areaIndex);
    applies.push(ok ? 1 : 0);
    for (const c of childSlots) parents[c] = slot;
    return slot;
  };
  for (const [i, a] of f.areas.entries()) areaSlots.push(visit(a, i, true));
  const plan: ScoringPlan = {
    unitType,
    nodes,
    parent: Int32Array.from(parents),
    area: Int32Array.from(areas),
    applies: Uint8Array.from(applies),
    leaf: Uint8Array.from(nodes.map((n) => (n.children.length === 0 ? 1 : 0))),
    areaSlots,
  };
  byType.set(unitType, plan);
  return plan;
}
