import { describe, expect, it } from 'vitest';
import { can, permissionsOf, type Role } from './permissions';

const viewer = (...roles: Role[]) => ({ userId: 'u', roles, unitId: null });

describe('can', () => {
  it.each([
    [['HOME_AFFAIRS'], 'managePlan', true],
    [['ADMIN'], 'manageFramework', true],
    [['UNIT_OFFICER'], 'managePlan', false],
    [['LEADERSHIP'], 'manageFramework', false],
    [['INSPECTOR'], 'viewPlan', true],
    [['UNIT_OFFICER'], 'viewDashboard', true],
    [[], 'viewPlan', false],
  ] as Array<[Role[], Parameters<typeof can>[1], boolean]>)('%j may %s: %s', (roles, permission, expected) => {
    expect(can(viewer(...roles), permission)).toBe(expected);
  });

  it('denies everything to nobody', () => {
    expect(Object.values(permissionsOf(null)).every((v) => v === false)).toBe(true);
  });

  it('combines roles', () => {
    expect(permissionsOf(viewer('UNIT_OFFICER', 'HOME_AFFAIRS')).managePlan).toBe(true);
  });
});
