import { describe, expect, it } from 'vitest';
import type { Role } from '../enums';
import { hasPermission, permissionsOf, type Permission } from './permissions';

const viewer = (...roles: Role[]) => ({ userId: 'u', roles, unitId: null });

describe('hasPermission', () => {
  it.each([
    [['HOME_AFFAIRS'], 'managePlan', true],
    [['ADMIN'], 'manageFramework', false],
    [['UNIT_OFFICER'], 'managePlan', false],
    [['LEADERSHIP'], 'manageFramework', false],
    [['LEADERSHIP'], 'viewAudit', true],
    [['INSPECTOR'], 'viewAudit', false],
    [['INSPECTOR'], 'viewPlan', true],
    [['UNIT_OFFICER'], 'viewDashboard', true],
    [[], 'viewPlan', false],
    [['LEADERSHIP'], 'viewEvaluationDashboard', true],
    [['HOME_AFFAIRS'], 'viewEvaluationDashboard', true],
    [['ADMIN'], 'viewEvaluationDashboard', true],
    [['INSPECTOR'], 'viewEvaluationDashboard', false],
    [['UNIT_OFFICER'], 'viewEvaluationDashboard', false],
  ] as Array<[Role[], Permission, boolean]>)('%j may %s: %s', (roles, permission, expected) => {
    expect(hasPermission(viewer(...roles), permission)).toBe(expected);
  });

  it('denies everything to nobody', () => {
    expect(Object.values(permissionsOf(null)).every((v) => v === false)).toBe(true);
  });

  it('combines roles', () => {
    expect(permissionsOf(viewer('UNIT_OFFICER', 'HOME_AFFAIRS')).managePlan).toBe(true);
  });
});
