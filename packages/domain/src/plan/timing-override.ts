import { isIsoDate, type IsoDate } from '../time/iso-date';

/** Dates a person sets for a task instead of (or where there are none from) its time phrase. */
export interface TimingOverride {
  start: IsoDate;
  end: IsoDate;
  due: IsoDate | null;
}

export interface TimingOverrideProblem {
  field: 'start' | 'end' | 'due';
  code: 'INVALID_DATE' | 'END_BEFORE_START' | 'DUE_BEFORE_START' | 'OUTSIDE_YEAR';
  messageVi: string;
}

/**
 * Checks a hand-set window for a task of the plan year: real dates, start ≤ end, due ≥ start, and
 * within the plan year or the first quarter after it (year-end reports are often due in January).
 * Every problem is listed, each with the field it belongs to.
 */
export function validateTimingOverride(o: TimingOverride, planYear: number): TimingOverrideProblem[] {
  const problems: TimingOverrideProblem[] = [];
  const fields: Array<['start' | 'end' | 'due', string | null]> = [
    ['start', o.start],
    ['end', o.end],
    ['due', o.due],
  ];
  for (const [field, value] of fields) {
    if (value !== null && !isIsoDate(value)) {
      problems.push({ field, code: 'INVALID_DATE', messageVi: 'Ngày không hợp lệ.' });
    }
  }
  if (problems.length) return problems;
  const first = `${planYear}-01-01`;
  const last = `${planYear + 1}-03-31`;
  for (const [field, value] of fields) {
    if (value !== null && (value < first || value > last)) {
      problems.push({
        field,
        code: 'OUTSIDE_YEAR',
        messageVi: `Ngày phải nằm trong năm ${planYear} (hoặc quý I năm ${planYear + 1}).`,
      });
    }
  }
  if (o.end < o.start) {
    problems.push({
      field: 'end',
      code: 'END_BEFORE_START',
      messageVi: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
    });
  }
  if (o.due !== null && o.due < o.start) {
    problems.push({
      field: 'due',
      code: 'DUE_BEFORE_START',
      messageVi: 'Hạn hoàn thành phải sau hoặc trùng ngày bắt đầu.',
    });
  }
  return problems;
}
