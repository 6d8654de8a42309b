// On time, late or missing for one unit's report of one period, with Home Affairs' extensions:
// - an extension is granted for one period, to one unit or to every unit (unitId null), with a reason;
//   the latest granted extension that concerns the unit wins (it may shorten a longer earlier one:
//   Home Affairs corrected itself), and it replaces the period's due date for that unit;
// - the first submission's time decides (a resubmission keeps it, see submit-report in services);
// - the seed's rule "a report sent late counts as not sent": a late report is recorded and shown
//   as sent late, and counts as NOT reported (countsAsReported false), like a missing one.
import { classifySubmission, type SubmissionStatus } from '../time/classify-submission';
import { compareIsoDate, type IsoDate, toLocalIsoDate } from '../time/iso-date';

export interface ExtensionFact {
  id: string;
  /** null: every unit */
  unitId: string | null;
  untilDate: IsoDate;
  reason: string;
  createdAt: Date;
}

export interface EffectiveDue {
  dueDate: IsoDate;
  /** the extension that set it, or null (the period's own date) */
  extension: ExtensionFact | null;
}

/** The last on-time day of a period for a unit: the latest granted extension for it or for all, else the period's. */
export function effectiveDueDate(
  periodDue: IsoDate,
  extensions: readonly ExtensionFact[],
  unitId: string,
): EffectiveDue {
  let latest: ExtensionFact | null = null;
  for (const e of extensions) {
    if (e.unitId !== null && e.unitId !== unitId) continue;
    if (
      !latest ||
      e.createdAt.getTime() > latest.createdAt.getTime() ||
      (e.createdAt.getTime() === latest.createdAt.getTime() && e.id > latest.id)
    )
      latest = e;
  }
  return latest ? { dueDate: latest.untilDate, extension: latest } : { dueDate: periodDue, extension: null };
}

export interface ReportTiming {
  status: SubmissionStatus;
  /** only a report sent on time counts as reported (the seed's "late = not reported") */
  countsAsReported: boolean;
  dueDate: IsoDate;
  extended: boolean;
  /** the local day it was sent, or null */
  sentOn: IsoDate | null;
  /** days late (> 0 only when late) */
  daysLate: number;
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The timing of one unit's report of one period. */
export function reportTiming(args: {
  periodDue: IsoDate;
  extensions: readonly ExtensionFact[];
  unitId: string;
  /** the FIRST submission's time, or null */
  submittedAt: Date | null;
  now: Date;
}): ReportTiming {
  const eff = effectiveDueDate(args.periodDue, args.extensions, args.unitId);
  const status = classifySubmission({ lastOnTimeDate: eff.dueDate, submittedAt: args.submittedAt, now: args.now });
  const sentOn = args.submittedAt ? toLocalIsoDate(args.submittedAt) : null;
  return {
    status,
    countsAsReported: status === 'on_time',
    dueDate: eff.dueDate,
    extended: eff.extension !== null,
    sentOn,
    daysLate: sentOn && compareIsoDate(sentOn, eff.dueDate) > 0 ? daysBetween(eff.dueDate, sentOn) : 0,
  };
}

/** A compliance-matrix cell: the status with a symbol and a text, so colour is never the only cue. */
export interface ComplianceCellLook {
  symbol: string;
  labelVi: string;
  labelEn: string;
}

export const COMPLIANCE_LOOK: Readonly<Record<SubmissionStatus, ComplianceCellLook>> = Object.freeze({
  on_time: { symbol: '✓', labelVi: 'Đúng hạn', labelEn: 'On time' },
  late: { symbol: '!', labelVi: 'Trễ hạn (coi như không báo cáo)', labelEn: 'Late (counts as not reported)' },
  missing: { symbol: '✗', labelVi: 'Không báo cáo', labelEn: 'Not reported' },
  pending: { symbol: '…', labelVi: 'Chưa đến hạn', labelEn: 'Not due yet' },
});

export interface ComplianceCounts {
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** late + missing: what the seed's rule counts as not reported */
  notReported: number;
}

export function complianceCounts(statuses: Iterable<SubmissionStatus>): ComplianceCounts {
  const c = { onTime: 0, late: 0, missing: 0, pending: 0, notReported: 0 };
  for (const s of statuses) {
    if (s === 'on_time') c.onTime++;
    else if (s === 'late') c.late++;
    else if (s === 'missing') c.missing++;
    else c.pending++;
  }
  c.notReported = c.late + c.missing;
  return c;
}
