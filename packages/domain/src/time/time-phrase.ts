/**
 * Parses the time phrases of a CCHC plan ("Quý I/2021", "Đầu quý II/2021", "Thường xuyên trong
 * năm 2021", "Khi có thông báo của tỉnh", "6 tháng, cuối năm", …) into concrete windows for a year.
 *
 * Choices (see README):
 * - A year written in the phrase must equal `year`; a different year returns `needs_person`
 *   (a plan for 2021 that says "Quý I/2022" is a carry-over or a typo, never guessed).
 * - "Đầu quý N" = the first month of quarter N (due its last day); "Giữa quý" the middle month,
 *   "Cuối quý" the last month.
 * - A recurring phrase's occurrences are reporting periods; each is due on the last day of its
 *   period. The `due` of the whole result is the FIRST occurrence's due; use `nextOccurrence`
 *   with today's date for the next useful one.
 * - When quarterly, 6-month and annual periods are listed together ("Định kỳ quý, 6 tháng, năm"),
 *   the 6-month report replaces Q2 and the annual report replaces Q4 (periods ending on the
 *   same date are merged, keeping the longer one): Q1, 6 tháng, Q3, Năm — the seed's regime.
 * - "6 tháng, cuối năm" (comma) is recurring (H1 + year); "6 tháng cuối năm" (no comma) is the
 *   window July–December.
 * - Anything else returns `needs_person` with the reason; nothing is guessed.
 */
import { compareIsoDate, isoDate, lastDayOfMonth, addDays, type IsoDate } from './iso-date';
import { normalizePhrase, tidyPhrase } from './normalize-phrase';
import { parseQuarter, quarterFirstMonth, quarterRange, QUARTER_ROMAN, type Quarter } from './quarter';
import { parsePhraseForms } from './time-phrase-forms';

export type TimingKind = 'window' | 'ongoing' | 'recurring' | 'triggered' | 'needs_person';

export interface TimingOccurrence {
  label: string;
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
}

export type TimePhraseResult =
  | { kind: 'window'; start: IsoDate; end: IsoDate; due: IsoDate; occurrences: TimingOccurrence[] }
  | { kind: 'ongoing'; start: IsoDate; end: IsoDate; due: null; occurrences: TimingOccurrence[] }
  | {
      kind: 'recurring';
      start: IsoDate;
      end: IsoDate;
      due: IsoDate;
      occurrences: TimingOccurrence[];
      onDemand: boolean;
    }
  | {
      kind: 'triggered';
      start: IsoDate;
      end: IsoDate;
      due: null;
      occurrences: TimingOccurrence[];
      trigger: string;
    }
  | { kind: 'needs_person'; phrase: string; reason: string };

const Q = '(i|ii|iii|iv|1|2|3|4)';
/** optional year suffix: "/2021" or " năm 2021" or " 2021" */
const YS = '(?:(?:/| năm | )(\\d{4}))?';

const RE_QUARTER = new RegExp(`^quý ${Q}${YS}$`, 'u');
const RE_PART_OF_QUARTER = new RegExp(`^(đầu|giữa|cuối) quý ${Q}${YS}$`, 'u');
const RE_YEAR = /^(?:trong |cả |trong cả )?năm(?: (\d{4}))?$/u;
const RE_ONGOING = /^thường xuyên(?:,? trong (?:cả )?năm(?: (\d{4}))?)?$/u;
const RE_HALF = /^(?:6|sáu) tháng (đầu|cuối) năm(?: (\d{4}))?$/u;
const RE_MONTH = /^tháng (\d{1,2})(?:(?:\/| năm )(\d{4}))?$/u;
const RE_BEFORE_DATE = /^trước ngày (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u;
const RE_BY_DATE = /^(?:đến|chậm nhất(?: là)?|hạn chót|hạn) ngày (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u;
const RE_TRIGGERED = /^(?:khi có|theo) (?:thông báo|công văn|văn bản|yêu cầu|chỉ đạo|kế hoạch)(?: .+)?$/u;

function yearWindow(year: number): { start: IsoDate; end: IsoDate } {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

function quarterLabel(q: Quarter, year: number): string {
  return `Quý ${QUARTER_ROMAN[q]}/${year}`;
}

function window(label: string, start: IsoDate, end: IsoDate, due: IsoDate = end): TimePhraseResult {
  return { kind: 'window', start, end, due, occurrences: [{ label, start, end, due }] };
}

type PeriodToken = 'quarterly' | 'half' | 'year' | 'monthly' | 'on_demand';

const RECURRING_TOKENS: ReadonlyArray<[RegExp, PeriodToken]> = [
  [/^(?:hàng |hằng |mỗi )?quý$/u, 'quarterly'],
  [/^(?:6|sáu) tháng(?: đầu năm)?$/u, 'half'],
  [/^(?:hàng |hằng |cả |cuối )?năm$|^tổng kết(?: năm)?$/u, 'year'],
  [/^(?:hàng |hằng |mỗi )?tháng$/u, 'monthly'],
  [/^(?:đột xuất|khi có yêu cầu|đột xuất khi có yêu cầu|đột xuất theo yêu cầu|khi cần)$/u, 'on_demand'],
];

function occurrencesFor(tokens: ReadonlySet<PeriodToken>, year: number): TimingOccurrence[] {
  const out: TimingOccurrence[] = [];
  if (tokens.has('monthly')) {
    for (let m = 1; m <= 12; m++) {
      const end = lastDayOfMonth(year, m);
      out.push({ label: `Tháng ${m}/${year}`, start: isoDate(year, m, 1), end, due: end });
    }
  }
  if (tokens.has('quarterly')) {
    for (const q of [1, 2, 3, 4] as const) {
      const r = quarterRange(year, q);
      out.push({ label: quarterLabel(q, year), start: r.start, end: r.end, due: r.end });
    }
  }
  if (tokens.has('half')) {
    const end = isoDate(year, 6, 30);
    out.push({ label: `6 tháng đầu năm ${year}`, start: isoDate(year, 1, 1), end, due: end });
  }
  if (tokens.has('year')) {
    const w = yearWindow(year);
    out.push({ label: `Năm ${year}`, start: w.start, end: w.end, due: w.end });
  }
  // Merge periods ending on the same date: keep the longest (6 tháng replaces Q2, Năm replaces Q4).
  const byEnd = new Map<IsoDate, TimingOccurrence>();
  for (const o of out) {
    const prev = byEnd.get(o.end);
    if (!prev || compareIsoDate(o.start, prev.start) < 0) byEnd.set(o.end, o);
  }
  return [...byEnd.values()].sort((a, b) => compareIsoDate(a.due, b.due) || compareIsoDate(a.start, b.start));
}

function parseRecurring(p: string, year: number): { tokens: Set<PeriodToken> } | null {
  let body = p;
  let prefixed = false;
  const prefix = /^(?:định kỳ|báo cáo định kỳ|hàng|hằng)\s+/u.exec(body);
  if (prefix) {
    prefixed = prefix[0].startsWith('định kỳ') || prefix[0].startsWith('báo cáo');
    if (prefixed) body = body.slice(prefix[0].length);
  }
  const parts = body
    .split(/,\s*|\s+hoặc\s+|\s+và\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0) return null;
  if (parts.length < 2 && !prefixed && !/^(?:hàng|hằng|mỗi) /u.test(parts[0] ?? '')) return null;
  const tokens = new Set<PeriodToken>();
  for (const part of parts) {
    const hit = RECURRING_TOKENS.find(([re]) => re.test(part));
    if (!hit) return null;
    tokens.add(hit[1]);
  }
  if ([...tokens].every((t) => t === 'on_demand')) return null;
  void year;
  return { tokens };
}

/**
 * Parses a plan time phrase for the plan year `year`.
 * Never guesses: unknown phrases and phrases naming another year return `needs_person`.
 */
export function parseTimePhrase(phrase: string, year: number): TimePhraseResult {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`parseTimePhrase: year must be a 4-digit integer, got ${year}`);
  }
  const original = phrase;
  const p = normalizePhrase(phrase);
  const needs = (reason: string): TimePhraseResult => ({ kind: 'needs_person', phrase: original, reason });
  if (p.length === 0) return needs('Cụm từ thời gian trống (empty phrase)');

  // A written year must be the plan year.
  const checkYear = (written: string | undefined): string | null => {
    if (written === undefined) return null;
    const y = Number(written);
    return y === year ? null : `Cụm từ ghi năm ${y} nhưng kế hoạch là năm ${year} (year mismatch)`;
  };

  let m: RegExpExecArray | null;

  if ((m = RE_QUARTER.exec(p))) {
    const bad = checkYear(m[2]);
    if (bad) return needs(bad);
    const q = parseQuarter(m[1] ?? '') as Quarter;
    const r = quarterRange(year, q);
    return window(quarterLabel(q, year), r.start, r.end);
  }

  if ((m = RE_PART_OF_QUARTER.exec(p))) {
    const bad = checkYear(m[3]);
    if (bad) return needs(bad);
    const q = parseQuarter(m[2] ?? '') as Quarter;
    const offset = m[1] === 'đầu' ? 0 : m[1] === 'giữa' ? 1 : 2;
    const month = quarterFirstMonth(q) + offset;
    const word = m[1] === 'đầu' ? 'Đầu' : m[1] === 'giữa' ? 'Giữa' : 'Cuối';
    return window(`${word} quý ${QUARTER_ROMAN[q]}/${year}`, isoDate(year, month, 1), lastDayOfMonth(year, month));
  }

  if ((m = RE_YEAR.exec(p))) {
    const bad = checkYear(m[1]);
    if (bad) return needs(bad);
    const w = yearWindow(year);
    return window(`Năm ${year}`, w.start, w.end);
  }

  if ((m = RE_ONGOING.exec(p))) {
    const bad = checkYear(m[1]);
    if (bad) return needs(bad);
    const w = yearWindow(year);
    return { kind: 'ongoing', start: w.start, end: w.end, due: null, occurrences: [] };
  }

  if ((m = RE_HALF.exec(p))) {
    const bad = checkYear(m[2]);
    if (bad) return needs(bad);
    return m[1] === 'đầu'
      ? window(`6 tháng đầu năm ${year}`, isoDate(year, 1, 1), isoDate(year, 6, 30))
      : window(`6 tháng cuối năm ${year}`, isoDate(year, 7, 1), isoDate(year, 12, 31));
  }

  if ((m = RE_MONTH.exec(p))) {
    const bad = checkYear(m[2]);
    if (bad) return needs(bad);
    const month = Number(m[1]);
    if (month < 1 || month > 12) return needs(`Tháng không hợp lệ: ${month}`);
    return window(`Tháng ${month}/${year}`, isoDate(year, month, 1), lastDayOfMonth(year, month));
  }

  if ((m = RE_BEFORE_DATE.exec(p)) || (m = RE_BY_DATE.exec(p))) {
    const strict = p.startsWith('trước');
    const bad = checkYear(m[3]);
    if (bad) return needs(bad);
    let date: IsoDate;
    try {
      date = isoDate(year, Number(m[2]), Number(m[1]));
    } catch {
      return needs(`Ngày không hợp lệ: ${m[1]}/${m[2]}`);
    }
    // "trước ngày X" = strictly before X: the last on-time day is X − 1 (same reading as SEED_REPORT_RULE).
    const due = strict ? addDays(date, -1) : date;
    if (due.slice(0, 4) !== String(year)) return needs('Hạn rơi vào năm khác');
    return window(tidyPhrase(original), isoDate(year, 1, 1), due, due);
  }

  if (RE_TRIGGERED.test(p)) {
    const w = yearWindow(year);
    return { kind: 'triggered', start: w.start, end: w.end, due: null, occurrences: [], trigger: tidyPhrase(original) };
  }

  // Lists of quarters and months, dates without "ngày", ranges, ends of periods (time-phrase-forms.ts).
  const form = parsePhraseForms(p, year);
  if (form) {
    if (form.kind === 'needs_person') return needs(form.reason);
    if (form.kind === 'window') {
      return {
        kind: 'window',
        start: form.start,
        end: form.end,
        due: form.due,
        occurrences: [{ label: form.label, start: form.start, end: form.end, due: form.due }],
      };
    }
    const w = yearWindow(year);
    const first = form.occurrences[0]!;
    return {
      kind: 'recurring',
      start: w.start,
      end: w.end,
      due: first.due,
      occurrences: form.occurrences,
      onDemand: false,
    };
  }

  // Recurring lists, optionally followed by the year: "6 tháng, cuối năm 2021".
  const yearTail = /(?:\/| )(\d{4})$/u.exec(p);
  let body = p;
  if (yearTail) {
    const bad = checkYear(yearTail[1]);
    if (bad) return needs(bad);
    body = p.slice(0, yearTail.index).trim();
  }
  const rec = parseRecurring(body, year);
  if (rec) {
    const occurrences = occurrencesFor(rec.tokens, year);
    const first = occurrences[0];
    if (first) {
      const w = yearWindow(year);
      return {
        kind: 'recurring',
        start: w.start,
        end: w.end,
        due: first.due,
        occurrences,
        onDemand: rec.tokens.has('on_demand'),
      };
    }
  }

  return needs('Không nhận dạng được cụm từ thời gian; cần người xác định (unrecognised phrase)');
}

/** The first occurrence due on or after `today` (null when none is left this year or none exists). */
export function nextOccurrence(result: TimePhraseResult, today: IsoDate): TimingOccurrence | null {
  if (result.kind === 'needs_person') return null;
  return result.occurrences.find((o) => compareIsoDate(o.due, today) >= 0) ?? null;
}
