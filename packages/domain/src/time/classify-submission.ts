import { compareIsoDate, toLocalIsoDate, type IsoDate } from './iso-date';

/** pending = not submitted and `now` is still on or before the last on-time date. */
export type SubmissionStatus = 'on_time' | 'late' | 'missing' | 'pending';

/**
 * Classifies a submission against the last on-time calendar date, comparing LOCAL dates in
 * Asia/Ho_Chi_Minh (UTC+7): a report sent at 23:30 local time on the due day is on time.
 * Whether "late" is then scored as "not sent" is a framework setting (deadline method points).
 */
export function classifySubmission(args: {
  lastOnTimeDate: IsoDate;
  submittedAt: Date | null;
  now: Date;
}): SubmissionStatus {
  const { lastOnTimeDate, submittedAt, now } = args;
  if (submittedAt) {
    return compareIsoDate(toLocalIsoDate(submittedAt), lastOnTimeDate) <= 0 ? 'on_time' : 'late';
  }
  return compareIsoDate(toLocalIsoDate(now), lastOnTimeDate) <= 0 ? 'pending' : 'missing';
}
