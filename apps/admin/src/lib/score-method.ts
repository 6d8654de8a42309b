/**
 * A leaf's score as a form holds it: the method's raw inputs (yes/no, checklist items,
 * numerator/denominator, a deadline status, deduction counts) typed as text, and how they become the
 * `inputs` of saveScoreEntry (the domain's MethodInput, checked by the domain's `methodInputSchema`
 * on the server and here). The points are never computed here: the server's points are shown.
 */
import type {
  FrameworkNode as DomainLeaf,
  MethodInput,
  ScoreSource,
  ScoringMethod as MethodConfig,
} from '@cchc/domain';

/** The API's ScoringMethod enum. */
export type MethodName =
  | 'BINARY'
  | 'CHECKLIST'
  | 'RATIO'
  | 'RATIO_TIERED'
  | 'DEADLINE'
  | 'DEDUCTION'
  | 'SURVEY_RATE'
  | 'SURVEY_LIKERT';

/** The API's ScoreSource enum. */
export type ScoreSourceName = 'SELF_THEN_APPRAISED' | 'APPRAISED_ONLY' | 'SURVEY';

/** A framework leaf as the score pages read it (FrameworkNode). */
export interface LeafInfo {
  code: string;
  name: string;
  maxPoints: number;
  method: MethodName | null;
  scoreSource: ScoreSourceName | null;
  appliesTo: readonly string[];
  evidenceHint?: string | null;
  /** The leaf's scoring rule (the domain's ScoringMethod), as the API gives it. */
  methodConfig?: unknown;
}

const KIND: Record<MethodName, MethodConfig['kind']> = {
  BINARY: 'binary',
  CHECKLIST: 'checklist',
  RATIO: 'ratio',
  RATIO_TIERED: 'ratio_tiered',
  DEADLINE: 'deadline',
  DEDUCTION: 'deduction',
  SURVEY_RATE: 'survey_rate',
  SURVEY_LIKERT: 'survey_likert',
};

const SOURCE: Record<ScoreSourceName, ScoreSource> = {
  SELF_THEN_APPRAISED: 'self_then_appraised',
  APPRAISED_ONLY: 'appraised_only',
  SURVEY: 'survey',
};

/** The leaf's scoring rule when the API gave one of the leaf's own method; else null. */
export function methodConfigOf(leaf: Pick<LeafInfo, 'method' | 'methodConfig'>): MethodConfig | null {
  const config = leaf.methodConfig;
  if (!leaf.method || typeof config !== 'object' || config === null) return null;
  const kind = (config as { kind?: unknown }).kind;
  if (kind !== KIND[leaf.method]) return null;
  if (kind === 'checklist' && !Array.isArray((config as { items?: unknown }).items)) return null;
  if (kind === 'deduction' && !Array.isArray((config as { rules?: unknown }).rules)) return null;
  return config as MethodConfig;
}

/** The leaf as the domain's node (for the domain's entry rules). */
export function domainLeaf(leaf: LeafInfo): DomainLeaf {
  const method = methodConfigOf(leaf);
  return {
    code: leaf.code,
    name: leaf.name,
    maxPoints: leaf.maxPoints,
    children: [],
    appliesTo: [...leaf.appliesTo],
    ...(method ? { method } : {}),
    ...(leaf.scoreSource ? { scoreSource: SOURCE[leaf.scoreSource] } : {}),
  };
}

/** Whether the unit scores the leaf itself (survey and appraised-only leaves are not self-scored). */
export function isSelfScored(leaf: Pick<LeafInfo, 'scoreSource' | 'method'>): boolean {
  return (
    (leaf.scoreSource ?? 'SELF_THEN_APPRAISED') === 'SELF_THEN_APPRAISED' &&
    leaf.method !== 'SURVEY_RATE' &&
    leaf.method !== 'SURVEY_LIKERT'
  );
}

/** Whether the leaf applies to a unit type (empty = all). */
export function appliesToType(leaf: Pick<LeafInfo, 'appliesTo'>, typeCode: string): boolean {
  return leaf.appliesTo.length === 0 || leaf.appliesTo.includes(typeCode);
}

/**
 * The input a leaf's form shows: its method's own inputs, or the points themselves when the method's
 * inputs cannot be typed here (survey leaves; a checklist or deduction leaf without its rule).
 */
export type InputMode = 'binary' | 'checklist' | 'ratio' | 'deadline' | 'deduction' | 'points';

export function inputMode(leaf: Pick<LeafInfo, 'method' | 'methodConfig'>): InputMode {
  const config = methodConfigOf(leaf);
  switch (leaf.method) {
    case 'BINARY':
      return 'binary';
    case 'RATIO':
    case 'RATIO_TIERED':
      return 'ratio';
    case 'DEADLINE':
      return 'deadline';
    case 'CHECKLIST':
      return config?.kind === 'checklist' ? 'checklist' : 'points';
    case 'DEDUCTION':
      return config?.kind === 'deduction' ? 'deduction' : 'points';
    default:
      return 'points';
  }
}

export const DEADLINE_STATUSES = ['on_time', 'late', 'missing'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** The method's inputs as typed (text, so a half-typed number stays as typed). */
export interface MethodValues {
  met: '' | 'yes' | 'no';
  items: boolean[];
  numerator: string;
  denominator: string;
  status: '' | DeadlineStatus;
  /** occurrences per deduction rule, in the rule's order */
  occurrences: string[];
}

/** Checklist items and deduction rules of a leaf (empty without its rule). */
export function checklistItems(leaf: Pick<LeafInfo, 'method' | 'methodConfig'>): string[] {
  const config = methodConfigOf(leaf);
  return config?.kind === 'checklist' ? config.items : [];
}

export function deductionRules(
  leaf: Pick<LeafInfo, 'method' | 'methodConfig'>,
): { code: string; event: string; minus: number }[] {
  const config = methodConfigOf(leaf);
  return config?.kind === 'deduction' ? config.rules : [];
}

export function emptyMethodValues(leaf: Pick<LeafInfo, 'method' | 'methodConfig'>): MethodValues {
  return {
    met: '',
    items: checklistItems(leaf).map(() => false),
    numerator: '',
    denominator: '',
    status: '',
    occurrences: deductionRules(leaf).map(() => ''),
  };
}

/** "12,5" / "12.5" / "1.250" (vi thousands) / "1 250" → a number; null when it is not one. */
export function parseNumberVi(text: string): number | null {
  let s = text.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function numberText(n: unknown): string {
  return typeof n === 'number' && Number.isFinite(n) ? String(n).replace('.', ',') : '';
}

/** The stored inputs of an entry (inputsJson) → the form's values; what does not fit is left empty. */
export function methodValuesFrom(leaf: Pick<LeafInfo, 'method' | 'methodConfig'>, inputs: unknown): MethodValues {
  const values = emptyMethodValues(leaf);
  if (typeof inputs !== 'object' || inputs === null) return values;
  const i = inputs as Record<string, unknown>;
  switch (i.kind) {
    case 'binary':
      values.met = i.met === true ? 'yes' : i.met === false ? 'no' : '';
      break;
    case 'checklist':
      if (Array.isArray(i.met) && i.met.length === values.items.length) values.items = i.met.map(Boolean);
      else if (typeof i.met === 'number') values.items = values.items.map((_, k) => k < (i.met as number));
      break;
    case 'ratio':
    case 'ratio_tiered':
      values.numerator = numberText(i.numerator);
      values.denominator = numberText(i.denominator);
      break;
    case 'deadline':
      values.status = (DEADLINE_STATUSES as readonly unknown[]).includes(i.status) ? (i.status as DeadlineStatus) : '';
      break;
    case 'deduction': {
      const occurrences = (i.occurrences ?? {}) as Record<string, unknown>;
      values.occurrences = deductionRules(leaf).map((rule) => numberText(occurrences[rule.code]));
      break;
    }
  }
  return values;
}

/** A problem with the typed inputs, under the form's `inputs`. */
export interface InputsProblem {
  field: 'inputs';
  code: string;
  message: string;
}

/**
 * The typed inputs → the method's inputs (MethodInput) for the leaf, or the problem that stops it.
 * `null` inputs for the points mode (the points field carries the value).
 */
export function methodInputOf(
  leaf: Pick<LeafInfo, 'method' | 'methodConfig'>,
  values: MethodValues,
): { inputs: MethodInput | null; problem: InputsProblem | null } {
  const none = { inputs: null, problem: null };
  const problem = (code: string, message: string) => ({
    inputs: null,
    problem: { field: 'inputs' as const, code, message },
  });
  switch (inputMode(leaf)) {
    case 'binary':
      if (values.met === '') return problem('CHOOSE_MET', 'Chọn "Đạt" hoặc "Không đạt".');
      return { inputs: { kind: 'binary', met: values.met === 'yes' }, problem: null };
    case 'checklist':
      return { inputs: { kind: 'checklist', met: [...values.items] }, problem: null };
    case 'ratio': {
      const numerator = parseNumberVi(values.numerator);
      const denominator = parseNumberVi(values.denominator);
      if (values.numerator.trim() === '' || values.denominator.trim() === '')
        return problem('RATIO_REQUIRED', 'Cần nhập cả tử số và mẫu số.');
      if (numerator === null || denominator === null)
        return problem('INVALID_NUMBER', 'Nhập số không âm (ví dụ 12 hoặc 12,5).');
      const kind = leaf.method === 'RATIO_TIERED' ? 'ratio_tiered' : 'ratio';
      return { inputs: { kind, numerator, denominator }, problem: null };
    }
    case 'deadline':
      if (values.status === '') return problem('CHOOSE_STATUS', 'Chọn tình trạng thực hiện.');
      return { inputs: { kind: 'deadline', status: values.status }, problem: null };
    case 'deduction': {
      const occurrences: Record<string, number> = {};
      const rules = deductionRules(leaf);
      for (const [k, rule] of rules.entries()) {
        const typed = values.occurrences[k] ?? '';
        if (typed.trim() === '') continue;
        const n = parseNumberVi(typed);
        if (n === null || !Number.isInteger(n)) return problem('INVALID_COUNT', 'Số lần phải là số nguyên không âm.');
        if (n > 0) occurrences[rule.code] = n;
      }
      return { inputs: { kind: 'deduction', occurrences }, problem: null };
    }
    default:
      return none;
  }
}
