// The year's evaluation calendar: which stage is open on a day, and what the next deadline is. Stages
// are calendar dates (Asia/Ho_Chi_Minh); a stage is open from its first to its last day inclusive.
// Home Affairs may reopen one unit's stage until a later day (with a reason, audited elsewhere).
import { CycleStage } from '../enums';
import { addDays, type IsoDate } from '../time/iso-date';

export interface StageWindow {
  stage: CycleStage;
  opensOn: IsoDate;
  closesOn: IsoDate;
}

export type StageState = 'upcoming' | 'open' | 'closed';

export const CYCLE_STAGES = Object.values(CycleStage);

/** A stage's state on a day; a reopening for the unit (until a day) extends it. */
export function stageState(window: StageWindow, today: IsoDate, reopenedUntil: IsoDate | null = null): StageState {
  if (today < window.opensOn) return 'upcoming';
  const until = reopenedUntil && reopenedUntil > window.closesOn ? reopenedUntil : window.closesOn;
  return today <= until ? 'open' : 'closed';
}

/** The stage open on a day (the first in order when windows touch), or null between stages. */
export function currentStage(windows: readonly StageWindow[], today: IsoDate): StageWindow | null {
  return orderedStages(windows).find((w) => stageState(w, today) === 'open') ?? null;
}

/** The next last day still ahead (today counts), with its stage; null once every stage closed. */
export function nextDeadline(windows: readonly StageWindow[], today: IsoDate): StageWindow | null {
  return orderedStages(windows).find((w) => w.closesOn >= today) ?? null;
}

export interface CalendarProblem {
  stage: CycleStage;
  code: 'CLOSES_BEFORE_OPENS' | 'OUT_OF_ORDER' | 'MISSING';
  message: string;
}

/** Every stage once, each closing on or after it opens, each opening after the previous one opened. */
export function validateCalendar(windows: readonly StageWindow[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  for (const stage of CYCLE_STAGES) {
    if (!windows.some((w) => w.stage === stage)) {
      problems.push({ stage, code: 'MISSING', message: 'Thiếu thời hạn của giai đoạn này.' });
    }
  }
  const list = orderedStages(windows);
  list.forEach((w, i) => {
    if (w.closesOn < w.opensOn) {
      problems.push({ stage: w.stage, code: 'CLOSES_BEFORE_OPENS', message: 'Ngày kết thúc trước ngày bắt đầu.' });
    }
    const previous = list[i - 1];
    if (previous && w.opensOn < previous.opensOn) {
      problems.push({ stage: w.stage, code: 'OUT_OF_ORDER', message: 'Giai đoạn bắt đầu trước giai đoạn liền trước.' });
    }
  });
  return problems;
}

/**
 * The sample calendar of a year, from the sample framework's `workflow_deadlines_sample`: self-
 * assessment closes 30/11, appraisal round 1 on 15/12, explanation on 20/12, round 2 on 10/01 of the
 * next year. The sample gives no dates for approval and publication: 20/01 and 31/01 are this
 * product's sample choice. Self-assessment opens on 01/11; each later stage opens the day after the
 * previous one closes.
 */
export function sampleCalendar(year: number): StageWindow[] {
  const closes: Array<[CycleStage, IsoDate]> = [
    [CycleStage.SELF_ASSESSMENT, `${year}-11-30`],
    [CycleStage.ROUND1, `${year}-12-15`],
    [CycleStage.EXPLANATION, `${year}-12-20`],
    [CycleStage.ROUND2, `${year + 1}-01-10`],
    [CycleStage.APPROVAL, `${year + 1}-01-20`],
    [CycleStage.PUBLICATION, `${year + 1}-01-31`],
  ];
  let opensOn: IsoDate = `${year}-11-01`;
  return closes.map(([stage, closesOn]) => {
    const window = { stage, opensOn, closesOn };
    opensOn = addDays(closesOn, 1);
    return window;
  });
}

/** The windows in stage order. */
export function orderedStages(windows: readonly StageWindow[]): StageWindow[] {
  return [...windows].sort((a, b) => CYCLE_STAGES.indexOf(a.stage) - CYCLE_STAGES.indexOf(b.stage));
}
