// Automatic leaves: values the system computes from its own data, never typed (ENTRY_RULES leaves
// AUTO and SURVEY to the system). Which leaves are automatic is read from the leaf's method and its
// configuration, so an edited or copied framework keeps working:
//
// - plan completion: a ratio leaf whose ratio speaks of tasks completed in the plan ("số nhiệm vụ
//   hoàn thành đúng hạn / tổng số nhiệm vụ trong kế hoạch"; a qualified task, "nhiệm vụ PBGDPL
//   hoàn thành", is the unit's own programme, not the plan) → from the plan: the tasks the unit
//   leads, done on time ÷ those due by the day the value is taken (tasks not yet due wait; cancelled
//   tasks do not count);
// - periodic reports: a deadline leaf named after a report period ("Báo cáo quý I", "Báo cáo 6
//   tháng", …) → from the unit's report submission against the period's due date (on time / late /
//   missing; whether late scores as not sent is the leaf's own points, the seed's rule);
// - corrective actions: a ratio leaf about findings ("tồn tại … kết luận kiểm tra") → verified
//   corrective actions ÷ corrective actions the unit owns after the year's inspections;
// - surveys: every survey-scored leaf → the answers recorded for the unit on that leaf.
//
// Until a capability holds data (no report, inspection or survey recorded in the whole year), the
// leaf gives no value and says where its data will come from, instead of silently scoring 0.
// Appraisers may still score the leaf in the rounds or override it (the engine's precedence).
import type { ActionStatus, TaskStatus } from '../enums';
import type { FrameworkNode, ScoringMethod } from '../framework/types';
import type { MethodInput } from '../scoring/types';
import type { IsoDate } from '../time/iso-date';
import { toLocalIsoDate } from '../time/iso-date';
import { effectiveDueDate, type ExtensionFact } from '../reports/report-timing';
import { REPORT_PERIODS, type ReportPeriodCode } from '../time/report-periods';

export type AutoLeafSource =
  | { kind: 'plan_completion' }
  | { kind: 'report'; periodCode: ReportPeriodCode }
  | { kind: 'corrective_actions' }
  | { kind: 'survey' };

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function ratioText(method: ScoringMethod): string {
  if (method.kind === 'ratio') return fold(method.formula ?? '');
  if (method.kind === 'ratio_tiered') return fold(method.ratioText ?? '');
  return '';
}

/** Whether (and from what) the system computes a leaf; null for a leaf people score. */
export function autoLeafSource(leaf: FrameworkNode): AutoLeafSource | null {
  const method = leaf.method;
  if (!method) return null;
  if (leaf.scoreSource === 'survey' || method.kind === 'survey_rate' || method.kind === 'survey_likert') {
    return { kind: 'survey' };
  }
  if (method.kind === 'deadline') {
    const name = fold(leaf.name);
    const period = REPORT_PERIODS.find((p) => name === fold(p.nameVi) || name.startsWith(`${fold(p.nameVi)} `));
    return period ? { kind: 'report', periodCode: period.code } : null;
  }
  const ratio = ratioText(method);
  if (ratio.includes('nhiệm vụ hoàn thành') && ratio.includes('kế hoạch')) {
    return { kind: 'plan_completion' };
  }
  if (method.kind === 'ratio' && ratio.includes('tồn tại') && ratio.includes('kiểm tra')) {
    return { kind: 'corrective_actions' };
  }
  return null;
}

/** The system's data an automatic leaf is computed from (for one year). */
export interface AutoLeafData {
  /** the day the values are taken: today, or the year's last day once it has passed */
  asOf: IsoDate;
  planTasks: ReadonlyArray<{
    code: string;
    leadUnitIds: readonly string[];
    status: TaskStatus;
    /** the due date, else the window's end, else the year's end */
    dueOn: IsoDate;
    completedAt: Date | null;
  }>;
  reportPeriods: ReadonlyArray<{ code: string; dueOn: IsoDate }>;
  reportSubmissions: ReadonlyArray<{ periodCode: string; unitId: string; submittedAt: Date }>;
  /** Home Affairs' extensions per period (one unit or all): the latest granted one moves the unit's due date */
  reportExtensions?: ReadonlyArray<ExtensionFact & { periodCode: string }>;
  /** whether any unit reported anything in the year (false: the reporting capability is not used yet) */
  reportsInUse: boolean;
  /** units with an inspection visit done in the year (null: no visit recorded in the year at all) */
  inspectedUnitIds: ReadonlySet<string> | null;
  correctiveActions: ReadonlyArray<{ ownerUnitId: string; status: ActionStatus }>;
  /** whether any survey answer was recorded in the year */
  surveysInUse: boolean;
  /** answers per unit and leaf (a caller may pass one unit's rows only, as with every list here) */
  surveyAnswers: ReadonlyArray<{
    unitId: string;
    leafCode: string;
    /** five levels, very dissatisfied → very satisfied */
    levels: readonly [number, number, number, number, number];
    /** leaders' survey A–D */
    letters: Readonly<Record<'A' | 'B' | 'C' | 'D', number>>;
  }>;
}

export interface AutoLeafValue {
  /** which slot of the engine the value fills: AUTO, or SURVEY for survey leaves */
  source: 'AUTO' | 'SURVEY';
  /** the method's inputs; null when there is no value (yet) */
  input: MethodInput | null;
  /** what the value was taken from, or where it will come from (Vietnamese, shown on the scorecard) */
  note: string;
}

export const AUTO_NO_DATA = {
  report: 'Chưa có dữ liệu: lấy từ báo cáo định kỳ khi chức năng báo cáo được dùng',
  corrective_actions:
    'Chưa có dữ liệu: lấy từ kết quả kiểm tra CCHC (kết luận kiểm tra, việc khắc phục tồn tại) khi chức năng kiểm tra được dùng',
  survey: 'Chưa có dữ liệu: lấy từ kết quả điều tra xã hội học (khảo sát sự hài lòng) khi chức năng khảo sát được dùng',
} as const;

const dmy = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function planCompletion(unitId: string, data: AutoLeafData): AutoLeafValue {
  let onTime = 0;
  let late = 0;
  let notDone = 0;
  let pending = 0;
  for (const t of data.planTasks) {
    if (!t.leadUnitIds.includes(unitId) || t.status === 'CANCELLED') continue;
    if (t.status === 'DONE') {
      const doneOn = t.completedAt ? toLocalIsoDate(t.completedAt) : null;
      if (doneOn !== null && doneOn > t.dueOn) late++;
      else onTime++;
    } else if (data.asOf > t.dueOn) notDone++;
    else pending++;
  }
  const due = onTime + late + notDone;
  const tail = `${pending ? `; ${pending} chưa đến hạn` : ''}; tính đến ${dmy(data.asOf)}`;
  if (due === 0) {
    return {
      source: 'AUTO',
      input: null,
      note: `Tự động từ kế hoạch: đơn vị chưa có nhiệm vụ chủ trì đến hạn${tail}`,
    };
  }
  return {
    source: 'AUTO',
    input: { kind: 'ratio_tiered', numerator: onTime, denominator: due },
    note: `Tự động từ kế hoạch: ${onTime}/${due} nhiệm vụ chủ trì hoàn thành đúng hạn (${late} trễ hạn, ${notDone} chưa hoàn thành${tail})`,
  };
}

function report(unitId: string, periodCode: ReportPeriodCode, data: AutoLeafData): AutoLeafValue {
  const period = data.reportPeriods.find((p) => p.code === periodCode);
  if (!data.reportsInUse || !period) {
    return { source: 'AUTO', input: null, note: AUTO_NO_DATA.report };
  }
  const sent = data.reportSubmissions.find((s) => s.unitId === unitId && s.periodCode === periodCode);
  const eff = effectiveDueDate(
    period.dueOn,
    (data.reportExtensions ?? []).filter((e) => e.periodCode === periodCode),
    unitId,
  );
  const dueOn = eff.dueDate;
  const due = eff.extension ? `hạn ${dmy(dueOn)}, đã gia hạn` : `hạn ${dmy(dueOn)}`;
  if (sent) {
    const on = toLocalIsoDate(sent.submittedAt);
    const status = on <= dueOn ? 'on_time' : 'late';
    return {
      source: 'AUTO',
      input: { kind: 'deadline', status },
      note: `Tự động từ báo cáo định kỳ: gửi ngày ${dmy(on)}, ${due}: ${status === 'on_time' ? 'đúng hạn' : 'trễ hạn (coi như không báo cáo)'}`,
    };
  }
  if (data.asOf <= dueOn) {
    return { source: 'AUTO', input: null, note: `Tự động từ báo cáo định kỳ: chưa đến hạn (${due})` };
  }
  return {
    source: 'AUTO',
    input: { kind: 'deadline', status: 'missing' },
    note: `Tự động từ báo cáo định kỳ: không gửi (${due})`,
  };
}

function correctiveActions(unitId: string, data: AutoLeafData): AutoLeafValue {
  if (data.inspectedUnitIds === null) return { source: 'AUTO', input: null, note: AUTO_NO_DATA.corrective_actions };
  if (!data.inspectedUnitIds.has(unitId)) {
    return {
      source: 'AUTO',
      input: null,
      note: 'Tự động từ kiểm tra CCHC: đơn vị không được kiểm tra trong năm (Phòng Nội vụ chấm hoặc đánh dấu không áp dụng)',
    };
  }
  const own = data.correctiveActions.filter((a) => a.ownerUnitId === unitId);
  const fixed = own.filter((a) => a.status === 'VERIFIED').length;
  return {
    source: 'AUTO',
    input: { kind: 'ratio', numerator: fixed, denominator: own.length },
    note:
      own.length === 0
        ? 'Tự động từ kiểm tra CCHC: không có tồn tại phải khắc phục'
        : `Tự động từ kiểm tra CCHC: ${fixed}/${own.length} tồn tại đã khắc phục và được xác nhận`,
  };
}

function survey(leaf: FrameworkNode, unitId: string, data: AutoLeafData): AutoLeafValue {
  if (!data.surveysInUse) return { source: 'SURVEY', input: null, note: AUTO_NO_DATA.survey };
  const rows = data.surveyAnswers.filter((a) => a.unitId === unitId && a.leafCode === leaf.code);
  const none: AutoLeafValue = {
    source: 'SURVEY',
    input: null,
    note: 'Từ điều tra xã hội học: chưa có phiếu khảo sát của đơn vị cho tiêu chí này',
  };
  if (leaf.method?.kind === 'survey_likert') {
    const counts = { A: 0, B: 0, C: 0, D: 0 };
    for (const r of rows) for (const k of ['A', 'B', 'C', 'D'] as const) counts[k] += r.letters[k];
    const total = counts.A + counts.B + counts.C + counts.D;
    if (total === 0) return none;
    return {
      source: 'SURVEY',
      input: { kind: 'survey_likert', counts },
      note: `Từ khảo sát lãnh đạo: ${total} phiếu (A ${counts.A}, B ${counts.B}, C ${counts.C}, D ${counts.D})`,
    };
  }
  let satisfied = 0;
  let valid = 0;
  for (const r of rows) {
    satisfied += r.levels[3] + r.levels[4];
    valid += r.levels.reduce((s, n) => s + n, 0);
  }
  if (valid === 0) return none;
  return {
    source: 'SURVEY',
    input: { kind: 'survey_rate', satisfied, valid },
    note: `Từ điều tra xã hội học: ${satisfied}/${valid} phiếu hài lòng và rất hài lòng`,
  };
}

/** The value of one automatic leaf for one unit, from the year's data. */
export function autoLeafValue(
  leaf: FrameworkNode,
  source: AutoLeafSource,
  unitId: string,
  data: AutoLeafData,
): AutoLeafValue {
  switch (source.kind) {
    case 'plan_completion':
      return planCompletion(unitId, data);
    case 'report':
      return report(unitId, source.periodCode, data);
    case 'corrective_actions':
      return correctiveActions(unitId, data);
    case 'survey':
      return survey(leaf, unitId, data);
  }
}

/** The day automatic values are taken: today, or the year's last day once the year has passed. */
export function autoAsOf(year: number, today: IsoDate): IsoDate {
  const end: IsoDate = `${year}-12-31`;
  return today < end ? today : end;
}
