/**
 * More forms of plan time phrases, tried by `parseTimePhrase` after its own forms (issue #10: what
 * real plans write). Each returns null when the phrase is not its form; a phrase of its form that
 * cannot be read safely returns a needs-person reason instead of a guess.
 *
 * Choices (see README):
 * - Lists of quarters or months: consecutive ones are one window (first start → last end, due the
 *   last day: "Quý I, II/2021" = 01/01–30/06); non-consecutive ones are recurring occurrences, each
 *   due at its period's end ("Tháng 6 và tháng 12" = two occurrences). Repeats or a descending list
 *   need a person.
 * - A date without "ngày" ("15/12/2021", "Trước 15/12") reads as the same date with "ngày".
 * - Ranges "từ … đến …" (or "… - …") of months, quarters or dates are one window, due its end; an
 *   end before the start needs a person.
 * - "Cuối năm" = December (due 31/12); "Cuối tháng N" = month N (due its last day); "Đầu năm",
 *   "Giữa năm" and "Đầu/giữa tháng" are too vague for a due date: a person decides.
 */
import { compareIsoDate, isoDate, lastDayOfMonth, type IsoDate } from './iso-date';
import { parseQuarter, quarterRange, QUARTER_ROMAN, type Quarter } from './quarter';

export type FormResult =
  | { kind: 'window'; label: string; start: IsoDate; end: IsoDate; due: IsoDate }
  | { kind: 'recurring'; occurrences: Array<{ label: string; start: IsoDate; end: IsoDate; due: IsoDate }> }
  | { kind: 'needs_person'; reason: string };

const Q = '(?:i|ii|iii|iv|1|2|3|4)';
const SEP = '\\s*(?:,|và|;|\\+)\\s*';

/** Splits off a trailing year ("/2021", " năm 2021", " 2021"): the body and the written year. */
function tailYear(p: string): { body: string; year: string | undefined } {
  const m = /(?:\/| năm | )(\d{4})$/u.exec(p);
  return m ? { body: p.slice(0, m.index).trim(), year: m[1] } : { body: p, year: undefined };
}

type Period = { label: string; start: IsoDate; end: IsoDate; index: number };

function quarterPeriod(token: string, year: number): Period | null {
  const q = parseQuarter(token) as Quarter | null;
  if (!q) return null;
  const r = quarterRange(year, q);
  return { label: `Quý ${QUARTER_ROMAN[q]}/${year}`, start: r.start, end: r.end, index: q };
}

function monthPeriod(token: string, year: number): Period | null {
  const m = Number(token);
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  return { label: `Tháng ${m}/${year}`, start: isoDate(year, m, 1), end: lastDayOfMonth(year, m), index: m };
}

/** A list of periods as one window (consecutive) or occurrences (not consecutive). */
function fromList(periods: Period[], what: string): FormResult {
  for (let i = 1; i < periods.length; i++) {
    if (periods[i]!.index <= periods[i - 1]!.index) {
      return { kind: 'needs_person', reason: `Danh sách ${what} lặp lại hoặc không theo thứ tự` };
    }
  }
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const consecutive = periods.every((p, i) => i === 0 || p.index === periods[i - 1]!.index + 1);
  if (consecutive) {
    return {
      kind: 'window',
      label: `${periods.map((p) => p.label.split('/')[0]).join(', ')}/${first.start.slice(0, 4)}`,
      start: first.start,
      end: last.end,
      due: last.end,
    };
  }
  return {
    kind: 'recurring',
    occurrences: periods.map((p) => ({ label: p.label, start: p.start, end: p.end, due: p.end })),
  };
}

/** A date d/m[/yyyy] of the plan year, or a reason. */
function readDate(d: string, m: string, y: string | undefined, year: number): IsoDate | string {
  if (y !== undefined && Number(y) !== year) return `Cụm từ ghi năm ${y} nhưng kế hoạch là năm ${year} (year mismatch)`;
  try {
    return isoDate(year, Number(m), Number(d));
  } catch {
    return `Ngày không hợp lệ: ${d}/${m}`;
  }
}

const isReason = (v: IsoDate | string): v is string => !/^\d{4}-\d{2}-\d{2}$/.test(v);

/** The forms above for the normalised phrase `p` of the plan year `year`; null: not one of them. */
export function parsePhraseForms(p: string, year: number): FormResult | null {
  const mismatch = (y: string | undefined): FormResult | null =>
    y !== undefined && Number(y) !== year
      ? { kind: 'needs_person', reason: `Cụm từ ghi năm ${y} nhưng kế hoạch là năm ${year} (year mismatch)` }
      : null;
  let m: RegExpExecArray | null;

  // Vague parts of a year or a month: never guessed.
  if (/^(?:đầu|giữa) năm(?: \d{4})?$/u.test(p) || /^(?:đầu|giữa) tháng \d{1,2}(?:\/\d{4})?$/u.test(p)) {
    return { kind: 'needs_person', reason: 'Mốc thời gian không cụ thể (đầu/giữa kỳ): cần người xác định hạn' };
  }

  // "Cuối năm 2021", "cuối năm".
  if ((m = /^cuối năm(?: (\d{4}))?$/u.exec(p))) {
    const bad = mismatch(m[1]);
    if (bad) return bad;
    return {
      kind: 'window',
      label: `Cuối năm ${year}`,
      start: isoDate(year, 12, 1),
      end: isoDate(year, 12, 31),
      due: isoDate(year, 12, 31),
    };
  }

  // "Cuối tháng 6/2021".
  if ((m = /^cuối tháng (\d{1,2})(?:(?:\/| năm )(\d{4}))?$/u.exec(p))) {
    const bad = mismatch(m[2]);
    if (bad) return bad;
    const period = monthPeriod(m[1] ?? '', year);
    if (!period) return { kind: 'needs_person', reason: `Tháng không hợp lệ: ${m[1]}` };
    return {
      kind: 'window',
      label: `Cuối tháng ${period.index}/${year}`,
      start: period.start,
      end: period.end,
      due: period.end,
    };
  }

  // A date without "ngày": "15/12/2021", "trước 15/12", "chậm nhất 30/6/2021".
  if ((m = /^(trước|đến|chậm nhất(?: là)?|hạn)? ?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u.exec(p))) {
    const date = readDate(m[2] ?? '', m[3] ?? '', m[4], year);
    if (isReason(date)) return { kind: 'needs_person', reason: date };
    // "trước X" = strictly before X: the last on-time day is X − 1 (as "trước ngày X").
    const due = m[1] === 'trước' ? addDaysIso(date, -1) : date;
    if (due.slice(0, 4) !== String(year)) return { kind: 'needs_person', reason: 'Hạn rơi vào năm khác' };
    return { kind: 'window', label: p, start: isoDate(year, 1, 1), end: due, due };
  }

  // Ranges: "từ tháng 3 đến tháng 6/2021", "tháng 3 - tháng 6", "từ quý ii đến quý iv/2021",
  // "từ ngày 01/3 đến ngày 30/6/2021", "từ 01/3 đến 30/6".
  const range = /^(?:từ )?(.+?)(?: đến | - |-| – )(.+)$/u.exec(p);
  if (range && (/^từ /u.test(p) || /(?: - |-| – )/u.test(p))) {
    const { body: rightBody, year: written } = tailYear(range[2] ?? '');
    const bad = mismatch(written);
    if (bad) return bad;
    const left = (range[1] ?? '').trim();
    const right = rightBody.trim();
    let a: Period | null = null;
    let b: Period | null = null;
    let mm: RegExpExecArray | null;
    const leftMonth = /^(?:tháng )?(\d{1,2})$/u.exec(left);
    const rightMonth = /^(?:tháng )?(\d{1,2})$/u.exec(right);
    const leftQuarter = new RegExp(`^quý (${Q})$`, 'u').exec(left);
    const rightQuarter = new RegExp(`^(?:quý )?(${Q})$`, 'u').exec(right);
    if (leftMonth && rightMonth && /tháng/u.test(left)) {
      a = monthPeriod(leftMonth[1] ?? '', year);
      b = monthPeriod(rightMonth[1] ?? '', year);
    } else if (leftQuarter && rightQuarter) {
      a = quarterPeriod(leftQuarter[1] ?? '', year);
      b = quarterPeriod(rightQuarter[1] ?? '', year);
    } else if (
      (mm = /^(?:ngày )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u.exec(left)) &&
      /^(?:ngày )?\d{1,2}\/\d{1,2}$/u.test(right)
    ) {
      const start = readDate(mm[1] ?? '', mm[2] ?? '', mm[3], year);
      const r = /(\d{1,2})\/(\d{1,2})$/u.exec(right)!;
      const end = readDate(r[1] ?? '', r[2] ?? '', undefined, year);
      if (isReason(start)) return { kind: 'needs_person', reason: start };
      if (isReason(end)) return { kind: 'needs_person', reason: end };
      if (compareIsoDate(end, start) < 0) return { kind: 'needs_person', reason: 'Ngày kết thúc trước ngày bắt đầu' };
      return { kind: 'window', label: p, start, end, due: end };
    } else {
      return null;
    }
    if (!a || !b) return { kind: 'needs_person', reason: 'Khoảng thời gian không hợp lệ' };
    if (b.index < a.index) return { kind: 'needs_person', reason: 'Kỳ kết thúc trước kỳ bắt đầu' };
    return { kind: 'window', label: `${a.label.split('/')[0]} – ${b.label}`, start: a.start, end: b.end, due: b.end };
  }

  // Lists of quarters: "quý i, ii/2021", "quý ii và quý iv", "quý i, quý iii năm 2021".
  {
    const { body, year: written } = tailYear(p);
    const list = new RegExp(`^quý (${Q})((?:${SEP}(?:quý )?${Q})+)$`, 'u').exec(body);
    if (list) {
      const bad = mismatch(written);
      if (bad) return bad;
      const tokens = [
        list[1] ?? '',
        ...(list[2] ?? '').split(new RegExp(SEP, 'u')).map((s) => s.replace(/^quý /u, '').trim()),
      ].filter((s) => s !== '');
      const periods = tokens.map((t) => quarterPeriod(t, year));
      if (periods.some((x) => !x)) return { kind: 'needs_person', reason: 'Quý không hợp lệ' };
      return fromList(periods as Period[], 'quý');
    }
    // Lists of months: "tháng 6 và tháng 12", "tháng 3, 6, 9, 12/2021".
    const months = new RegExp(`^tháng (\\d{1,2})((?:${SEP}(?:tháng )?\\d{1,2})+)$`, 'u').exec(body);
    if (months) {
      const bad = mismatch(written);
      if (bad) return bad;
      const tokens = [
        months[1] ?? '',
        ...(months[2] ?? '').split(new RegExp(SEP, 'u')).map((s) => s.replace(/^tháng /u, '').trim()),
      ].filter((s) => s !== '');
      const periods = tokens.map((t) => monthPeriod(t, year));
      if (periods.some((x) => !x)) return { kind: 'needs_person', reason: 'Tháng không hợp lệ' };
      return fromList(periods as Period[], 'tháng');
    }
  }
  return null;
}

function addDaysIso(d: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${d}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
