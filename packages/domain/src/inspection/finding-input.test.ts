import { describe, expect, it } from 'vitest';
import type { Role, YearStatus } from '../enums';
import { decide, type DenyReason } from '../access/can';
import { inputProblems } from '../text/input-problems';
import { deleteFindingInputSchema, recordFindingInputSchema, updateFindingInputSchema } from './finding-input';

const base = {
  visitId: 'visit-1',
  clientId: 'c0ffee00-1234-4abc-9def-0123456789ab',
  kind: 'WEAKNESS',
  severity: 'HIGH',
  frameworkNodeId: 'node-1',
  description: 'Chưa niêm yết thủ tục hành chính tại bộ phận một cửa',
};

const problems = (input: unknown) => {
  const parsed = recordFindingInputSchema.safeParse(input);
  return parsed.success ? [] : inputProblems(parsed.error).map((p) => `${p.field}:${p.code}`);
};

describe('recordFindingInputSchema', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a weakness with its severity', {}, []],
    ['a good practice without severity', { kind: 'GOOD_PRACTICE', severity: null }, []],
    ['a weakness without severity', { severity: null }, ['severity:SEVERITY_REQUIRED']],
    ['a good practice with a severity', { kind: 'GOOD_PRACTICE' }, ['severity:SEVERITY_NOT_ALLOWED']],
    ['an empty text', { description: ' \u200b ' }, ['description:REQUIRED']],
    ['a text too long', { description: 'a'.repeat(4001) }, ['description:TOO_LONG']],
    ['a clientId with a slash', { clientId: 'abc/def/ghi' }, ['clientId:BAD_CLIENT_ID']],
    ['a clientId too short', { clientId: 'abc' }, ['clientId:BAD_CLIENT_ID']],
    ['a latitude alone', { latitude: 11.8 }, ['latitude:BAD_LOCATION']],
    ['a location', { latitude: 11.8, longitude: 106.98 }, []],
    ['a latitude beyond 90', { latitude: 91, longitude: 106 }, ['latitude:BAD_LOCATION']],
    ['a longitude beyond 180', { latitude: 11, longitude: -181 }, ['longitude:BAD_LOCATION']],
    ['seven photos', { photoFileIds: ['1', '2', '3', '4', '5', '6', '7'] }, ['photoFileIds:TOO_MANY_FILES']],
  ])('%s', (_name, change, expected) => {
    expect(problems({ ...base, ...change })).toEqual(expected);
  });

  it('normalises the text (NFC, trimmed) and defaults the optional parts', () => {
    const parsed = recordFindingInputSchema.parse({
      ...base,
      frameworkNodeId: undefined,
      description: '  Cha\u0301y  ',
    });
    expect(parsed).toMatchObject({ description: 'Cháy', frameworkNodeId: null, latitude: null, photoFileIds: [] });
  });

  it('an edit needs the version seen; photos absent = unchanged (null)', () => {
    const { visitId: _v, clientId: _c, ...fields } = base;
    expect(updateFindingInputSchema.safeParse({ ...fields, id: 'f1' }).success).toBe(false);
    expect(updateFindingInputSchema.parse({ ...fields, id: 'f1', version: 2 }).photoFileIds).toBeNull();
    expect(deleteFindingInputSchema.safeParse({ id: 'f1', version: 0 }).success).toBe(false);
  });
});

describe('who records findings and minutes', () => {
  const as = (role: Role, userId = 'me', unitId: string | null = null) => ({ userId, roles: [role], unitId });
  const visit = (team: string[], yearStatus: YearStatus = 'OPEN') =>
    ({ type: 'InspectionVisit', unitId: 'u1', teamUserIds: team, yearStatus }) as const;

  it.each<[string, ReturnType<typeof as>, 'finding.record' | 'visit.minutes', string[], YearStatus, true | DenyReason]>(
    [
      ['an inspector on the team records', as('INSPECTOR'), 'finding.record', ['me', 'x'], 'OPEN', true],
      ['an inspector not on the team is refused', as('INSPECTOR'), 'finding.record', ['x'], 'OPEN', 'NOT_ON_TEAM'],
      ['Home Affairs records on any visit', as('HOME_AFFAIRS'), 'finding.record', [], 'OPEN', true],
      ['the visited unit does not record', as('UNIT_OFFICER', 'me', 'u1'), 'finding.record', ['me'], 'OPEN', 'ROLE'],
      ['leadership does not record', as('LEADERSHIP'), 'visit.minutes', [], 'OPEN', 'ROLE'],
      ['an inspector on the team records the minutes', as('INSPECTOR'), 'visit.minutes', ['me'], 'OPEN', true],
      ['another inspector does not', as('INSPECTOR'), 'visit.minutes', ['x'], 'OPEN', 'NOT_ON_TEAM'],
      ['nobody writes in a published year', as('INSPECTOR'), 'finding.record', ['me'], 'PUBLISHED', 'YEAR_PUBLISHED'],
    ],
  )('%s', (_name, viewer, action, team, status, expected) => {
    const d = decide(viewer, action, visit(team, status));
    expect(d.allowed ? true : d.reason).toBe(expected);
  });
});
