import type { Framework, FrameworkNode } from '../framework/types';
import { classifyIndex } from './classify-index';
import { resolveLeafScore } from './resolve-leaf-score';
import { scoringPlan } from './scoring-plan';
import { cleanPoints, roundTo } from './round';
import type { AreaScore, LeafExplanation, UnitScore, UnitScoreInput } from './types';

export interface ComputeOptions {
  /** omit per-leaf explanations (faster for bulk ranking); `missing` is still filled */
  explain?: boolean;
}

function notApplicableLeaf(
  node: FrameworkNode,
  f: Framework,
  area: number,
  unitType: string,
  unitReason: string | null,
): LeafExplanation {
  return {
    code: node.code,
    name: node.name,
    areaCode: f.areas[area]?.code ?? '',
    maxPoints: node.maxPoints,
    method: node.method?.kind ?? null,
    applicable: false,
    points: 0,
    source: null,
    rule:
      unitReason !== null ? `không áp dụng cho đơn vị: ${unitReason}` : `không áp dụng cho loại đơn vị "${unitType}"`,
    inputs: null,
    missing: false,
    superseded: [],
    notes: [],
  };
}

/**
 * Scores one unit.
 * - A leaf that does not apply to the unit's type (or is marked not applicable for the unit)
 *   is left out of both numerator and denominator.
 * - A parent's earned/max are the sums of its children, each capped at the parent's maxPoints.
 * - Index = 100 × (earned + bonus − penalty) ÷ applicable max, computed exactly, clamped to
 *   0..100, rounded to 2 dp only at the end. Area sub-indices: 100 × earned ÷ max (no bonus/penalty).
 * - Bonus/penalty above the framework caps are clamped, with a warning.
 * - Tier from the rounded index.
 */
export function computeUnitScore(f: Framework, unit: UnitScoreInput, options: ComputeOptions = {}): UnitScore {
  const explain = options.explain ?? true;
  const leaves: LeafExplanation[] = [];
  const missing: string[] = [];
  const warnings: string[] = [];
  const plan = scoringPlan(f, unit.unitType);
  const n = plan.nodes.length;
  const earnedAt = new Float64Array(n); // children sums, then the node's own (capped) value
  const maxAt = new Float64Array(n);

  for (let i = 0; i < n; i++) {
    const node = plan.nodes[i] as FrameworkNode;
    const applies = plan.applies[i] === 1;
    let e = 0;
    let m = 0;
    if (plan.leaf[i] === 1) {
      const input = unit.leaves[node.code];
      const na = applies ? input?.notApplicable : null;
      if (!applies || na) {
        if (explain) leaves.push(notApplicableLeaf(node, f, plan.area[i] ?? 0, unit.unitType, na?.reason ?? null));
      } else {
        const r = resolveLeafScore(node, input, explain);
        if (r.points === null) missing.push(node.code);
        e = r.points ?? 0;
        m = node.maxPoints;
        if (explain) {
          leaves.push({
            code: node.code,
            name: node.name,
            areaCode: f.areas[plan.area[i] ?? 0]?.code ?? '',
            maxPoints: node.maxPoints,
            method: node.method?.kind ?? null,
            applicable: true,
            points: e,
            source: r.source,
            rule: r.rule,
            inputs: r.inputs,
            missing: r.points === null,
            superseded: r.superseded,
            notes: r.notes,
          });
        }
      }
    } else if (applies) {
      e = Math.min(earnedAt[i] ?? 0, node.maxPoints);
      m = Math.min(maxAt[i] ?? 0, node.maxPoints);
    }
    earnedAt[i] = e;
    maxAt[i] = m;
    const p = plan.parent[i] ?? -1;
    if (p >= 0) {
      earnedAt[p] = (earnedAt[p] ?? 0) + e;
      maxAt[p] = (maxAt[p] ?? 0) + m;
    }
  }

  const areas: AreaScore[] = [];
  let earned = 0;
  let max = 0;
  plan.areaSlots.forEach((slot, k) => {
    const area = f.areas[k] as FrameworkNode;
    const ae = earnedAt[slot] ?? 0;
    const am = maxAt[slot] ?? 0;
    earned += ae;
    max += am;
    const sub = am > 0 ? (100 * ae) / am : null;
    areas.push({
      code: area.code,
      name: area.name,
      earned: cleanPoints(ae),
      max: cleanPoints(am),
      subIndex: sub === null ? null : roundTo(sub, 2),
      subIndexExact: sub,
    });
  });

  const clampAdj = (value: number | undefined, cap: number, what: string): number => {
    const v = value ?? 0;
    if (!Number.isFinite(v) || v < 0) {
      warnings.push(`${what} ${v} không hợp lệ, tính 0`);
      return 0;
    }
    if (v > cap) {
      warnings.push(`${what} ${v} vượt mức tối đa ${cap}, tính ${cap}`);
      return cap;
    }
    return v;
  };
  const bonus = clampAdj(unit.bonus, f.bonusCap, 'Điểm thưởng');
  const penalty = clampAdj(unit.penalty, f.penaltyCap, 'Điểm trừ');

  let indexRaw = 0;
  if (max > 0) indexRaw = (100 * (earned + bonus - penalty)) / max;
  else warnings.push(`Không có tiêu chí nào áp dụng cho loại đơn vị "${unit.unitType}"`);
  const indexExact = Math.min(100, Math.max(0, indexRaw));
  const index = roundTo(indexExact, 2);
  if (missing.length > 0) warnings.push(`${missing.length} tiêu chí chưa có điểm (tính 0): ${missing.join(', ')}`);

  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    unitType: unit.unitType,
    earned: cleanPoints(earned),
    bonus,
    penalty,
    max: cleanPoints(max),
    index,
    indexExact,
    indexRaw,
    tier: classifyIndex(index, f.tiers),
    areas,
    leaves,
    missing,
    warnings,
  };
}
