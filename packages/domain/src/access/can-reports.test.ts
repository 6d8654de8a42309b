import { describe, expect, it } from 'vitest';
import type { Role, YearStatus } from '../enums';
import { type Action, type DenyReason, decide, type Resource } from './can';

const as = (role: Role, unitId: string | null = null) => ({ userId: 'me', roles: [role], unitId });
const unit = (unitId: string, yearStatus: YearStatus = 'OPEN'): Resource => ({
  type: 'UnitRecord',
  unitId,
  yearStatus,
});
const year = (yearStatus: YearStatus = 'OPEN'): Resource => ({ type: 'EvaluationYear', yearStatus });

describe('decide: periodic reports', () => {
  it.each<[string, ReturnType<typeof as> | null, Action, Resource, true | DenyReason]>([
    ['nobody submits', null, 'report.submit', unit('u1'), 'NOT_SIGNED_IN'],
    ["the unit's officer submits its report", as('UNIT_OFFICER', 'u1'), 'report.submit', unit('u1'), true],
    ["another unit's officer", as('UNIT_OFFICER', 'u2'), 'report.submit', unit('u1'), 'NOT_YOUR_UNIT'],
    ['an officer without a unit', as('UNIT_OFFICER', null), 'report.submit', unit('u1'), 'NOT_YOUR_UNIT'],
    ['Home Affairs does not submit for a unit', as('HOME_AFFAIRS'), 'report.submit', unit('u1'), 'ROLE'],
    ['published year', as('UNIT_OFFICER', 'u1'), 'report.submit', unit('u1', 'PUBLISHED'), 'YEAR_PUBLISHED'],
    ['Home Affairs extends', as('HOME_AFFAIRS'), 'report.extend', year(), true],
    ['leadership does not extend', as('LEADERSHIP'), 'report.extend', year(), 'ROLE'],
    ['an officer does not extend', as('UNIT_OFFICER', 'u1'), 'report.extend', year(), 'ROLE'],
    ['no extension in a published year', as('HOME_AFFAIRS'), 'report.extend', year('PUBLISHED'), 'YEAR_PUBLISHED'],
    ["Home Affairs chooses the year's rule", as('HOME_AFFAIRS'), 'year.reportRule', year(), true],
    ['the administrator does not', as('ADMIN'), 'year.reportRule', year(), 'ROLE'],
    ['leadership reads the matrix', as('LEADERSHIP'), 'report.readCompliance', year(), true],
    ['also once published', as('HOME_AFFAIRS'), 'report.readCompliance', year('PUBLISHED'), true],
    ['an inspector does not', as('INSPECTOR'), 'report.readCompliance', year(), 'ROLE'],
    ['an officer does not', as('UNIT_OFFICER', 'u1'), 'report.readCompliance', year(), 'ROLE'],
  ])('%s', (_name, viewer, action, resource, expected) => {
    const d = decide(viewer, action, resource);
    expect(d.allowed ? true : d.reason).toBe(expected);
  });
});
