// The framework editor's node form: the values a person types (numbers as text, Vietnamese commas
// allowed; a checklist as one item per line) ↔ the domain's ScoringMethod. An unchanged form gives
// back exactly the method it was opened on (settings the form does not show are kept), so renaming
// a leaf never looks like a change of its scoring. The checks are the domain's: the method's shape
// (scoringMethodSchema) and its fit with the leaf's maximum (validateMethod).
import {
  scoringMethodSchema,
  validateMethod,
  type RatioTier,
  type ScoringMethod,
  type ScoringMethodKind,
} from '@cchc/domain';

export const METHOD_KINDS: readonly ScoringMethodKind[] = [
  'binary',
  'checklist',
  'ratio',
  'ratio_tiered',
  'deadline',
  'deduction',
  'survey_rate',
  'survey_likert',
];

export const SCORE_SOURCES = ['SELF_THEN_APPRAISED', 'APPRAISED_ONLY', 'SURVEY'] as const;
export type DbScoreSource = (typeof SCORE_SOURCES)[number];

export interface TierValues {
  min: string;
  minInclusive: boolean;
  max: string;
  maxInclusive: boolean;
  pointsKind: 'fixed' | 'proportional';
  points: string;
}

export interface NodeFormValues {
  code: string;
  name: string;
  nameEn: string;
  maxPoints: string;
  appliesTo: string[];
  evidenceHint: string;
  sumReason: string;
  /** '' for a group */
  kind: ScoringMethodKind | '';
  scoreSource: DbScoreSource | '';
  noPoints: string;
  condition: string;
  items: string;
  /** percent */
  target: string;
  whenZero: string;
  tiers: TierValues[];
  late: string;
  missing: string;
  start: string;
  floor: string;
  rules: Array<{ code: string; event: string; minus: string }>;
  weights: Array<{ answer: string; weight: string }>;
}

/** "1,5" or "1.5" → 1.5; "" → null; anything else → NaN. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/** 1.5 → "1,5" (the form shows Vietnamese decimals). */
export function decimalText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

const percentText = (ratio: number | null) => (ratio === null ? '' : decimalText(ratio * 100));

export interface EditableNode {
  code: string;
  name: string;
  nameEn: string | null;
  maxPoints: number;
  appliesTo: readonly string[];
  evidenceHint: string | null;
  sumReason: string | null;
  scoreSource: DbScoreSource | null;
  methodConfig: unknown;
}

export function emptyNodeValues(): NodeFormValues {
  return {
    code: '',
    name: '',
    nameEn: '',
    maxPoints: '1',
    appliesTo: [],
    evidenceHint: '',
    sumReason: '',
    kind: 'binary',
    scoreSource: 'SELF_THEN_APPRAISED',
    noPoints: '0',
    condition: '',
    items: '',
    target: '100',
    whenZero: '',
    tiers: [],
    late: '0',
    missing: '0',
    start: '',
    floor: '0',
    rules: [],
    weights: [
      { answer: 'A', weight: '1' },
      { answer: 'B', weight: '0,6' },
      { answer: 'C', weight: '0,2' },
      { answer: 'D', weight: '0' },
    ],
  };
}

/** The stored method, if it has the domain's shape. */
export function methodOf(config: unknown): ScoringMethod | null {
  const parsed = scoringMethodSchema.safeParse(config);
  return parsed.success ? parsed.data : null;
}

/** The form's values for a node as it is. */
export function nodeFormValues(node: EditableNode): NodeFormValues {
  const v = emptyNodeValues();
  Object.assign(v, {
    code: node.code,
    name: node.name,
    nameEn: node.nameEn ?? '',
    maxPoints: decimalText(node.maxPoints),
    appliesTo: [...node.appliesTo],
    evidenceHint: node.evidenceHint ?? '',
    sumReason: node.sumReason ?? '',
    scoreSource: node.scoreSource ?? '',
  });
  const m = methodOf(node.methodConfig);
  v.kind = m?.kind ?? '';
  if (!m) return v;
  switch (m.kind) {
    case 'binary':
      v.noPoints = decimalText(m.noPoints);
      v.condition = m.condition ?? '';
      break;
    case 'checklist':
      v.items = m.items.join('\n');
      break;
    case 'ratio':
      v.target = percentText(m.target);
      v.whenZero = decimalText(m.whenDenominatorZero);
      break;
    case 'ratio_tiered':
      v.whenZero = decimalText(m.whenDenominatorZero);
      v.tiers = m.tiers.map((t) => ({
        min: percentText(t.min),
        minInclusive: t.minInclusive,
        max: percentText(t.max),
        maxInclusive: t.maxInclusive,
        pointsKind: t.points.kind,
        points: decimalText(t.points.kind === 'fixed' ? t.points.points : t.points.factor),
      }));
      break;
    case 'deadline':
      v.late = decimalText(m.points.late);
      v.missing = decimalText(m.points.missing);
      break;
    case 'deduction':
      v.start = decimalText(m.start);
      v.floor = decimalText(m.floor);
      v.rules = m.rules.map((r) => ({ code: r.code, event: r.event, minus: decimalText(r.minus) }));
      break;
    case 'survey_likert':
      v.weights = Object.entries(m.weights).map(([answer, weight]) => ({ answer, weight: decimalText(weight) }));
      break;
    case 'survey_rate':
      break;
  }
  return v;
}

const num = (text: string, fallback = Number.NaN) => parseDecimal(text) ?? fallback;
const ratioOf = (text: string) => {
  const p = parseDecimal(text);
  return p === null ? null : p / 100;
};

/**
 * The method the form describes, over the one it was opened on when the kind is the same (so
 * settings the form does not show, such as texts of conditions or formulas, are kept).
 */
export function methodFromForm(v: NodeFormValues, original: unknown): ScoringMethod | null {
  if (v.kind === '') return null;
  const maxPoints = num(v.maxPoints);
  const before = methodOf(original);
  const same = before?.kind === v.kind ? before : null;
  switch (v.kind) {
    case 'binary':
      return {
        kind: 'binary',
        yesPoints: maxPoints,
        noPoints: num(v.noPoints, 0),
        ...(v.condition.trim() ? { condition: v.condition.trim() } : {}),
      };
    case 'checklist': {
      const items = v.items
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      const prev = same as Extract<ScoringMethod, { kind: 'checklist' }> | null;
      const perItem = items.length > 0 ? Math.round((maxPoints / items.length) * 1e6) / 1e6 : undefined;
      // points per item, when the original had them: follow the new maximum and number of items
      return {
        kind: 'checklist',
        items,
        ...(prev?.pointsPerItem !== undefined && perItem !== undefined
          ? {
              pointsPerItem:
                prev.items.length === items.length && prev.pointsPerItem * items.length === maxPoints
                  ? prev.pointsPerItem
                  : perItem,
            }
          : {}),
      };
    }
    case 'ratio':
      return {
        ...(same as Extract<ScoringMethod, { kind: 'ratio' }> | null),
        kind: 'ratio',
        target: ratioOf(v.target) ?? 1,
        whenDenominatorZero: parseDecimal(v.whenZero),
      };
    case 'ratio_tiered': {
      const prev = same as Extract<ScoringMethod, { kind: 'ratio_tiered' }> | null;
      return {
        ...prev,
        kind: 'ratio_tiered',
        whenDenominatorZero: parseDecimal(v.whenZero),
        tiers: v.tiers.map((t, i): RatioTier => {
          const old = prev?.tiers[i];
          const tier: RatioTier = {
            min: ratioOf(t.min),
            minInclusive: t.minInclusive,
            max: ratioOf(t.max),
            maxInclusive: t.maxInclusive,
            points:
              t.pointsKind === 'fixed'
                ? { kind: 'fixed', points: num(t.points) }
                : { kind: 'proportional', factor: num(t.points) },
          };
          const unchanged =
            old &&
            old.min === tier.min &&
            old.max === tier.max &&
            old.minInclusive === tier.minInclusive &&
            old.maxInclusive === tier.maxInclusive;
          return unchanged && old.conditionText ? { ...tier, conditionText: old.conditionText } : tier;
        }),
      };
    }
    case 'deadline':
      return {
        ...(same as Extract<ScoringMethod, { kind: 'deadline' }> | null),
        kind: 'deadline',
        points: { on_time: maxPoints, late: num(v.late, 0), missing: num(v.missing, 0) },
      };
    case 'deduction':
      return {
        kind: 'deduction',
        start: parseDecimal(v.start) ?? maxPoints,
        floor: num(v.floor, 0),
        rules: v.rules.map((r, i) => ({
          code: r.code.trim() || `e${i + 1}`,
          event: r.event.trim(),
          minus: num(r.minus),
        })),
      };
    case 'survey_rate':
      return { ...(same as Extract<ScoringMethod, { kind: 'survey_rate' }> | null), kind: 'survey_rate' };
    case 'survey_likert':
      return {
        kind: 'survey_likert',
        weights: Object.fromEntries(
          v.weights.filter((w) => w.answer.trim()).map((w) => [w.answer.trim(), num(w.weight)]),
        ),
      };
  }
}

export interface NodeFormProblem {
  field: keyof NodeFormValues | 'method';
  message: string;
}

/** The form's own checks before sending: points, names, and the domain's checks of the method. */
export function nodeFormProblems(v: NodeFormValues, original: unknown, isGroup: boolean): NodeFormProblem[] {
  const out: NodeFormProblem[] = [];
  if (!v.name.trim()) out.push({ field: 'name', message: 'Không được để trống.' });
  const max = parseDecimal(v.maxPoints);
  if (max === null || Number.isNaN(max) || max < 0) {
    out.push({ field: 'maxPoints', message: 'Điểm tối đa phải là số không âm.' });
    return out;
  }
  if (isGroup) return out;
  if (v.kind === '') {
    out.push({ field: 'kind', message: 'Chọn cách chấm điểm.' });
    return out;
  }
  if (v.scoreSource === '') out.push({ field: 'scoreSource', message: 'Chọn nguồn điểm.' });
  const method = methodFromForm(v, original);
  if (!method) return out;
  const shape = scoringMethodSchema.safeParse(method);
  if (!shape.success) {
    out.push({ field: 'method', message: 'Có giá trị không phải là số trong cách chấm điểm.' });
    return out;
  }
  for (const p of validateMethod(shape.data, max)) out.push({ field: 'method', message: p.messageVi });
  const survey = v.kind === 'survey_rate' || v.kind === 'survey_likert';
  if (v.scoreSource !== '' && survey !== (v.scoreSource === 'SURVEY'))
    out.push({
      field: 'scoreSource',
      message: 'Nguồn điểm "khảo sát" đi cùng cách chấm theo khảo sát, và chỉ với chúng.',
    });
  return out;
}
