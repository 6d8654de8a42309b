// The plan's assignment table imported from a spreadsheet (issue #10): the template's columns, and
// the rows checked all together — every problem with its row and column in Vietnamese, and no task
// at all unless every row is good (all-or-nothing).
import { normalizeText, textProblem } from '../text/input-text';
import { PLAN_TEXT_LIMITS } from './plan-edit';

/** The template's columns, in order (row 1 of the sheet). */
export const PLAN_IMPORT_COLUMNS = [
  { key: 'code', header: 'Mã' },
  { key: 'text', header: 'Nội dung nhiệm vụ' },
  { key: 'lead', header: 'Đơn vị chủ trì' },
  { key: 'coordinating', header: 'Đơn vị phối hợp' },
  { key: 'timePhrase', header: 'Thời gian thực hiện' },
  { key: 'product', header: 'Sản phẩm' },
] as const;

export type PlanImportColumn = (typeof PLAN_IMPORT_COLUMNS)[number]['key'];
export type PlanImportCells = Record<PlanImportColumn, string>;

/** At most this many task rows in one file. */
export const PLAN_IMPORT_MAX_ROWS = 500;

export interface PlanImportProblem {
  /** the sheet's row number (1 = the headers) */
  row: number;
  column: PlanImportColumn | null;
  code: string;
  message: string;
}

export interface PlanImportTask {
  row: number;
  areaCode: string;
  number: number;
  code: string;
  text: string;
  lead: string;
  coordinating: string;
  timePhrase: string;
  product: string;
  /** units named exactly in "Đơn vị chủ trì" / "Đơn vị phối hợp" (a group such as "Các cơ quan…" links none) */
  leadUnitIds: string[];
  coordinatingUnitIds: string[];
}

const fold = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/gu, ' ');

/** Whether row 1 holds the template's headers (case and spacing aside); the problem otherwise. */
export function checkPlanImportHeaders(headers: readonly string[]): PlanImportProblem | null {
  const wrong = PLAN_IMPORT_COLUMNS.findIndex((c, i) => fold(headers[i] ?? '') !== fold(c.header));
  if (wrong < 0) return null;
  const expected = PLAN_IMPORT_COLUMNS.map((c) => c.header).join(', ');
  return {
    row: 1,
    column: null,
    code: 'BAD_HEADERS',
    message: `Dòng tiêu đề không đúng mẫu: cần các cột ${expected}.`,
  };
}

/**
 * Checks the rows (row numbers as in the sheet) against the plan: codes "<area>.<number>" of an
 * existing area, not already in the plan nor twice in the file; texts present and within their
 * caps. Returns the tasks only when there is no problem.
 */
export function checkPlanImportRows(
  rows: ReadonlyArray<{ row: number; cells: PlanImportCells }>,
  plan: { areaCodes: ReadonlySet<string>; taskCodes: ReadonlySet<string>; unitIdsByName: ReadonlyMap<string, string> },
): { tasks: PlanImportTask[]; problems: PlanImportProblem[] } {
  const problems: PlanImportProblem[] = [];
  const tasks: PlanImportTask[] = [];
  if (rows.length === 0) {
    problems.push({ row: 2, column: null, code: 'EMPTY', message: 'Tệp không có dòng nhiệm vụ nào.' });
  }
  if (rows.length > PLAN_IMPORT_MAX_ROWS) {
    problems.push({
      row: 1,
      column: null,
      code: 'TOO_MANY_ROWS',
      message: `Tối đa ${PLAN_IMPORT_MAX_ROWS} nhiệm vụ mỗi tệp.`,
    });
  }
  const units = new Map([...plan.unitIdsByName].map(([name, id]) => [fold(name), id]));
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const at = (column: PlanImportColumn, code: string, message: string) =>
      problems.push({ row, column, code, message });
    const text = (column: PlanImportColumn, required: boolean, max: number) => {
      const raw = cells[column] ?? '';
      const p = textProblem(raw, { max, required });
      if (p) at(column, p.code, p.message);
      return normalizeText(raw);
    };
    const code = text('code', true, 20).toUpperCase();
    const m = /^([IVX]+)\.(\d{1,3})$/u.exec(code);
    if (code && !m) at('code', 'BAD_CODE', 'Mã phải có dạng <lĩnh vực>.<số>, ví dụ "II.3".');
    else if (m && !plan.areaCodes.has(m[1] ?? '')) at('code', 'UNKNOWN_AREA', `Kế hoạch không có lĩnh vực ${m[1]}.`);
    else if (m && plan.taskCodes.has(code)) at('code', 'CODE_TAKEN', `Mã ${code} đã có trong kế hoạch.`);
    else if (m && seen.has(code)) at('code', 'DUPLICATE', `Mã ${code} trùng với dòng ${seen.get(code)}.`);
    if (m) seen.set(code, seen.get(code) ?? row);
    const t = {
      text: text('text', true, PLAN_TEXT_LIMITS.text),
      lead: text('lead', true, PLAN_TEXT_LIMITS.label),
      coordinating: text('coordinating', false, PLAN_TEXT_LIMITS.label),
      timePhrase: text('timePhrase', true, PLAN_TEXT_LIMITS.timePhrase),
      product: text('product', false, PLAN_TEXT_LIMITS.label),
    };
    const named = (label: string) =>
      label
        .split(/[;,\n]/u)
        .map((s) => units.get(fold(s)))
        .filter((id): id is string => id !== undefined);
    const leadUnitIds = [...new Set(named(t.lead))];
    const coordinatingUnitIds = [...new Set(named(t.coordinating))].filter((id) => !leadUnitIds.includes(id));
    if (m)
      tasks.push({ row, areaCode: m[1] ?? '', number: Number(m[2]), code, ...t, leadUnitIds, coordinatingUnitIds });
  }
  return problems.length ? { tasks: [], problems } : { tasks, problems };
}
