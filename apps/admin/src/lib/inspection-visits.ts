/**
 * Inspection visits in the admin: the calendar's month and week grids (weeks start on Monday, local
 * calendar dates as "yyyy-mm-dd" strings), visits grouped by day, the order a unit officer reads them
 * (notified and coming first), and the scheduling form: its values, the input they make and its
 * problems, checked with the domain's schema (the one the server validates with).
 */
import {
  addDays,
  type CreateInspectionVisitInput,
  createInspectionVisitInputSchema,
  inputProblems,
  isIsoDate,
  parseIsoDate,
} from '@cchc/domain';

export type CalendarView = 'month' | 'week' | 'list';

/** Day of the week of a calendar date, Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The Monday of the date's week. */
export function weekStart(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** The seven days of the week holding `date`, Monday first. */
export function weekDays(date: string): string[] {
  const start = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The weeks (Monday-first rows of 7 days) covering the month of `date`, with the days of the months around it. */
export function monthWeeks(date: string): string[][] {
  const { year, month } = parseIsoDate(date);
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const weeks: string[][] = [];
  let day = weekStart(first);
  do {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
    day = addDays(day, 7);
  } while (parseIsoDate(day).month === month && parseIsoDate(day).year === year);
  return weeks;
}

/** The first and last day shown by a view around `date` (the list shows the month). */
export function viewRange(view: CalendarView, date: string): { from: string; to: string } {
  if (view === 'week') {
    const days = weekDays(date);
    return { from: days[0]!, to: days[6]! };
  }
  const weeks = monthWeeks(date);
  return { from: weeks[0]![0]!, to: weeks[weeks.length - 1]![6]! };
}

/** The date a view moves to with ‹ or › (a month, or a week). */
export function shiftView(view: CalendarView, date: string, step: -1 | 1): string {
  if (view === 'week') return addDays(date, 7 * step);
  const { year, month } = parseIsoDate(date);
  const m = month - 1 + step;
  const y = year + Math.floor(m / 12);
  return `${y}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
}

/** "07/2021" for a month heading. */
export function monthLabel(date: string): string {
  const { year, month } = parseIsoDate(date);
  return `${String(month).padStart(2, '0')}/${year}`;
}

/** Visits by their day, each day's in start order. */
export function visitsByDay<V extends { date: string; startTime: string }>(visits: readonly V[]): Map<string, V[]> {
  const days = new Map<string, V[]>();
  for (const v of [...visits].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))) {
    days.set(v.date, [...(days.get(v.date) ?? []), v]);
  }
  return days;
}

const ACTIVE = ['NOTIFIED', 'IN_PROGRESS', 'PLANNED'];

/** A unit officer's order: coming and current visits first (by day), then the others, latest first. */
export function unitOrder<V extends { date: string; startTime: string; status: string }>(
  visits: readonly V[],
  today: string,
): V[] {
  const coming = visits
    .filter((v) => ACTIVE.includes(v.status) && v.date >= today)
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const rest = visits
    .filter((v) => !coming.includes(v))
    .sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime));
  return [...coming, ...rest];
}

// --- The scheduling form ---------------------------------------------------------------------

export interface TeamMemberValues {
  /** An inspector's account id, or "" for an outside expert. */
  userId: string;
  name: string;
  organization: string;
}

export interface VisitFormValues {
  unitId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  /** index in `team` of the lead */
  lead: number;
  team: TeamMemberValues[];
  scopeNodeIds: string[];
  scopeText: string;
}

export function emptyVisitForm(date: string, userId: string | null): VisitFormValues {
  return {
    unitId: '',
    date,
    startTime: '08:00',
    endTime: '11:00',
    place: '',
    lead: 0,
    team: [{ userId: userId ?? '', name: '', organization: '' }],
    scopeNodeIds: [],
    scopeText: '',
  };
}

/** The form's values as the mutation's input (without the year). */
export function visitInput(values: VisitFormValues): Omit<CreateInspectionVisitInput, 'yearId'> {
  return {
    unitId: values.unitId,
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    place: values.place || null,
    team: values.team.map((m, i) => ({
      userId: m.userId || null,
      name: m.userId ? null : m.name,
      organization: m.userId ? null : m.organization || null,
      isLead: i === values.lead,
    })),
    scopeNodeIds: values.scopeNodeIds,
    scopeText: values.scopeText || null,
  };
}

export interface VisitProblem {
  field: string;
  code: string;
  message: string;
}

/** The domain's problems of the form's values (empty when the server would accept their shape). */
export function visitFormProblems(values: VisitFormValues): VisitProblem[] {
  const problems: VisitProblem[] = [];
  if (!values.unitId) problems.push({ field: 'unitId', code: 'REQUIRED', message: 'Chọn đơn vị được kiểm tra.' });
  if (!isIsoDate(values.date)) problems.push({ field: 'date', code: 'INVALID_DATE', message: 'Ngày không hợp lệ.' });
  const parsed = createInspectionVisitInputSchema.safeParse({
    yearId: 'y',
    ...visitInput(values),
    unitId: values.unitId || 'u',
  });
  if (!parsed.success) {
    for (const p of inputProblems(parsed.error)) {
      if (!problems.some((q) => q.field === p.field)) problems.push(p);
    }
  }
  return problems;
}

/** The field of the form a problem is shown under ("team.0.name" → "team"). */
export function problemField(field: string): string {
  const head = field.split('.')[0] ?? '';
  return ['unitId', 'date', 'startTime', 'endTime', 'place', 'team', 'scopeText', 'scopeNodeIds'].includes(head)
    ? head === 'scopeNodeIds'
      ? 'scopeText'
      : head
    : '';
}
