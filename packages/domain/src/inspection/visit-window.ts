// A visit's time window: one local (Asia/Ho_Chi_Minh) day, a start and an end time ("HH:mm"). An
// inspection visit is a working session at a unit, so it never runs past midnight: a longer
// inspection is booked as one visit per day. Stored as two instants (startsAt, endsAt) and the day.
import { formatDateVi, type IsoDate, startOfLocalDay, toLocalIsoDate, VIETNAM_UTC_OFFSET_MS } from '../time/iso-date';

/** "HH:mm", 00:00–23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Minutes since local midnight of "HH:mm". */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The instant of a local date and time of day (Asia/Ho_Chi_Minh). */
export function localInstant(date: IsoDate, time: string): Date {
  return new Date(startOfLocalDay(date).getTime() + minutesOfDay(time) * 60_000);
}

/** The local "HH:mm" of an instant (Asia/Ho_Chi_Minh). */
export function localTimeOfDay(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

export interface VisitWindow {
  date: IsoDate;
  startTime: string;
  endTime: string;
}

/** The window as instants: the start and end on that local day. */
export function visitWindowInstants(w: VisitWindow): { startsAt: Date; endsAt: Date } {
  return { startsAt: localInstant(w.date, w.startTime), endsAt: localInstant(w.date, w.endTime) };
}

/** The window of stored instants, back as a local day and times. */
export function visitWindowOf(startsAt: Date, endsAt: Date): VisitWindow {
  return { date: toLocalIsoDate(startsAt), startTime: localTimeOfDay(startsAt), endTime: localTimeOfDay(endsAt) };
}

/** "15/07/2026, 08:00–11:00" (Vietnamese administrative date, 24-hour times). */
export function formatVisitWindowVi(startsAt: Date, endsAt: Date): string {
  const w = visitWindowOf(startsAt, endsAt);
  return `${formatDateVi(w.date)}, ${w.startTime}–${w.endTime}`;
}

/** Two windows overlap when each starts before the other ends (one ending at 11:00 and one starting at 11:00 do not). */
export function windowsOverlap(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
