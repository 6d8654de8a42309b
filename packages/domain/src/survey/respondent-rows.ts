// Rows of a citizen survey file (one respondent a row), read into answers or refused row by row.
//
// The file's first non-blank row is the header: "Mã đơn vị", the five aspects (their Vietnamese
// names, "(1-5)" may follow; the aspect codes are accepted too), then optionally "Giới tính" and
// "Nhóm tuổi"; headers match without regard to case, spacing or diacritics. Each row: the unit code
// must be a unit of the year; each aspect 1–5 or empty (not answered); at least one aspect answered;
// gender Nam / Nữ / Khác or empty; age group one of AGE_GROUPS or empty. The import is all or
// nothing: any problem and nothing is saved, every problem listed with its row number.
//
// Duplicates: the same normalised row (unit, answers, gender, age group) twice in the file, or a row
// already imported into the round, is reported with its row numbers, never dropped silently. The
// caller hashes `respondentKey` into the stored fingerprint and passes the round's existing ones.
import { CITIZEN_ASPECTS, type CitizenAspectCode } from './survey-aspects';

export const SURVEY_MAX_ROWS = 10_000;

export const GENDERS = ['Nam', 'Nữ', 'Khác'] as const;
export const AGE_GROUPS = ['Dưới 30', '30-45', '46-60', 'Trên 60'] as const;

export const SURVEY_COLUMNS = {
  unit: 'Mã đơn vị',
  gender: 'Giới tính',
  ageGroup: 'Nhóm tuổi',
} as const;

/** The template's header row. */
export const SURVEY_TEMPLATE_HEADER: readonly string[] = [
  SURVEY_COLUMNS.unit,
  ...CITIZEN_ASPECTS.map((a) => `${a.nameVi} (1-5)`),
  SURVEY_COLUMNS.gender,
  SURVEY_COLUMNS.ageGroup,
];

/** Lower case, no diacritics, no spaces, dashes unified: how headers and choices are compared. */
export function foldCell(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, '');
}

export interface SurveyRowProblem {
  /** the row in the file (1-based; the header is a row too); 0 for the file as a whole */
  row: number;
  /** the column's header, when the problem is one cell */
  column: string | null;
  code:
    | 'EMPTY_FILE'
    | 'MISSING_COLUMN'
    | 'TOO_MANY_ROWS'
    | 'UNKNOWN_UNIT'
    | 'INVALID_LEVEL'
    | 'NO_ANSWER'
    | 'INVALID_GENDER'
    | 'INVALID_AGE_GROUP'
    | 'DUPLICATE_IN_FILE'
    | 'ALREADY_IMPORTED'
    /** the unit's counts in the round were typed by hand (the import would replace them) */
    | 'UNIT_HAS_COUNTS'
    | 'UNREADABLE_FILE';
  message: string;
}

export interface SurveyRespondentRow {
  row: number;
  unitId: string;
  unitCode: string;
  answers: Partial<Record<CitizenAspectCode, number>>;
  gender: (typeof GENDERS)[number] | null;
  ageGroup: (typeof AGE_GROUPS)[number] | null;
  /** the normalised row: equal keys are duplicates */
  key: string;
}

export interface SheetRow {
  row: number;
  cells: ReadonlyArray<string | number | null | undefined>;
}

const cellText = (v: string | number | null | undefined) => (v == null ? '' : String(v).normalize('NFC').trim());

type ColumnMap = { unit: number; aspects: Record<CitizenAspectCode, number>; gender: number; ageGroup: number };

function mapHeader(header: SheetRow): { map: ColumnMap } | { problems: SurveyRowProblem[] } {
  const folded = header.cells.map((c) => foldCell(cellText(c)).replace(/\(1-5\)$/, ''));
  const find = (...names: string[]) => folded.findIndex((h) => names.some((n) => h === foldCell(n)));
  const problems: SurveyRowProblem[] = [];
  const unit = find(SURVEY_COLUMNS.unit, 'ma don vi', 'unit', 'unitcode');
  if (unit < 0) {
    problems.push({
      row: header.row,
      column: SURVEY_COLUMNS.unit,
      code: 'MISSING_COLUMN',
      message: `Thiếu cột "${SURVEY_COLUMNS.unit}" ở dòng tiêu đề.`,
    });
  }
  const aspects = {} as Record<CitizenAspectCode, number>;
  for (const a of CITIZEN_ASPECTS) {
    const i = find(a.nameVi, a.code);
    if (i < 0) {
      problems.push({
        row: header.row,
        column: a.nameVi,
        code: 'MISSING_COLUMN',
        message: `Thiếu cột "${a.nameVi}" ở dòng tiêu đề.`,
      });
    }
    aspects[a.code] = i;
  }
  if (problems.length) return { problems };
  return { map: { unit, aspects, gender: find(SURVEY_COLUMNS.gender), ageGroup: find(SURVEY_COLUMNS.ageGroup) } };
}

/** The normalised row: unit code, answers in aspect order ("-" unanswered), gender, age group. */
export function respondentKey(r: Pick<SurveyRespondentRow, 'unitCode' | 'answers' | 'gender' | 'ageGroup'>): string {
  return [
    foldCell(r.unitCode),
    CITIZEN_ASPECTS.map((a) => r.answers[a.code] ?? '-').join(''),
    r.gender ?? '',
    r.ageGroup ?? '',
  ].join('|');
}

/**
 * Reads a survey sheet (header first). `units` maps a unit code (any case) to the unit's id, for the
 * units of the year. Returns the respondents, or every problem (nothing is imported then).
 */
export function readSurveyRows(
  rows: readonly SheetRow[],
  units: ReadonlyMap<string, string>,
): { ok: true; respondents: SurveyRespondentRow[] } | { ok: false; problems: SurveyRowProblem[] } {
  const nonBlank = rows.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const [header, ...body] = nonBlank;
  if (!header || body.length === 0) {
    return {
      ok: false,
      problems: [{ row: 0, column: null, code: 'EMPTY_FILE', message: 'Tệp không có dòng phiếu khảo sát nào.' }],
    };
  }
  if (body.length > SURVEY_MAX_ROWS) {
    return {
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          code: 'TOO_MANY_ROWS',
          message: `Tệp có ${body.length} dòng, vượt quá ${SURVEY_MAX_ROWS} dòng mỗi lần nhập.`,
        },
      ],
    };
  }
  const mapped = mapHeader(header);
  if ('problems' in mapped) return { ok: false, problems: mapped.problems };
  const { map } = mapped;
  const unitIds = new Map([...units].map(([code, id]) => [foldCell(code), id]));
  const genders = new Map(GENDERS.map((g) => [foldCell(g), g]));
  const ages = new Map(AGE_GROUPS.map((g) => [foldCell(g), g]));
  const problems: SurveyRowProblem[] = [];
  const respondents: SurveyRespondentRow[] = [];
  for (const r of body) {
    const at = (i: number) => (i < 0 ? '' : cellText(r.cells[i]));
    const rowProblems: SurveyRowProblem[] = [];
    const unitCode = at(map.unit);
    const unitId = unitIds.get(foldCell(unitCode));
    if (!unitId) {
      rowProblems.push({
        row: r.row,
        column: SURVEY_COLUMNS.unit,
        code: 'UNKNOWN_UNIT',
        message: unitCode
          ? `Dòng ${r.row}: mã đơn vị "${unitCode.slice(0, 40)}" không có trong danh sách đơn vị của năm.`
          : `Dòng ${r.row}: thiếu mã đơn vị.`,
      });
    }
    const answers: Partial<Record<CitizenAspectCode, number>> = {};
    for (const a of CITIZEN_ASPECTS) {
      const v = at(map.aspects[a.code]);
      if (v === '') continue;
      const n = Number(v.replace(',', '.'));
      if (!Number.isInteger(n) || n < 1 || n > 5) {
        rowProblems.push({
          row: r.row,
          column: a.nameVi,
          code: 'INVALID_LEVEL',
          message: `Dòng ${r.row}, cột "${a.nameVi}": phải là số nguyên từ 1 đến 5 hoặc để trống.`,
        });
      } else answers[a.code] = n;
    }
    if (Object.keys(answers).length === 0 && !rowProblems.some((p) => p.code === 'INVALID_LEVEL')) {
      rowProblems.push({
        row: r.row,
        column: null,
        code: 'NO_ANSWER',
        message: `Dòng ${r.row}: chưa trả lời yếu tố nào.`,
      });
    }
    const genderText = at(map.gender);
    const gender = genderText === '' ? null : (genders.get(foldCell(genderText)) ?? undefined);
    if (gender === undefined) {
      rowProblems.push({
        row: r.row,
        column: SURVEY_COLUMNS.gender,
        code: 'INVALID_GENDER',
        message: `Dòng ${r.row}, cột "Giới tính": chỉ nhận ${GENDERS.join(', ')} hoặc để trống.`,
      });
    }
    const ageText = at(map.ageGroup);
    const ageGroup = ageText === '' ? null : (ages.get(foldCell(ageText)) ?? undefined);
    if (ageGroup === undefined) {
      rowProblems.push({
        row: r.row,
        column: SURVEY_COLUMNS.ageGroup,
        code: 'INVALID_AGE_GROUP',
        message: `Dòng ${r.row}, cột "Nhóm tuổi": chỉ nhận ${AGE_GROUPS.join(', ')} hoặc để trống.`,
      });
    }
    if (rowProblems.length || !unitId || gender === undefined || ageGroup === undefined) {
      problems.push(...rowProblems);
      continue;
    }
    const respondent = { row: r.row, unitId, unitCode, answers, gender, ageGroup, key: '' };
    respondent.key = respondentKey(respondent);
    respondents.push(respondent);
  }
  return problems.length ? { ok: false, problems } : { ok: true, respondents };
}

/**
 * Duplicates among rows that each carry a fingerprint: a row equal to an earlier row of the file, or
 * to a row already imported (`existing`). Every duplicate row is named.
 */
export function duplicateRowProblems(
  rows: ReadonlyArray<{ row: number; fingerprint: string }>,
  existing: ReadonlySet<string>,
): SurveyRowProblem[] {
  const first = new Map<string, number>();
  const problems: SurveyRowProblem[] = [];
  for (const r of rows) {
    if (existing.has(r.fingerprint)) {
      problems.push({
        row: r.row,
        column: null,
        code: 'ALREADY_IMPORTED',
        message: `Dòng ${r.row}: trùng với một phiếu đã nhập trước đây trong đợt khảo sát này.`,
      });
      continue;
    }
    const earlier = first.get(r.fingerprint);
    if (earlier !== undefined) {
      problems.push({
        row: r.row,
        column: null,
        code: 'DUPLICATE_IN_FILE',
        message: `Dòng ${r.row}: trùng với dòng ${earlier} trong tệp.`,
      });
    } else first.set(r.fingerprint, r.row);
  }
  return problems;
}

/** Counts per unit and aspect (five levels) of respondents: the round's SurveyResult rows. */
export function countRespondents(
  respondents: ReadonlyArray<{ unitId: string; answers: Partial<Record<string, number>> }>,
): Array<{ unitId: string; aspect: CitizenAspectCode; levels: [number, number, number, number, number] }> {
  const out = new Map<
    string,
    { unitId: string; aspect: CitizenAspectCode; levels: [number, number, number, number, number] }
  >();
  for (const r of respondents) {
    for (const a of CITIZEN_ASPECTS) {
      const level = r.answers[a.code];
      if (level === undefined || level < 1 || level > 5) continue;
      const k = `${r.unitId}\u0000${a.code}`;
      let entry = out.get(k);
      if (!entry) {
        entry = { unitId: r.unitId, aspect: a.code, levels: [0, 0, 0, 0, 0] };
        out.set(k, entry);
      }
      entry.levels[level - 1] = (entry.levels[level - 1] ?? 0) + 1;
    }
  }
  return [...out.values()];
}
