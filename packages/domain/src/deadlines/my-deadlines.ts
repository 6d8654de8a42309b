// "Hạn của tôi": what a person has to do by when, from plain data the caller loaded for them:
// - task dues of the tasks their unit leads (not done, not cancelled);
// - their unit's own CCHC plan deadline (until the plan is sent);
// - report deadlines not yet met (the unit's effective due date, extensions applied);
// - corrective actions owned by their unit (to fix), or waiting for verification on a visit
//   whose team they are on (to verify);
// - inspection visits where they are on the team or their unit is visited (a timed item).
// Kept: the overdue items (any age) and those due from today to today + `days`; overdue first
// (oldest first), then by date. Each item has a stable key (the iCal UID) and a link to where the
// work is done in the admin app.
import { addDays, compareIsoDate, type IsoDate, toLocalIsoDate } from '../time/iso-date';

export type DeadlineKind = 'task' | 'unit_plan' | 'report' | 'corrective_action' | 'verify_action' | 'visit';

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
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      compareIsoDate(a.dueOn, b.dueOn) ||
      (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) ||
      a.key.localeCompare(b.key),
  );
}
