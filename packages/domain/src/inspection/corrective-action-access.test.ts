import { describe, expect, it } from 'vitest';
import { type Action, decide, type Resource } from '../access/can';
import type { Viewer } from '../access/permissions';
import { Role, YearStatus } from '../enums';

const ha: Viewer = { userId: 'ha', roles: [Role.HOME_AFFAIRS], unitId: null };
const onTeam: Viewer = { userId: 'insp', roles: [Role.INSPECTOR], unitId: null };
const offTeam: Viewer = { userId: 'other', roles: [Role.INSPECTOR], unitId: null };
const owner: Viewer = { userId: 'o', roles: [Role.UNIT_OFFICER], unitId: 'u1' };
const otherUnit: Viewer = { userId: 'o2', roles: [Role.UNIT_OFFICER], unitId: 'u2' };
const leader: Viewer = { userId: 'l', roles: [Role.LEADERSHIP], unitId: null };
const admin: Viewer = { userId: 'a', roles: [Role.ADMIN], unitId: null };

const action = (yearStatus: YearStatus = YearStatus.OPEN): Resource => ({
  type: 'CorrectiveAction',
  ownerUnitId: 'u1',
  teamUserIds: ['insp'],
  yearStatus,
});
const visit: Resource = { type: 'InspectionVisit', unitId: 'u1', teamUserIds: ['insp'], yearStatus: YearStatus.OPEN };

describe('corrective action access', () => {
  it.each<[string, Viewer, Action, Resource, string]>([
    ['HA creates', ha, 'action.create', visit, 'ok'],
    ['team inspector creates', onTeam, 'action.create', visit, 'ok'],
    ['inspector off the team', offTeam, 'action.create', visit, 'NOT_ON_TEAM'],
    ['unit officer cannot create', owner, 'action.create', visit, 'ROLE'],
    ['owner officer submits', owner, 'action.submitFix', action(), 'ok'],
    ['other unit officer', otherUnit, 'action.submitFix', action(), 'NOT_YOUR_UNIT'],
    ['HA does not submit for the unit', ha, 'action.submitFix', action(), 'ROLE'],
    ['team verifies', onTeam, 'action.verify', action(), 'ok'],
    ['HA reopens', ha, 'action.reopen', action(), 'ok'],
    ['off-team inspector cannot verify', offTeam, 'action.verify', action(), 'NOT_ON_TEAM'],
    ['owner cannot verify its own', owner, 'action.verify', action(), 'ROLE'],
    ['leadership reads', leader, 'action.read', action(), 'ok'],
    ['any inspector reads', offTeam, 'action.read', action(), 'ok'],
    ['owner reads', owner, 'action.read', action(), 'ok'],
    ['other unit does not read', otherUnit, 'action.read', action(), 'NOT_YOUR_UNIT'],
    ['admin does not read', admin, 'action.read', action(), 'ROLE'],
    ['published: read-only', owner, 'action.submitFix', action(YearStatus.PUBLISHED), 'YEAR_PUBLISHED'],
    ['published: still readable', owner, 'action.read', action(YearStatus.PUBLISHED), 'ok'],
  ])('%s', (_name, viewer, act, resource, expected) => {
    const d = decide(viewer, act, resource);
    expect(d.allowed ? 'ok' : d.reason).toBe(expected);
  });
});
