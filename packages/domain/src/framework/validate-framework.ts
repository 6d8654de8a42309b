import { flattenFramework } from './flatten-framework';
import type { Framework, FrameworkNode, ScoringMethod } from './types';

export interface FrameworkProblem {
  /** node code, or "(framework)" / "(tiers)" for framework-level problems */
  code: string;
  message: string;
}

const EPS = 1e-9;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Problems in a leaf method's configuration relative to the leaf's max points. */
export function validateMethod(method: ScoringMethod, maxPoints: number): string[] {
  const p: string[] = [];
  const pointsOk = (v: number, what: string): void => {
    if (!isNum(v) || v < 0) p.push(`${what} must be a non-negative number, got ${v}`);
    else if (v > maxPoints + EPS) p.push(`${what} (${v}) exceeds the leaf maximum ${maxPoints}`);
  };
  switch (method.kind) {
    case 'binary':
      pointsOk(method.yesPoints, 'yes points');
      pointsOk(method.noPoints, 'no points');
      if (isNum(method.yesPoints) && !near(method.yesPoints, maxPoints))
        p.push(`yes points ${method.yesPoints} ≠ maximum ${maxPoints}`);
      break;
    case 'checklist':
      if (method.items.length === 0) p.push('checklist has no items');
      if (method.pointsPerItem !== undefined && !near(method.pointsPerItem * method.items.length, maxPoints)) {
        p.push(
          `${method.items.length} items × ${method.pointsPerItem} = ${method.pointsPerItem * method.items.length} ≠ maximum ${maxPoints}`,
        );
      }
      break;
    case 'ratio':
      if (!isNum(method.target) || method.target <= 0) p.push(`ratio target must be > 0, got ${method.target}`);
      if (method.whenDenominatorZero !== null) pointsOk(method.whenDenominatorZero, 'points when nothing to count');
      break;
    case 'ratio_tiered': {
      if (method.tiers.length === 0) p.push('tiered ratio has no tiers');
      method.tiers.forEach((t, i) => {
        if (t.points.kind === 'fixed') pointsOk(t.points.points, `tier ${i + 1} points`);
        else if (!isNum(t.points.factor) || t.points.factor < 0) p.push(`tier ${i + 1} factor must be ≥ 0`);
        if (t.min !== null && t.max !== null && t.min > t.max) p.push(`tier ${i + 1}: lower bound above upper bound`);
      });
      // every ratio in 0..1 must fall in some tier (checked on a 0.1% grid plus the bounds)
      const probes = new Set<number>();
      for (let k = 0; k <= 1000; k++) probes.add(k / 1000);
      for (const t of method.tiers) {
        if (t.min !== null) probes.add(t.min);
        if (t.max !== null) probes.add(t.max);
      }
      const gaps = [...probes].filter((r) => r >= 0 && r <= 1 && !method.tiers.some((t) => tierContains(t, r)));
      if (gaps.length > 0) p.push(`tiers leave ratios uncovered, e.g. ${(Math.min(...gaps) * 100).toFixed(1)}%`);
      if (method.whenDenominatorZero !== null) pointsOk(method.whenDenominatorZero, 'points when nothing to count');
      break;
    }
    case 'deadline':
      for (const k of ['on_time', 'late', 'missing'] as const) pointsOk(method.points[k], `points when ${k}`);
      if (isNum(method.points.on_time) && !near(method.points.on_time, maxPoints)) {
        p.push(`on-time points ${method.points.on_time} ≠ maximum ${maxPoints}`);
      }
      break;
    case 'deduction':
      pointsOk(method.start, 'start');
      if (!isNum(method.floor) || method.floor < 0) p.push('floor must be ≥ 0');
      if (method.rules.length === 0) p.push('deduction has no rules');
      method.rules.forEach((r) => {
        if (!isNum(r.minus) || r.minus <= 0) p.push(`deduction "${r.code}" must be > 0`);
      });
      if (new Set(method.rules.map((r) => r.code)).size !== method.rules.length)
        p.push('deduction rule codes are not unique');
      break;
    case 'survey_rate':
      break;
    case 'survey_likert': {
      const ws = Object.entries(method.weights);
      if (ws.length === 0) p.push('Likert method has no answer weights');
      for (const [k, w] of ws) if (!isNum(w) || w < 0 || w > 1) p.push(`weight of answer ${k} must be in 0..1`);
      break;
    }
    default: {
      const never: never = method;
      p.push(`unknown method ${JSON.stringify(never)}`);
    }
  }
  return p;
}

/** Whether a ratio (0..1) falls in a tier. A tiny tolerance favours inclusive bounds. */
export function tierContains(
  t: { min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean },
  r: number,
): boolean {
  const e = 1e-12;
  if (t.min !== null && (t.minInclusive ? r < t.min - e : r <= t.min + e)) return false;
  if (t.max !== null && (t.maxInclusive ? r > t.max + e : r >= t.max - e)) return false;
  return true;
}

/**
 * Checks a framework and lists EVERY problem with its node code:
 * children sum to the parent's maximum (unless `sumReason` says why not), no negative maxima,
 * unique codes, leaves have a method and a score source consistent with it, method settings
 * fit the leaf maximum, caps ≥ 0, tiers distinct and including a 0 floor, areas sum to maxTotal.
 */
export function validateFramework(f: Framework): { ok: boolean; problems: FrameworkProblem[] } {
  const problems: FrameworkProblem[] = [];
  const add = (code: string, message: string): void => {
    problems.push({ code, message });
  };
  const flat = flattenFramework(f);
  const seen = new Map<string, number>();
  for (const { node } of flat) seen.set(node.code, (seen.get(node.code) ?? 0) + 1);
  for (const [code, n] of seen) if (n > 1) add(code, `code "${code}" is used ${n} times`);

  if (f.areas.length === 0) add('(framework)', 'framework has no areas');
  for (const { node } of flat) checkNode(node, add);

  if (!isNum(f.bonusCap) || f.bonusCap < 0) add('(framework)', `bonus cap must be ≥ 0, got ${f.bonusCap}`);
  if (!isNum(f.penaltyCap) || f.penaltyCap < 0) add('(framework)', `penalty cap must be ≥ 0, got ${f.penaltyCap}`);
  if (f.maxTotal !== undefined) {
    const sum = f.areas.reduce((s, a) => s + a.maxPoints, 0);
    if (!near(sum, f.maxTotal)) add('(framework)', `areas sum to ${sum}, declared total is ${f.maxTotal}`);
  }
  if (f.tiers.length === 0) add('(tiers)', 'no classification tiers');
  const mins = f.tiers.map((t) => t.minPercent);
  if (new Set(mins).size !== mins.length) add('(tiers)', 'two tiers share the same minimum');
  if (f.tiers.length > 0 && !mins.some((m) => m <= 0))
    add('(tiers)', 'no tier starts at 0%: low indices would have no tier');
  if (new Set(f.tiers.map((t) => t.code)).size !== f.tiers.length) add('(tiers)', 'tier codes are not unique');
  for (const t of f.tiers)
    if (!isNum(t.minPercent) || t.minPercent < 0 || t.minPercent > 100)
      add('(tiers)', `tier ${t.code}: minPercent must be in 0..100`);

  return { ok: problems.length === 0, problems };
}

function checkNode(node: FrameworkNode, add: (code: string, message: string) => void): void {
  const code = node.code;
  if (!code || code.trim() === '') add('(no code)', `node "${node.name}" has no code`);
  if (!isNum(node.maxPoints)) add(code, `maximum is not a number: ${String(node.maxPoints)}`);
  else if (node.maxPoints < 0) add(code, `negative maximum ${node.maxPoints}`);
  if (node.children.length > 0) {
    const sum = node.children.reduce((s, c) => s + c.maxPoints, 0);
    if (isNum(sum) && isNum(node.maxPoints) && !near(sum, node.maxPoints) && !node.sumReason?.trim()) {
      add(code, `children sum to ${+sum.toFixed(6)}, maximum is ${node.maxPoints} (give a sumReason if intended)`);
    }
    if (node.method) add(code, 'a node with children must not have a scoring method');
    return;
  }
  if (!node.method) {
    add(code, 'leaf has no scoring method');
    return;
  }
  if (!node.scoreSource) add(code, 'leaf has no score source');
  const isSurveyMethod = node.method.kind === 'survey_rate' || node.method.kind === 'survey_likert';
  if (isSurveyMethod && node.scoreSource && node.scoreSource !== 'survey')
    add(code, `survey method with score source ${node.scoreSource}`);
  if (!isSurveyMethod && node.scoreSource === 'survey')
    add(code, `score source "survey" with method ${node.method.kind}`);
  if (isNum(node.maxPoints)) for (const m of validateMethod(node.method, node.maxPoints)) add(code, m);
}
