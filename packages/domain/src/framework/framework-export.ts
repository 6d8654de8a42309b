// The framework's own JSON file: what "Tải xuống JSON" writes and the import reads back. Versioned
// (`format`, `formatVersion`) so a later shape can still read today's files. Reading is
// all-or-nothing: every problem is listed with where it is in the file ("areas[1].children[0].maxPoints")
// and the node's code, in Vietnamese, and then the whole framework is checked by validateFramework.
import { z } from 'zod';
import type { InputProblem } from '../text/input-problems';
import { optionalText, requiredText } from '../text/input-text';
import { DEFAULT_TIERS } from './default-tiers';
import { FRAMEWORK_TEXT_LIMITS, maxPointsSchema, nodeCodeSchema, scoreSourceSchema } from './framework-node-input';
import { scoringMethodSchema } from './scoring-method-schema';
import type { ClassificationTier, Framework, FrameworkNode, ScoreSource, ScoringMethod } from './types';
import { validateFramework } from './validate-framework';

export const FRAMEWORK_FILE_FORMAT = 'cchc-framework';
export const FRAMEWORK_FORMAT_VERSION = 1;
/** Levels below the root: area → criterion → sub-criterion → one more. */
export const FRAMEWORK_MAX_DEPTH = 4;
/** At most this many problems are listed; the last line says how many more there are. */
export const MAX_LISTED_PROBLEMS = 50;

export interface FrameworkFileNode {
  code: string;
  name: string;
  nameEn?: string;
  maxPoints: number;
  appliesTo: string[];
  evidenceHint?: string;
  sumReason?: string;
  scoreSource?: ScoreSource;
  method?: ScoringMethod;
  children: FrameworkFileNode[];
}

export interface FrameworkFile {
  format: typeof FRAMEWORK_FILE_FORMAT;
  formatVersion: typeof FRAMEWORK_FORMAT_VERSION;
  name: string;
  bonusCap: number;
  penaltyCap: number;
  tiers: ClassificationTier[];
  unitTypes?: Record<string, string>;
  areas: FrameworkFileNode[];
}

function fileNode(n: FrameworkNode): FrameworkFileNode {
  return {
    code: n.code,
    name: n.name,
    ...(n.nameEn ? { nameEn: n.nameEn } : {}),
    maxPoints: n.maxPoints,
    appliesTo: [...n.appliesTo],
    ...(n.evidenceHint ? { evidenceHint: n.evidenceHint } : {}),
    ...(n.sumReason ? { sumReason: n.sumReason } : {}),
    ...(n.children.length === 0 && n.scoreSource ? { scoreSource: n.scoreSource } : {}),
    ...(n.children.length === 0 && n.method ? { method: structuredClone(n.method) } : {}),
    children: n.children.map(fileNode),
  };
}

/** The file's content for a framework (no date or id in it: the same framework gives the same file). */
export function frameworkToFile(f: Framework): FrameworkFile {
  return {
    format: FRAMEWORK_FILE_FORMAT,
    formatVersion: FRAMEWORK_FORMAT_VERSION,
    name: f.name,
    bonusCap: f.bonusCap,
    penaltyCap: f.penaltyCap,
    tiers: f.tiers.map((t) => ({ ...t })),
    ...(f.unitTypes ? { unitTypes: { ...f.unitTypes } } : {}),
    areas: f.areas.map(fileNode),
  };
}

/** The file as text, indented. */
export function frameworkFileJson(f: Framework): string {
  return `${JSON.stringify(frameworkToFile(f), null, 2)}\n`;
}

interface ParsedNode {
  code: string;
  name: string;
  nameEn: string | null;
  maxPoints: number;
  appliesTo: string[];
  evidenceHint: string | null;
  sumReason: string | null;
  scoreSource?: ScoreSource | undefined;
  method?: ScoringMethod | undefined;
  children: ParsedNode[];
}

const nodeSchema: z.ZodType<ParsedNode> = z.lazy(() =>
  z.object({
    code: nodeCodeSchema,
    name: requiredText(FRAMEWORK_TEXT_LIMITS.name),
    nameEn: optionalText(FRAMEWORK_TEXT_LIMITS.name),
    maxPoints: maxPointsSchema,
    appliesTo: z.array(z.string().min(1).max(FRAMEWORK_TEXT_LIMITS.unitTypeCode)).max(50).default([]),
    evidenceHint: optionalText(FRAMEWORK_TEXT_LIMITS.evidenceHint),
    sumReason: optionalText(FRAMEWORK_TEXT_LIMITS.sumReason),
    scoreSource: scoreSourceSchema.optional(),
    method: scoringMethodSchema.optional(),
    children: z.array(nodeSchema).max(200).default([]),
  }),
);

const tierSchema = z.object({
  code: z.string().min(1).max(20),
  nameVi: requiredText(100),
  nameEn: requiredText(100),
  minPercent: z.number().min(0).max(100),
});

const fileSchema = z.object({
  format: z.literal(FRAMEWORK_FILE_FORMAT),
  formatVersion: z.literal(FRAMEWORK_FORMAT_VERSION),
  name: requiredText(FRAMEWORK_TEXT_LIMITS.name),
  bonusCap: z.number().min(0).max(100).default(0),
  penaltyCap: z.number().min(0).max(100).default(0),
  tiers: z.array(tierSchema).min(1).max(20).default(DEFAULT_TIERS),
  unitTypes: z.record(z.string().max(FRAMEWORK_TEXT_LIMITS.unitTypeCode), z.string().max(200)).optional(),
  areas: z.array(nodeSchema).min(1).max(100),
});

function toNode(n: ParsedNode): FrameworkNode {
  return {
    code: n.code,
    name: n.name,
    maxPoints: n.maxPoints,
    appliesTo: [...new Set(n.appliesTo)],
    children: n.children.map(toNode),
    ...(n.nameEn ? { nameEn: n.nameEn } : {}),
    ...(n.evidenceHint ? { evidenceHint: n.evidenceHint } : {}),
    ...(n.sumReason ? { sumReason: n.sumReason } : {}),
    ...(n.scoreSource ? { scoreSource: n.scoreSource } : {}),
    ...(n.method ? { method: n.method } : {}),
  };
}

/** ["areas", 1, "children", 0, "maxPoints"] → "areas[1].children[0].maxPoints". */
export function filePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The code of the nearest node on a path through the raw file, if it has one. */
function nodeCodeOnPath(raw: unknown, path: ReadonlyArray<PropertyKey>): string | null {
  let at: unknown = raw;
  let code: string | null = null;
  for (const part of path) {
    if (at === null || typeof at !== 'object') break;
    at = (at as Record<PropertyKey, unknown>)[part as string];
    if (at && typeof at === 'object' && !Array.isArray(at)) {
      const c = (at as Record<string, unknown>).code;
      if (typeof c === 'string' && c.length <= FRAMEWORK_TEXT_LIMITS.code) code = c;
    }
  }
  return code;
}

const TYPE_VI: Record<string, string> = {
  number: 'một số',
  string: 'một chuỗi văn bản',
  array: 'một danh sách',
  object: 'một đối tượng',
  boolean: 'true hoặc false',
};

/** One zod issue in Vietnamese (our own refinements already are). */
function issueVi(issue: z.core.$ZodIssue): string {
  const params = 'params' in issue ? (issue.params as { code?: string } | undefined) : undefined;
  if (params?.code) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'bị thiếu.';
      return `phải là ${TYPE_VI[issue.expected] ?? issue.expected}.`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${String(issue.maximum)} ký tự.`;
      if (issue.origin === 'array') return `có nhiều nhất ${String(issue.maximum)} phần tử.`;
      return `không được lớn hơn ${String(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống.';
      if (issue.origin === 'array') return `cần ít nhất ${String(issue.minimum)} phần tử.`;
      return `không được nhỏ hơn ${String(issue.minimum)}.`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union':
      return 'không đúng dạng của một cách chấm điểm (binary, checklist, ratio, ratio_tiered, deadline, deduction, survey_rate, survey_likert).';
    default:
      return 'giá trị không hợp lệ.';
  }
}

function capped(problems: InputProblem[]): InputProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    {
      field: '',
      code: 'MORE_PROBLEMS',
      message: `Còn ${problems.length - MAX_LISTED_PROBLEMS} vấn đề khác chưa liệt kê.`,
    },
  ];
}

export type FrameworkFileResult = { ok: true; framework: Framework } | { ok: false; problems: InputProblem[] };

/** Paths of every node of a framework by code, as the file has them. */
function nodePaths(f: Framework): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (list: FrameworkNode[], prefix: string): void => {
    for (const [i, n] of list.entries()) {
      const path = `${prefix}[${i}]`;
      if (!out.has(n.code)) out.set(n.code, path);
      walk(n.children, `${path}.children`);
    }
  };
  walk(f.areas, 'areas');
  return out;
}

/**
 * Reads a framework file (its text, or the parsed JSON): every problem of shape, then of depth, then
 * the domain's checks of the whole framework; a framework only when there are none.
 */
export function frameworkFromFile(input: unknown): FrameworkFileResult {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return {
        ok: false,
        problems: [{ field: '', code: 'INVALID_JSON', message: 'Tệp không phải JSON hợp lệ.' }],
      };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        { field: '', code: 'NOT_A_FRAMEWORK', message: 'Tệp không phải bộ tiêu chí (cần một đối tượng JSON).' },
      ],
    };
  }
  const head = raw as Record<string, unknown>;
  if (head.format !== FRAMEWORK_FILE_FORMAT) {
    return {
      ok: false,
      problems: [
        {
          field: 'format',
          code: 'NOT_A_FRAMEWORK',
          message: `Tệp không phải bộ tiêu chí xuất từ hệ thống (cần "format": "${FRAMEWORK_FILE_FORMAT}").`,
        },
      ],
    };
  }
  if (head.formatVersion !== FRAMEWORK_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          field: 'formatVersion',
          code: 'UNSUPPORTED_FORMAT_VERSION',
          message: `Phiên bản định dạng ${JSON.stringify(head.formatVersion ?? null)} chưa được hỗ trợ (hỗ trợ: ${FRAMEWORK_FORMAT_VERSION}).`,
        },
      ],
    };
  }

  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: capped(
        parsed.error.issues.map((issue) => {
          const code = nodeCodeOnPath(raw, issue.path);
          const where = filePath(issue.path);
          const params = 'params' in issue ? (issue.params as { code?: string } | undefined) : undefined;
          return {
            field: where,
            code: params?.code ?? 'INVALID_VALUE',
            message: `${code ? `Tiêu chí ${code}, ` : ''}${where || 'tệp'}: ${issueVi(issue)}`,
          };
        }),
      ),
    };
  }

  const file = parsed.data;
  const framework: Framework = {
    name: file.name,
    bonusCap: file.bonusCap,
    penaltyCap: file.penaltyCap,
    tiers: file.tiers,
    areas: file.areas.map(toNode),
    ...(file.unitTypes ? { unitTypes: file.unitTypes } : {}),
  };

  const problems: InputProblem[] = [];
  const paths = nodePaths(framework);
  const tooDeep = (list: FrameworkNode[], depth: number): void => {
    for (const n of list) {
      if (depth >= FRAMEWORK_MAX_DEPTH)
        problems.push({
          field: paths.get(n.code) ?? '',
          code: 'TOO_DEEP',
          message: `Tiêu chí ${n.code}: bộ tiêu chí có nhiều nhất ${FRAMEWORK_MAX_DEPTH} cấp.`,
        });
      else tooDeep(n.children, depth + 1);
    }
  };
  tooDeep(framework.areas, 0);

  for (const p of validateFramework(framework).problems) {
    const field = p.code === '(framework)' ? '' : p.code === '(tiers)' ? 'tiers' : (paths.get(p.code) ?? '');
    const who = p.code === '(framework)' || p.code === '(tiers)' ? '' : `Tiêu chí ${p.code}: `;
    problems.push({ field, code: 'FRAMEWORK_INVALID', message: `${who}${p.messageVi}` });
  }
  if (problems.length > 0) return { ok: false, problems: capped(problems) };
  return { ok: true, framework };
}
