/**
 * Converts the parsed framework-sample.json (snake_case, free-text tier conditions) into a
 * structured Framework. Throws FrameworkFormatError listing EVERY problem found (with node ids)
 * when the input is malformed; semantic checks (sums, caps) are validateFramework's job, except
 * that a declared scale.applicable_max per unit type must match the computed one.
 */
import { applicableMax } from './applicable-max';
import { DEFAULT_TIERS } from './default-tiers';
import { parseDeadlineCondition, parseRatioCondition, parseTierPoints } from './parse-tier-condition';
import type {
  ClassificationTier,
  DeadlineOutcome,
  DeductionRule,
  Framework,
  FrameworkNode,
  RatioTier,
  ScoreSource,
  ScoringMethod,
} from './types';

export class FrameworkFormatError extends Error {
  override readonly name = 'FrameworkFormatError';
  constructor(readonly problems: Array<{ code: string; message: string }>) {
    super(
      `Malformed framework (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `- [${p.code}] ${p.message}`).join('\n')}`,
    );
  }
}

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const SOURCE_MAP: Readonly<Record<string, ScoreSource>> = {
  self_assessed_then_appraised: 'self_then_appraised',
  self_then_appraised: 'self_then_appraised',
  appraised_only: 'appraised_only',
  survey: 'survey',
};

const LIKERT_DEFAULT: Record<string, number> = { A: 1, B: 0.6, C: 0.2, D: 0 };

export function frameworkFromSample(json: unknown): Framework {
  const problems: Array<{ code: string; message: string }> = [];
  const bad = (code: string, message: string): void => {
    problems.push({ code, message });
  };
  if (!isObj(json)) throw new FrameworkFormatError([{ code: '(root)', message: 'expected an object' }]);

  const num = (x: unknown, code: string, what: string): number => {
    if (typeof x === 'number' && Number.isFinite(x)) return x;
    bad(code, `${what} must be a number, got ${JSON.stringify(x)}`);
    return 0;
  };

  const parseMethod = (
    code: string,
    methodName: unknown,
    scoring: unknown,
    maxPoints: number,
  ): ScoringMethod | undefined => {
    if (!isObj(scoring)) {
      bad(code, 'leaf has no "scoring" object');
      return undefined;
    }
    switch (methodName) {
      case 'binary':
        return {
          kind: 'binary',
          yesPoints: num(scoring.yes ?? maxPoints, code, 'scoring.yes'),
          noPoints: num(scoring.no ?? 0, code, 'scoring.no'),
          ...(typeof scoring.condition === 'string' ? { condition: scoring.condition } : {}),
        };
      case 'checklist': {
        const items = scoring.items;
        if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
          bad(code, 'checklist items must be a list of strings');
          return undefined;
        }
        return {
          kind: 'checklist',
          items: items as string[],
          ...(scoring.points_per_item !== undefined
            ? { pointsPerItem: num(scoring.points_per_item, code, 'points_per_item') }
            : {}),
        };
      }
      case 'ratio': {
        const formula = typeof scoring.formula === 'string' ? scoring.formula : undefined;
        const lead = formula ? /^\s*(\d+(?:[.,]\d+)?)\s*[×x*]/u.exec(formula) : null;
        if (lead && Number((lead[1] ?? '').replace(',', '.')) !== maxPoints) {
          bad(code, `ratio formula multiplier ${lead[1]} ≠ max_points ${maxPoints}`);
        }
        // "if_none_found": 2, "if_no_late_dossiers": 2, "if_not_inspected": "full points if …"
        let whenZero: number | null = null;
        for (const [k, v] of Object.entries(scoring)) {
          if (!k.startsWith('if_')) continue;
          if (typeof v === 'number') whenZero = v;
          else if (typeof v === 'string' && /full points|đủ điểm|tối đa/iu.test(v)) whenZero = maxPoints;
          else bad(code, `cannot read ${k}: ${JSON.stringify(v)}`);
        }
        return { kind: 'ratio', target: 1, whenDenominatorZero: whenZero, ...(formula ? { formula } : {}) };
      }
      case 'ratio_tiered': {
        const tiersIn = scoring.tiers;
        if (!Array.isArray(tiersIn) || tiersIn.length === 0) {
          bad(code, 'ratio_tiered needs a non-empty "tiers" list');
          return undefined;
        }
        const tiers: RatioTier[] = [];
        tiersIn.forEach((t, i) => {
          if (!isObj(t) || typeof t.condition !== 'string') {
            bad(code, `tier ${i + 1}: needs a text "condition"`);
            return;
          }
          const bounds = parseRatioCondition(t.condition);
          const points = parseTierPoints(t.points);
          if (!bounds) bad(code, `tier ${i + 1}: cannot read condition "${t.condition}"`);
          if (!points) bad(code, `tier ${i + 1}: cannot read points ${JSON.stringify(t.points)}`);
          if (bounds && points) tiers.push({ ...bounds, points, conditionText: t.condition });
        });
        return {
          kind: 'ratio_tiered',
          tiers,
          whenDenominatorZero: null,
          ...(typeof scoring.ratio === 'string' ? { ratioText: scoring.ratio } : {}),
        };
      }
      case 'deadline': {
        const tiersIn = scoring.tiers;
        if (!Array.isArray(tiersIn) || tiersIn.length === 0) {
          bad(code, 'deadline needs a non-empty "tiers" list');
          return undefined;
        }
        const points: Partial<Record<DeadlineOutcome, number>> = {};
        const conditions: Partial<Record<DeadlineOutcome, string>> = {};
        tiersIn.forEach((t, i) => {
          if (!isObj(t) || typeof t.condition !== 'string') {
            bad(code, `tier ${i + 1}: needs a text "condition"`);
            return;
          }
          const outcomes = parseDeadlineCondition(t.condition);
          if (outcomes.length === 0)
            bad(code, `tier ${i + 1}: cannot tell on time / late / missing from "${t.condition}"`);
          const p = num(t.points, code, `tier ${i + 1} points`);
          for (const o of outcomes) {
            if (points[o] !== undefined) bad(code, `outcome ${o} is covered twice`);
            points[o] = p;
            conditions[o] = t.condition;
          }
        });
        for (const o of ['on_time', 'late', 'missing'] as const) {
          if (points[o] === undefined) bad(code, `no deadline tier for outcome "${o}"`);
        }
        return {
          kind: 'deadline',
          points: { on_time: points.on_time ?? 0, late: points.late ?? 0, missing: points.missing ?? 0 },
          conditions,
        };
      }
      case 'deduction': {
        const rulesIn = scoring.rules;
        if (!Array.isArray(rulesIn) || rulesIn.length === 0) {
          bad(code, 'deduction needs a non-empty "rules" list');
          return undefined;
        }
        const rules: DeductionRule[] = rulesIn.map((r, i) => {
          const ok = isObj(r);
          if (!ok || typeof r.event !== 'string') bad(code, `rule ${i + 1}: needs a text "event"`);
          return {
            code: ok && typeof r.code === 'string' ? r.code : `e${i + 1}`,
            event: ok && typeof r.event === 'string' ? r.event : '',
            minus: num(ok ? r.minus : undefined, code, `rule ${i + 1} minus`),
          };
        });
        return {
          kind: 'deduction',
          start: scoring.start === undefined ? maxPoints : num(scoring.start, code, 'start'),
          floor: scoring.floor === undefined ? 0 : num(scoring.floor, code, 'floor'),
          rules,
        };
      }
      case 'survey_rate':
        return { kind: 'survey_rate', ...(typeof scoring.formula === 'string' ? { formula: scoring.formula } : {}) };
      case 'survey_likert': {
        const w = scoring.answer_weights;
        if (w !== undefined && !isObj(w)) bad(code, 'answer_weights must be an object');
        const weights: Record<string, number> = {};
        for (const [k, v] of Object.entries(isObj(w) ? w : LIKERT_DEFAULT)) weights[k] = num(v, code, `weight ${k}`);
        return { kind: 'survey_likert', weights };
      }
      default:
        bad(code, `unknown method ${JSON.stringify(methodName)}`);
        return undefined;
    }
  };

  const parseNode = (raw: unknown, path: string): FrameworkNode => {
    if (!isObj(raw)) {
      bad(path, 'node is not an object');
      return { code: path, name: '', maxPoints: 0, children: [], appliesTo: [] };
    }
    const code = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : path;
    if (code === path) bad(path, 'node has no "id"');
    const name = typeof raw.name_vi === 'string' ? raw.name_vi : '';
    if (!name) bad(code, 'node has no "name_vi"');
    const maxPoints = num(raw.max_points, code, 'max_points');
    const kidsRaw = raw.sub_criteria ?? raw.criteria;
    if (kidsRaw !== undefined && !Array.isArray(kidsRaw)) bad(code, 'criteria/sub_criteria must be a list');
    const kids = Array.isArray(kidsRaw) ? kidsRaw : [];
    const appliesRaw = raw.applies_to;
    if (appliesRaw !== undefined && !(Array.isArray(appliesRaw) && appliesRaw.every((x) => typeof x === 'string'))) {
      bad(code, 'applies_to must be a list of unit type codes');
    }
    const node: FrameworkNode = {
      code,
      name,
      maxPoints,
      children: kids.map((k, i) => parseNode(k, `${code}[${i}]`)),
      appliesTo: Array.isArray(appliesRaw) ? appliesRaw.filter((x): x is string => typeof x === 'string') : [],
    };
    if (typeof raw.name_en === 'string') node.nameEn = raw.name_en;
    if (typeof raw.evidence_vi === 'string') node.evidenceHint = raw.evidence_vi;
    if (typeof raw.sum_reason === 'string') node.sumReason = raw.sum_reason;
    if (kids.length === 0) {
      const src = typeof raw.score_source === 'string' ? SOURCE_MAP[raw.score_source] : undefined;
      if (!src) bad(code, `unknown score_source ${JSON.stringify(raw.score_source)}`);
      else node.scoreSource = src;
      const method = parseMethod(code, raw.method, raw.scoring, maxPoints);
      if (method) node.method = method;
    }
    return node;
  };

  const areasRaw = json.areas;
  if (!Array.isArray(areasRaw) || areasRaw.length === 0) bad('(root)', '"areas" must be a non-empty list');
  const areas = Array.isArray(areasRaw) ? areasRaw.map((a, i) => parseNode(a, `areas[${i}]`)) : [];

  // adjustments
  const adj = isObj(json.adjustments) ? json.adjustments : {};
  const cap = (k: 'bonus' | 'penalty'): number => {
    const a = adj[k];
    if (a === undefined) return 0;
    return isObj(a) ? num(a.max, `(adjustments.${k})`, 'max') : num(undefined, `(adjustments.${k})`, 'max');
  };

  // classification tiers
  let tiers: ClassificationTier[] = DEFAULT_TIERS.map((t) => ({ ...t }));
  const cls = isObj(json.classification) ? json.classification : undefined;
  if (cls && cls.tiers !== undefined) {
    if (!Array.isArray(cls.tiers)) bad('(classification)', 'tiers must be a list');
    else {
      tiers = cls.tiers.map((t, i) => {
        const o = isObj(t) ? t : {};
        const c = typeof o.code === 'string' ? o.code : `T${i + 1}`;
        if (typeof o.code !== 'string') bad('(classification)', `tier ${i + 1} has no code`);
        return {
          code: c,
          nameVi: typeof o.name_vi === 'string' ? o.name_vi : c,
          nameEn: typeof o.name_en === 'string' ? o.name_en : c,
          minPercent: num(o.min_percent, `(classification.${c})`, 'min_percent'),
        };
      });
    }
  }

  const scale = isObj(json.scale) ? json.scale : {};
  const framework: Framework = {
    name: typeof json.title_vi === 'string' ? json.title_vi : 'Bộ tiêu chí',
    areas,
    bonusCap: cap('bonus'),
    penaltyCap: cap('penalty'),
    tiers,
  };
  if (typeof scale.max_total === 'number') framework.maxTotal = scale.max_total;
  if (isObj(json.unit_types)) {
    framework.unitTypes = Object.fromEntries(
      Object.entries(json.unit_types).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }

  if (problems.length === 0 && isObj(scale.applicable_max)) {
    for (const [type, declared] of Object.entries(scale.applicable_max)) {
      const computed = applicableMax(framework, type);
      if (typeof declared !== 'number' || Math.abs(declared - computed) > 1e-9) {
        bad(
          '(scale.applicable_max)',
          `unit type "${type}": declared ${JSON.stringify(declared)}, leaves give ${computed}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new FrameworkFormatError(problems);
  return framework;
}
