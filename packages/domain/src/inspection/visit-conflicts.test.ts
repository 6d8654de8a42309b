import { describe, expect, it } from 'vitest';
import { VisitStatus } from '../enums';
import { type BookedVisit, findVisitClashes } from './visit-conflicts';
import { localInstant } from './visit-window';

const at = (time: string, date = '2026-07-15') => localInstant(date, time);

const booked = (over: Partial<BookedVisit> = {}): BookedVisit => ({
  id: 'v1',
  unitId: 'tuphap',
  unitName: 'Phòng Tư pháp',
  status: VisitStatus.PLANNED,
  startsAt: at('08:00'),
  endsAt: at('11:00'),
  team: [{ userId: 'an', name: 'Nguyễn Văn An' }],
  ...over,
});

describe('visit clashes', () => {
  it.each<[string, string, string, string, string[], BookedVisit, string[]]>([
    ['same unit, overlapping', 'tuphap', '10:00', '12:00', ['binh'], booked(), ['UNIT']],
    ['same inspector, another unit', 'ytế', '10:30', '11:30', ['an'], booked(), ['INSPECTOR']],
    ['same unit and inspector', 'tuphap', '07:00', '09:00', ['an'], booked(), ['UNIT', 'INSPECTOR']],
    ['touching windows do not clash', 'tuphap', '11:00', '12:00', ['an'], booked(), []],
    ['before it', 'tuphap', '07:00', '08:00', ['an'], booked(), []],
    ['inside it', 'thue', '09:00', '09:30', ['an'], booked(), ['INSPECTOR']],
    ['around it', 'tuphap', '07:00', '12:00', [], booked(), ['UNIT']],
    [
      'another day',
      'tuphap',
      '08:00',
      '11:00',
      ['an'],
      booked({ startsAt: at('08:00', '2026-07-16'), endsAt: at('11:00', '2026-07-16') }),
      [],
    ],
    [
      'a cancelled visit holds nothing',
      'tuphap',
      '08:00',
      '11:00',
      ['an'],
      booked({ status: VisitStatus.CANCELLED }),
      [],
    ],
    [
      'a concluded visit holds nothing',
      'tuphap',
      '08:00',
      '11:00',
      ['an'],
      booked({ status: VisitStatus.CONCLUDED }),
      [],
    ],
    ['in progress still holds', 'tuphap', '08:00', '11:00', [], booked({ status: VisitStatus.IN_PROGRESS }), ['UNIT']],
    ['another inspector, another unit', 'thue', '08:00', '11:00', ['binh'], booked(), []],
  ])('%s', (_name, unitId, start, end, team, visit, kinds) => {
    const clashes = findVisitClashes({ unitId, startsAt: at(start), endsAt: at(end), teamUserIds: team }, [visit]);
    expect(clashes.map((c) => c.kind)).toEqual(kinds);
  });

  it('a visit does not clash with itself when changed', () => {
    const visit = booked();
    expect(
      findVisitClashes(
        { id: 'v1', unitId: 'tuphap', startsAt: at('09:00'), endsAt: at('12:00'), teamUserIds: ['an'] },
        [visit],
      ),
    ).toEqual([]);
  });

  it('names who, which unit and the other window in dd/mm/yyyy HH:mm', () => {
    const [unit, inspector] = findVisitClashes(
      { unitId: 'tuphap', startsAt: at('10:00'), endsAt: at('12:00'), teamUserIds: ['an'] },
      [booked()],
    );
    expect(unit?.message).toBe('Phòng Tư pháp đã có lịch kiểm tra trùng thời gian: 15/07/2026, 08:00–11:00.');
    expect(inspector?.message).toBe(
      'Nguyễn Văn An đã có lịch kiểm tra Phòng Tư pháp trùng thời gian: 15/07/2026, 08:00–11:00.',
    );
  });
});
