import { describe, expect, it } from 'vitest';
import { inputProblems } from '../text/input-problems';
import {
  cancelInspectionVisitInputSchema,
  type CreateInspectionVisitInput,
  createInspectionVisitInputSchema,
} from './visit-input';
import { formatVisitWindowVi, localInstant, visitWindowInstants, visitWindowOf } from './visit-window';

const valid: CreateInspectionVisitInput = {
  yearId: 'y',
  unitId: 'u',
  date: '2026-07-15',
  startTime: '08:00',
  endTime: '11:00',
  place: 'Trụ sở đơn vị',
  team: [
    { userId: 'an', isLead: true },
    { userId: null, name: 'Trần Thị Bích', organization: 'Sở Nội vụ', isLead: false },
  ],
  scopeNodeIds: [],
  scopeText: 'Công tác chỉ đạo điều hành CCHC',
};

const codes = (input: unknown) => {
  const parsed = createInspectionVisitInputSchema.safeParse(input);
  return parsed.success ? [] : inputProblems(parsed.error).map((p) => `${p.field}:${p.code}`);
};

describe('visit input', () => {
  it.each<[string, Partial<CreateInspectionVisitInput>, string[]]>([
    ['valid', {}, []],
    ['end before start', { endTime: '07:30' }, ['endTime:END_BEFORE_START']],
    ['end equal to start', { endTime: '08:00' }, ['endTime:END_BEFORE_START']],
    ['bad time', { startTime: '8h' }, ['startTime:INVALID_TIME']],
    ['24:00 is not a time', { endTime: '24:00' }, ['endTime:INVALID_TIME']],
    ['bad date', { date: '2026-02-30' }, ['date:INVALID_DATE']],
    ['no team', { team: [] }, ['team:TEAM_REQUIRED']],
    ['no lead', { team: [{ userId: 'an', isLead: false }] }, ['team:ONE_LEAD']],
    [
      'two leads',
      {
        team: [
          { userId: 'an', isLead: true },
          { userId: 'binh', isLead: true },
        ],
      },
      ['team:ONE_LEAD'],
    ],
    [
      'a person twice',
      {
        team: [
          { userId: 'an', isLead: true },
          { userId: 'an', isLead: false },
        ],
      },
      ['team:DUPLICATE_MEMBER'],
    ],
    ['an expert with no name', { team: [{ userId: null, name: '  ', isLead: true }] }, ['team.0.name:REQUIRED']],
    ['no scope', { scopeText: ' ', scopeNodeIds: [] }, ['scopeText:SCOPE_REQUIRED']],
    ['scope by nodes only', { scopeText: null, scopeNodeIds: ['n1'] }, []],
  ])('%s', (_name, change, expected) => {
    expect(codes({ ...valid, ...change })).toEqual(expected);
  });

  it('a cancellation needs a visible reason', () => {
    const parsed = cancelInspectionVisitInputSchema.safeParse({ id: 'v', version: 1, reason: '\u200b ' });
    expect(parsed.success ? [] : inputProblems(parsed.error).map((p) => `${p.field}:${p.code}`)).toEqual([
      'reason:REQUIRED',
    ]);
  });
});

describe('visit window', () => {
  it('is local Vietnam time, stored as instants, and reads back', () => {
    const w = { date: '2026-07-15', startTime: '07:30', endTime: '11:15' };
    const { startsAt, endsAt } = visitWindowInstants(w);
    expect(startsAt.toISOString()).toBe('2026-07-15T00:30:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-07-15T04:15:00.000Z');
    expect(visitWindowOf(startsAt, endsAt)).toEqual(w);
    expect(formatVisitWindowVi(startsAt, endsAt)).toBe('15/07/2026, 07:30–11:15');
  });

  it('an early-morning local time is the previous UTC day', () => {
    expect(localInstant('2026-01-02', '06:00').toISOString()).toBe('2026-01-01T23:00:00.000Z');
  });
});
