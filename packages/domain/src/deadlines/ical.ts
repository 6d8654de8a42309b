// RFC 5545 text for a person's deadlines feed: one VCALENDAR with a VEVENT per item. All-day dues
// are DTSTART;VALUE=DATE (and DTEND the next day, exclusive); visits have UTC times ("…Z"). The UID
// is stable per item (its key and the host), so a calendar updates rather than duplicates on every
// refresh. TEXT values are escaped (\\ ; , newline), content lines are folded at 75 octets without
// splitting a UTF-8 character, every line ends with CRLF.
import { addDays, type IsoDate } from '../time/iso-date';

export interface ICalEvent {
  uid: string;
  summary: string;
  description?: string | null;
  url?: string | null;
  /** an all-day item on this local date */
  date?: IsoDate;
  /** a timed item */
  start?: Date;
  end?: Date;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeICalText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets (continuation lines start with a space), never inside a character. */
export function foldICalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dateValue(d: IsoDate): string {
  return d.replace(/-/g, '');
}

export function toICalendar(args: { name: string; events: readonly ICalEvent[]; now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CCHC//Han cua toi//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalText(args.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
  ];
  const stamp = utcStamp(args.now);
  for (const e of args.events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeICalText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (e.start) {
      lines.push(`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end ?? e.start)}`);
    } else if (e.date) {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(e.date)}`, `DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`);
    } else {
      throw new RangeError(`iCal event ${e.uid} has neither a date nor a start`);
    }
    lines.push(`SUMMARY:${escapeICalText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeICalText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldICalLine).join('\r\n')}\r\n`;
}
