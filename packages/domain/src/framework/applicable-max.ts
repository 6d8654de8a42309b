import type { Framework, FrameworkNode } from './types';

/** Whether a node applies to a unit type (empty appliesTo = all types). */
export function appliesToUnitType(node: FrameworkNode, unitTypeCode: string): boolean {
  return node.appliesTo.length === 0 || node.appliesTo.includes(unitTypeCode);
}

/**
 * Maximum a node can give a unit type: a leaf's maxPoints if it applies; a parent's
 * min(maxPoints, Σ children's applicable max) — so a parent whose children exceed it
 * (allowed with a sumReason) is capped, and the denominator matches the capped numerator.
 */
export function nodeApplicableMax(node: FrameworkNode, unitTypeCode: string): number {
  if (!appliesToUnitType(node, unitTypeCode)) return 0;
  if (node.children.length === 0) return node.maxPoints;
  let sum = 0;
  for (const c of node.children) sum += nodeApplicableMax(c, unitTypeCode);
  return Math.min(node.maxPoints, sum);
}

/** The index denominator for a unit type: maximum points of the items that apply to it. */
export function applicableMax(f: Framework, unitTypeCode: string): number {
  let sum = 0;
  for (const a of f.areas) sum += nodeApplicableMax(a, unitTypeCode);
  return sum;
}
