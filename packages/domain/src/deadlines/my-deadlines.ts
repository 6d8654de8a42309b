// "Hạn của tôi": what a person has to do by when, from plain data the caller loaded for them:
// - task dues of the tasks their unit leads (not done, not cancelled);
// - their unit's own CCHC plan deadline (until the plan is sent);
// - report deadlines not yet met (the unit's effective due date, extensions applied);
// - corrective actions owned by their unit (to fix), or waiting for verification on a visit
//   whose team they are on (to verify);
// - inspection visits where they are on the team or their unit is visited (a timed item);
// - for Home Affairs (`office`): the units' registration forms waiting for review (due
//   REGISTRATION_REVIEW_DAYS after they were sent), the report periods closing (the year's rule,
//   with how many units have sent), and the year's stages closing; leadership sees the stages.
//   A period or a stage that has closed is not work left to do: only those ahead are listed.
// Kept: the overdue items (any age) and those due from today to today + `days`; overdue first
// (oldest first), then by date. Each item has a stable key (the iCal UID) and a link to where the
// work is done in the admin app.
import { addDays, compareIsoDate, type IsoDate, toLocalIsoDate } from '../time/iso-date';

export type DeadlineKind =
  | 'task'
  | 'unit_plan'
  | 'report'
  | 'corrective_action'
  | 'verify_action'
  | 'visit'
  | 'review_registration'
  | 'report_period'
  | 'stage';

/** Days Home Affairs gives itself to accept or return a registration form once a unit sent it. */
export const REGISTRATION_REVIEW_DAYS = 7;

/** The stages of the year's calendar, as the deadlines name them. */
const STAGE_NAMES: Record<string, string> = {
  SELF_ASSESSMENT: 'tự đánh giá',
  ROUND1: 'thẩm định lần 1',
  EXPLANATION: 'giải trình',
  ROUND2: 'thẩm định lần 2',
  APPROVAL: 'phê duyệt',
  PUBLICATION: 'công bố',
};

export interface DeadlineItem {
  /** stable across calls: the iCal UID's left part */
  key: string;
  kind: DeadlineKind;
  title: string;
  /** the last day (all-day items) or the visit's local day */
  dueOn: IsoDate;
  /** a visit's time window (UTC instants); null for all-day dues */
  startsAt: Date | null;
  endsAt: Date | null;
  overdue: boolean;
  /** days from today to dueOn (negative when overdue) */
  daysLeft: number;
  /** the admin app's path where the work is done */
  link: string;
  /** extra words (the unit, the rule, the extension) */
  detail: string | null;
}

export interface DeadlineSources {
  tasks: ReadonlyArray<{ id: string; code: string; text: string; dueOn: IsoDate | null; done: boolean }>;
  unitPlan: { yearId: string; dueOn: IsoDate; sent: boolean; deadlineText: string } | null;
  reports: ReadonlyArray<{
    periodId: string;
    unitId: string;
    nameVi: string;
    dueOn: IsoDate;
    met: boolean;
    extended: boolean;
  }>;
  correctiveActions: ReadonlyArray<{
    id: string;
    description: string;
    dueOn: IsoDate;
    /** fix: the unit owns it and it is open/reopened; verify: submitted, the viewer is on the visit's team */
    role: 'fix' | 'verify';
    unitName: string;
  }>;
  visits: ReadonlyArray<{
    id: string;
    unitName: string;
    startsAt: Date;
    endsAt: Date;
    role: 'team' | 'visited';
    done: boolean;
  }>;
  /** Home Affairs' and leadership's own deadlines (absent for the others). */
  office?: {
    /** registration forms sent by units, waiting for Home Affairs to accept or return them */
    registrations: ReadonlyArray<{ id: string; yearId: string; unitName: string; submittedOn: IsoDate }>;
    /** the year's report periods with their due date by the year's rule (no extension) */
    reportPeriods: ReadonlyArray<{ id: string; nameVi: string; dueOn: IsoDate; sent: number; units: number }>;
    /** the year's calendar stages */
    stages: ReadonlyArray<{ yearId: string; year: number; stage: string; closesOn: IsoDate }>;
  };
}

/** 2021-06-15 → 15/06/2021 */
function formatDay(day: IsoDate): string {
  return day.split('-').reverse().join('/');
}

function daysFrom(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function myDeadlines(sources: DeadlineSources, now: Date, days = 30): DeadlineItem[] {
  const today = toLocalIsoDate(now);
  const horizon = addDays(today, days);
  const items: DeadlineItem[] = [];
  const push = (item: Omit<DeadlineItem, 'overdue' | 'daysLeft'>, open: boolean) => {
    if (!open) return;
    const overdue = compareIsoDate(item.dueOn, today) < 0;
    if (!overdue && compareIsoDate(item.dueOn, horizon) > 0) return;
    items.push({ ...item, overdue, daysLeft: daysFrom(today, item.dueOn) });
  };
  for (const t of sources.tasks) {
    if (!t.dueOn) continue;
    push(
      {
        key: `task-${t.id}`,
        kind: 'task',
        title: `Nhiệm vụ ${t.code}: ${t.text}`,
        dueOn: t.dueOn,
        startsAt: null,
        endsAt: null,
        link: '/my-tasks',
        detail: null,
      },
      !t.done,
    );
  }
  if (sources.unitPlan) {
    const p = sources.unitPlan;
    push(
      {
        key: `unit-plan-${p.yearId}`,
        kind: 'unit_plan',
        title: 'Ban hành kế hoạch CCHC của đơn vị',
        dueOn: p.dueOn,
        startsAt: null,
        endsAt: null,
        link: '/registration',
        detail: p.deadlineText,
      },
      !p.sent,
    );
  }
  for (const r of sources.reports) {
    push(
      {
        key: `report-${r.periodId}-${r.unitId}`,
        kind: 'report',
        title: `Gửi ${r.nameVi.toLocaleLowerCase('vi')}`,
        dueOn: r.dueOn,
        startsAt: null,
        endsAt: null,
        link: '/reports',
        detail: r.extended ? 'Đã được gia hạn' : null,
      },
      !r.met,
    );
  }
  for (const a of sources.correctiveActions) {
    push(
      {
        key: `action-${a.role}-${a.id}`,
        kind: a.role === 'fix' ? 'corrective_action' : 'verify_action',
        title: a.role === 'fix' ? `Khắc phục: ${a.description}` : `Xác minh khắc phục: ${a.description}`,
        dueOn: a.dueOn,
        startsAt: null,
        endsAt: null,
        link: '/corrective-actions',
        detail: a.unitName,
      },
      true,
    );
  }
  for (const v of sources.visits) {
    const dueOn = toLocalIsoDate(v.startsAt);
    // a visit is an appointment: past visits are not "overdue" work
    if (v.done || compareIsoDate(dueOn, today) < 0) continue;
    push(
      {
        key: `visit-${v.id}`,
        kind: 'visit',
        title: v.role === 'team' ? `Kiểm tra CCHC tại ${v.unitName}` : `Đoàn kiểm tra CCHC đến ${v.unitName}`,
        dueOn,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        link: `/inspections/${v.id}`,
        detail: null,
      },
      true,
    );
  }
  const office = sources.office;
  for (const r of office?.registrations ?? []) {
    push(
      {
        key: `review-registration-${r.id}`,
        kind: 'review_registration',
        title: `Xem xét đăng ký thực hiện kế hoạch của ${r.unitName}`,
        dueOn: addDays(r.submittedOn, REGISTRATION_REVIEW_DAYS),
        startsAt: null,
        endsAt: null,
        link: '/registration',
        detail: `Đơn vị gửi ngày ${formatDay(r.submittedOn)}`,
      },
      true,
    );
  }
  for (const p of office?.reportPeriods ?? []) {
    push(
      {
        key: `report-period-${p.id}`,
        kind: 'report_period',
        title: `Hạn gửi ${p.nameVi.toLocaleLowerCase('vi')} của các đơn vị`,
        dueOn: p.dueOn,
        startsAt: null,
        endsAt: null,
        link: '/reports',
        detail: `${p.sent}/${p.units} đơn vị đã gửi`,
      },
      compareIsoDate(p.dueOn, today) >= 0,
    );
  }
  for (const st of office?.stages ?? []) {
    push(
      {
        key: `stage-${st.yearId}-${st.stage}`,
        kind: 'stage',
        title: `Kết thúc giai đoạn ${STAGE_NAMES[st.stage] ?? st.stage} năm ${st.year}`,
        dueOn: st.closesOn,
        startsAt: null,
        endsAt: null,
        link: '/',
        detail: null,
      },
      compareIsoDate(st.closesOn, today) >= 0,
    );
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      compareIsoDate(a.dueOn, b.dueOn) ||
      (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) ||
      a.key.localeCompare(b.key),
  );
}
