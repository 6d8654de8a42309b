import type { ScoringMethod } from '../framework/types';
import { tierContains } from '../framework/validate-framework';
import { cleanPoints } from './round';
import type { MethodInput } from './types';

export type MethodResult =
  | { ok: true; points: number; rule: string; inputs: Record<string, unknown> }
  | { ok: false; reason: string; inputs: Record<string, unknown> };

function fmt(n: number): string {
  return String(cleanPoints(n));
}

function pct(r: number): string {
  return `${cleanPoints(r * 100)}%`;
}

function nonNegative(...xs: number[]): boolean {
  return xs.every((x) => Number.isFinite(x) && x >= 0);
}

function ok(maxPoints: number, inputs: Record<string, unknown>, points: number, rule: string): MethodResult {
  return { ok: true, points: cleanPoints(Math.min(maxPoints, Math.max(0, points))), rule, inputs };
}

function fail(inputs: Record<string, unknown>, reason: string): MethodResult {
  return { ok: false, reason, inputs };
}

const NO_INPUTS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** Applies a leaf's scoring rule to raw inputs. Points are capped to 0..maxPoints.
 * With `explain` false the rule text and input copy are skipped (bulk scoring). */
export function evaluateMethod(
  method: ScoringMethod,
  maxPoints: number,
  input: MethodInput,
  explain = true,
): MethodResult {
  const inputs: Record<string, unknown> = explain ? { ...input } : NO_INPUTS;
  if (input.kind !== method.kind) {
    return { ok: false, reason: `inputs are for "${input.kind}" but the leaf is scored by "${method.kind}"`, inputs };
  }

  switch (method.kind) {
    case 'binary': {
      const i = input as Extract<MethodInput, { kind: 'binary' }>;
      return ok(
        maxPoints,
        inputs,
        i.met ? method.yesPoints : method.noPoints,
        explain ? `binary: ${i.met ? 'đạt' : 'không đạt'} → ${fmt(i.met ? method.yesPoints : method.noPoints)}` : '',
      );
    }
    case 'checklist': {
      const i = input as Extract<MethodInput, { kind: 'checklist' }>;
      const n = method.items.length;
      if (Array.isArray(i.met) && i.met.length !== n)
        return fail(inputs, `checklist has ${n} items, got ${i.met.length} flags`);
      const met = Array.isArray(i.met) ? i.met.filter(Boolean).length : i.met;
      if (!Number.isInteger(met) || met < 0 || met > n)
        return fail(inputs, `items met must be an integer 0..${n}, got ${met}`);
      if (explain) inputs.metCount = met;
      if (explain && Array.isArray(i.met))
        inputs.metItems = method.items.filter((_, k) => Array.isArray(i.met) && i.met[k]);
      return ok(
        maxPoints,
        inputs,
        (met / n) * maxPoints,
        explain ? `checklist: ${met}/${n} × ${fmt(maxPoints)} = ${fmt((met / n) * maxPoints)}` : '',
      );
    }
    case 'ratio': {
      const i = input as Extract<MethodInput, { kind: 'ratio' }>;
      if (!nonNegative(i.numerator, i.denominator)) return fail(inputs, 'numerator and denominator must be ≥ 0');
      if (i.denominator === 0) {
        if (method.whenDenominatorZero === null)
          return fail(inputs, 'denominator is 0 and the leaf has no rule for that');
        return ok(
          maxPoints,
          inputs,
          method.whenDenominatorZero,
          explain ? `ratio: nothing to count (0/0) → ${fmt(method.whenDenominatorZero)}` : '',
        );
      }
      const r = i.numerator / i.denominator / method.target;
      const capped = Math.min(1, r);
      if (explain) inputs.ratio = r;
      return ok(
        maxPoints,
        inputs,
        capped * maxPoints,
        explain
          ? `ratio: min(1, ${i.numerator}/${i.denominator}${method.target !== 1 ? ` ÷ ${method.target}` : ''}) × ${fmt(maxPoints)} = ${fmt(capped * maxPoints)}`
          : '',
      );
    }
    case 'ratio_tiered': {
      const i = input as Extract<MethodInput, { kind: 'ratio_tiered' }>;
      if (!nonNegative(i.numerator, i.denominator)) return fail(inputs, 'numerator and denominator must be ≥ 0');
      if (i.denominator === 0) {
        if (method.whenDenominatorZero === null)
          return fail(inputs, 'denominator is 0 and the leaf has no rule for that');
        return ok(
          maxPoints,
          inputs,
          method.whenDenominatorZero,
          explain ? `tiered ratio: nothing to count (0/0) → ${fmt(method.whenDenominatorZero)}` : '',
        );
      }
      const r = Math.min(1, i.numerator / i.denominator); // above 100% counts as 100%
      if (explain) inputs.ratio = r;
      const tier = method.tiers.find((t) => tierContains(t, r));
      if (!tier) return fail(inputs, `ratio ${pct(r)} matches no tier`);
      const pts = tier.points.kind === 'fixed' ? tier.points.points : tier.points.factor * r;
      const how = tier.points.kind === 'fixed' ? fmt(pts) : `${fmt(tier.points.factor)} × ${fmt(r)} = ${fmt(pts)}`;
      return ok(
        maxPoints,
        inputs,
        pts,
        explain
          ? `tiered ratio: ${i.numerator}/${i.denominator} = ${pct(r)}; "${tier.conditionText ?? 'tier'}" → ${how}`
          : '',
      );
    }
    case 'deadline': {
      const i = input as Extract<MethodInput, { kind: 'deadline' }>;
      if (i.status === 'pending') return fail(inputs, 'not yet due (pending): no score yet');
      const pts = method.points[i.status];
      const label = method.conditions?.[i.status] ?? i.status;
      return ok(maxPoints, inputs, pts, explain ? `deadline: ${i.status} ("${label}") → ${fmt(pts)}` : '');
    }
    case 'deduction': {
      const i = input as Extract<MethodInput, { kind: 'deduction' }>;
      const known = new Set(method.rules.map((r) => r.code));
      const unknown = Object.keys(i.occurrences).filter((k) => !known.has(k));
      if (unknown.length > 0) return fail(inputs, `unknown deduction rule(s): ${unknown.join(', ')}`);
      let minus = 0;
      const parts: string[] = [];
      for (const r of method.rules) {
        const n = i.occurrences[r.code] ?? 0;
        if (!Number.isInteger(n) || n < 0) return fail(inputs, `occurrences of ${r.code} must be a whole number ≥ 0`);
        if (n > 0) parts.push(`${n} × ${fmt(r.minus)} (${r.event})`);
        minus += n * r.minus;
      }
      const pts = Math.max(method.floor, method.start - minus);
      return ok(
        maxPoints,
        inputs,
        pts,
        explain
          ? `deduction: ${fmt(method.start)}${parts.length ? ` − ${parts.join(' − ')}` : ''}, floor ${fmt(method.floor)} → ${fmt(pts)}`
          : '',
      );
    }
    case 'survey_rate': {
      const i = input as Extract<MethodInput, { kind: 'survey_rate' }>;
      if (!nonNegative(i.satisfied, i.valid) || i.satisfied > i.valid)
        return fail(inputs, 'need 0 ≤ satisfied ≤ valid');
      if (i.valid === 0) return fail(inputs, 'no valid answers');
      const rate = i.satisfied / i.valid;
      if (explain) inputs.rate = rate;
      return ok(
        maxPoints,
        inputs,
        rate * maxPoints,
        explain
          ? `survey rate: ${i.satisfied}/${i.valid} = ${pct(rate)} × ${fmt(maxPoints)} = ${fmt(rate * maxPoints)}`
          : '',
      );
    }
    case 'survey_likert': {
      const i = input as Extract<MethodInput, { kind: 'survey_likert' }>;
      let total = 0;
      let weighted = 0;
      for (const [answer, count] of Object.entries(i.counts)) {
        const w = method.weights[answer];
        if (w === undefined) return fail(inputs, `unknown answer "${answer}"`);
        if (!Number.isInteger(count) || count < 0) return fail(inputs, `count of ${answer} must be a whole number ≥ 0`);
        total += count;
        weighted += count * w;
      }
      if (total === 0) return fail(inputs, 'no answers');
      const avg = weighted / total;
      if (explain) inputs.average = avg;
      return ok(
        maxPoints,
        inputs,
        avg * maxPoints,
        explain ? `Likert: Σ(count × weight)/${total} = ${pct(avg)} × ${fmt(maxPoints)} = ${fmt(avg * maxPoints)}` : '',
      );
    }
    default: {
      const never: never = method;
      return fail(inputs, `unknown method ${JSON.stringify(never)}`);
    }
  }
}
