import { describe, expect, it } from 'vitest';
import { escapeICalText, foldICalLine, toICalendar } from './ical';

describe('escapeICalText', () => {
  it.each([
    ['a;b,c', 'a\\;b\\,c'],
    ['back\\slash', 'back\\\\slash'],
    ['dòng 1\ndòng 2\r\ndòng 3', 'dòng 1\\ndòng 2\\ndòng 3'],
  ])('%j', (raw, escaped) => expect(escapeICalText(raw)).toBe(escaped));
});

describe('foldICalLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;
  it('leaves a short line alone', () => expect(foldICalLine('SUMMARY:ngắn')).toBe('SUMMARY:ngắn'));
  it('folds at 75 octets, never inside a Vietnamese character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'Kiểm tra công tác cải cách hành chính tại Ủy ban nhân dân phường '.repeat(4)}`;
    const folded = foldICalLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('toICalendar', () => {
  const text = toICalendar({
    name: 'Hạn của tôi',
    now: new Date('2021-06-15T03:00:00Z'),
    events: [
      {
        uid: 'report-p1-u@cchc',
        summary: 'Gửi báo cáo 6 tháng, gia hạn; lần 2',
        date: '2021-06-30',
        url: 'http://x/reports',
      },
      {
        uid: 'visit-v1@cchc',
        summary: 'Kiểm tra CCHC tại Phòng Tư pháp',
        start: new Date('2021-06-22T01:00:00Z'),
        end: new Date('2021-06-22T04:30:00Z'),
      },
    ],
  });
  it('is a VCALENDAR of VEVENTs with CRLF line ends only', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.match(/END:VEVENT/g)).toHaveLength(2);
  });
  it('all-day dues as VALUE=DATE with an exclusive end; visits in UTC', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20210630\r\nDTEND;VALUE=DATE:20210701');
    expect(text).toContain('DTSTART:20210622T010000Z\r\nDTEND:20210622T043000Z');
    expect(text).toContain('DTSTAMP:20210615T030000Z');
  });
  it('escapes text and keeps UIDs as given (stable per item)', () => {
    expect(text).toContain('SUMMARY:Gửi báo cáo 6 tháng\\, gia hạn\\; lần 2');
    expect(text).toContain('UID:report-p1-u@cchc');
  });
});
