import { describe, expect, it } from 'vitest';
import { type DeadlineSources, myDeadlines } from './my-deadlines';

const none: DeadlineSources = { tasks: [], unitPlan: null, reports: [], correctiveActions: [], visits: [] };
// 15/06/2021 10:00 local
const now = new Date('2021-06-15T03:00:00Z');

describe('myDeadlines', () => {
  it('keeps overdue items and the next 30 days, overdue first, then by date', () => {
    const items = myDeadlines(
      {
        ...none,
        tasks: [
          { id: 't1', code: 'I.1', text: 'Rà soát', dueOn: '2021-06-30', done: false },
          { id: 't2', code: 'I.2', text: 'Đã xong', dueOn: '2021-06-20', done: true },
          { id: 't3', code: 'II.1', text: 'Trễ', dueOn: '2021-03-31', done: false },
          { id: 't4', code: 'II.2', text: 'Xa', dueOn: '2021-07-16', done: false },
          { id: 't5', code: 'II.3', text: 'Đúng 30 ngày', dueOn: '2021-07-15', done: false },
          { id: 't6', code: 'III.1', text: 'Thường xuyên', dueOn: null, done: false },
        ],
        unitPlan: { yearId: 'y', dueOn: '2021-02-19', sent: false, deadlineText: 'trước ngày 20/02/2021' },
        reports: [
          { periodId: 'p1', unitId: 'u', nameVi: 'Báo cáo 6 tháng', dueOn: '2021-06-20', met: false, extended: true },
          { periodId: 'p0', unitId: 'u', nameVi: 'Báo cáo quý I', dueOn: '2021-02-24', met: true, extended: false },
        ],
      },
      now,
    );
    expect(items.map((i) => [i.key, i.overdue, i.daysLeft])).toEqual([
      ['unit-plan-y', true, -116],
      ['task-t3', true, -76],
      ['report-p1-u', false, 5],
      ['task-t1', false, 15],
      ['task-t5', false, 30],
    ]);
    expect(items[2]).toMatchObject({ link: '/reports', detail: 'Đã được gia hạn', title: 'Gửi báo cáo 6 tháng' });
  });

  it('corrective actions to fix or to verify; visits ahead only, with their times', () => {
    const items = myDeadlines(
      {
        ...none,
        correctiveActions: [
          { id: 'a1', description: 'Niêm yết TTHC', dueOn: '2021-06-16', role: 'fix', unitName: 'Phòng Tư pháp' },
          { id: 'a2', description: 'Sổ theo dõi', dueOn: '2021-06-01', role: 'verify', unitName: 'Phường Long Phước' },
        ],
        visits: [
          {
            id: 'v1',
            unitName: 'Phòng Tư pháp',
            startsAt: new Date('2021-06-22T01:00:00Z'),
            endsAt: new Date('2021-06-22T04:00:00Z'),
            role: 'team',
            done: false,
          },
          {
            id: 'v0',
            unitName: 'Phòng Tư pháp',
            startsAt: new Date('2021-06-01T01:00:00Z'),
            endsAt: new Date('2021-06-01T04:00:00Z'),
            role: 'visited',
            done: false,
          },
        ],
      },
      now,
    );
    expect(items.map((i) => [i.kind, i.overdue, i.dueOn])).toEqual([
      ['verify_action', true, '2021-06-01'],
      ['corrective_action', false, '2021-06-16'],
      ['visit', false, '2021-06-22'],
    ]);
    expect(items[2]!.startsAt?.toISOString()).toBe('2021-06-22T01:00:00.000Z');
    expect(items[2]!.link).toBe('/inspections/v1');
  });

  it('nothing to do: an empty list', () => {
    expect(myDeadlines(none, now)).toEqual([]);
  });
});

describe("myDeadlines: Home Affairs' own deadlines", () => {
  const office = (o: Partial<NonNullable<DeadlineSources['office']>>): DeadlineSources => ({
    ...none,
    office: { registrations: [], reportPeriods: [], stages: [], ...o },
  });

  it.each([
    // sent on, expected due (sent + 7 days), overdue on 15/06/2021, kept
    ['2021-06-14', '2021-06-21', false, true],
    ['2021-06-08', '2021-06-15', false, true],
    ['2021-06-07', '2021-06-14', true, true],
    ['2021-01-10', '2021-01-17', true, true],
  ] as const)(
    'a registration sent on %s is to be reviewed by %s (overdue: %s)',
    (submittedOn, dueOn, overdue, kept) => {
      const items = myDeadlines(
        office({ registrations: [{ id: 'r1', yearId: 'y', unitName: 'Phòng Tư pháp', submittedOn }] }),
        now,
      );
      expect(items.length > 0).toBe(kept);
      expect(items[0]).toMatchObject({
        key: 'review-registration-r1',
        kind: 'review_registration',
        title: 'Xem xét đăng ký thực hiện kế hoạch của Phòng Tư pháp',
        dueOn,
        overdue,
        link: '/registration',
      });
    },
  );

  it.each([
    // due on, listed on 15/06/2021 (30 days ahead)
    ['2021-06-14', false],
    ['2021-06-15', true],
    ['2021-07-15', true],
    ['2021-07-16', false],
  ] as const)('a report period closing on %s is listed: %s (a closed one is not work left)', (dueOn, listed) => {
    const items = myDeadlines(
      office({ reportPeriods: [{ id: 'p1', nameVi: 'Báo cáo 6 tháng', dueOn, sent: 12, units: 19 }] }),
      now,
    );
    expect(items.map((i) => [i.kind, i.title, i.detail, i.overdue])).toEqual(
      listed ? [['report_period', 'Hạn gửi báo cáo 6 tháng của các đơn vị', '12/19 đơn vị đã gửi', false]] : [],
    );
  });

  it('lists the stages closing ahead (never as overdue), with everything else by date', () => {
    const items = myDeadlines(
      office({
        stages: [
          { yearId: 'y', year: 2021, stage: 'SELF_ASSESSMENT', closesOn: '2021-06-10' },
          { yearId: 'y', year: 2021, stage: 'ROUND1', closesOn: '2021-06-30' },
          { yearId: 'y', year: 2021, stage: 'ROUND2', closesOn: '2021-08-30' },
        ],
        registrations: [{ id: 'r1', yearId: 'y', unitName: 'UBND phường Long Phước', submittedOn: '2021-06-01' }],
        reportPeriods: [{ id: 'p1', nameVi: 'Báo cáo 6 tháng', dueOn: '2021-06-24', sent: 3, units: 19 }],
      }),
      now,
    );
    expect(items.map((i) => [i.key, i.dueOn, i.overdue])).toEqual([
      ['review-registration-r1', '2021-06-08', true],
      ['report-period-p1', '2021-06-24', false],
      ['stage-y-ROUND1', '2021-06-30', false],
    ]);
    expect(items[2]!.title).toBe('Kết thúc giai đoạn thẩm định lần 1 năm 2021');
  });
});
