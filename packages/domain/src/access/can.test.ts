import { describe, expect, it } from 'vitest';
import type { Role, YearStatus } from '../enums';
import { decide, type Action, type DenyReason, type Resource } from './can';

const OWN = 'unit-own';
const OTHER = 'unit-other';
const as = (role: Role, unitId: string | null = null, userId = 'me') => ({ userId, roles: [role], unitId });

const task = (yearStatus: YearStatus = 'OPEN'): Resource => ({ type: 'PlanTask', leadUnitIds: [OWN], yearStatus });
const record = (yearStatus: YearStatus = 'SELF_ASSESSMENT'): Resource => ({
  type: 'UnitRecord',
  unitId: OWN,
  yearStatus,
});
const visit = (team: string[]): Resource => ({
  type: 'InspectionVisit',
  unitId: OWN,
  teamUserIds: team,
  yearStatus: 'APPRAISAL',
});
const year = (yearStatus: YearStatus = 'OPEN'): Resource => ({ type: 'EvaluationYear', yearStatus });

describe('decide: who may do what to one record', () => {
  it.each<[string, ReturnType<typeof as> | null, Action, Resource, true | DenyReason]>([
    ['nobody', null, 'planTask.updateStatus', task(), 'NOT_SIGNED_IN'],
    ["Home Affairs: a task's status", as('HOME_AFFAIRS'), 'planTask.updateStatus', task(), true],
    ["Home Affairs: a task's dates", as('HOME_AFFAIRS'), 'planTask.setTiming', task(), true],
    ["lead unit officer: its task's status", as('UNIT_OFFICER', OWN), 'planTask.updateStatus', task(), true],
    ["lead unit officer: its task's dates", as('UNIT_OFFICER', OWN), 'planTask.setTiming', task(), 'ROLE'],
    ["another unit's officer", as('UNIT_OFFICER', OTHER), 'planTask.updateStatus', task(), 'NOT_YOUR_UNIT'],
    ['an officer with no unit', as('UNIT_OFFICER', null), 'planTask.updateStatus', task(), 'NOT_YOUR_UNIT'],
    ['leadership reads, does not edit', as('LEADERSHIP'), 'planTask.updateStatus', task(), 'ROLE'],
    ['inspector', as('INSPECTOR'), 'planTask.updateStatus', task(), 'ROLE'],
    ['administrator: users and years, not the plan', as('ADMIN'), 'planTask.setTiming', task(), 'ROLE'],
    ['published year: Home Affairs', as('HOME_AFFAIRS'), 'planTask.updateStatus', task('PUBLISHED'), 'YEAR_PUBLISHED'],
    [
      'published year: lead officer',
      as('UNIT_OFFICER', OWN),
      'planTask.updateStatus',
      task('PUBLISHED'),
      'YEAR_PUBLISHED',
    ],
    ['unit officer: its own record', as('UNIT_OFFICER', OWN), 'unitRecord.edit', record(), true],
    ["unit officer: another unit's record", as('UNIT_OFFICER', OTHER), 'unitRecord.edit', record(), 'NOT_YOUR_UNIT'],
    ['Home Affairs reviews, does not write for the unit', as('HOME_AFFAIRS'), 'unitRecord.edit', record(), 'ROLE'],
    ['Home Affairs reviews', as('HOME_AFFAIRS'), 'unitRecord.review', record(), true],
    ['unit officer cannot review', as('UNIT_OFFICER', OWN), 'unitRecord.review', record(), 'ROLE'],
    ['published record', as('UNIT_OFFICER', OWN), 'unitRecord.edit', record('PUBLISHED'), 'YEAR_PUBLISHED'],
    ['inspector on the team', as('INSPECTOR', null, 'me'), 'inspection.record', visit(['me']), true],
    ['inspector not on the team', as('INSPECTOR', null, 'me'), 'inspection.record', visit(['someone']), 'NOT_ON_TEAM'],
    ['Home Affairs on any visit', as('HOME_AFFAIRS'), 'inspection.record', visit([]), true],
    ["the visited unit's officer", as('UNIT_OFFICER', OWN), 'inspection.record', visit([]), 'ROLE'],
    ['Home Affairs plans inspections', as('HOME_AFFAIRS'), 'inspection.plan', year(), true],
    ['an inspector plans inspections', as('INSPECTOR'), 'inspection.plan', year(), true],
    ['a unit officer does not plan inspections', as('UNIT_OFFICER', OWN), 'inspection.plan', year(), 'ROLE'],
    ['leadership does not plan inspections', as('LEADERSHIP'), 'inspection.plan', year(), 'ROLE'],
    ['inspector on the team: notify', as('INSPECTOR', null, 'me'), 'visit.notify', visit(['me']), true],
    ['inspector not on the team: update', as('INSPECTOR', null, 'me'), 'visit.update', visit(['x']), 'NOT_ON_TEAM'],
    ['inspector not on the team: start', as('INSPECTOR', null, 'me'), 'visit.start', visit(['x']), 'NOT_ON_TEAM'],
    ['Home Affairs cancels any visit', as('HOME_AFFAIRS'), 'visit.cancel', visit([]), true],
    ["the visited unit's officer cannot cancel", as('UNIT_OFFICER', OWN), 'visit.cancel', visit([]), 'ROLE'],
    ['any inspector reads a visit', as('INSPECTOR', null, 'me'), 'visit.read', visit(['x']), true],
    ['leadership reads a visit', as('LEADERSHIP'), 'visit.read', visit([]), true],
    ["the visited unit's officer reads it", as('UNIT_OFFICER', OWN), 'visit.read', visit([]), true],
    [
      "the visited unit's officer: not before notification",
      as('UNIT_OFFICER', OWN),
      'visit.read',
      { type: 'InspectionVisit', unitId: OWN, teamUserIds: [], notified: false, yearStatus: 'OPEN' },
      'NOT_YOUR_UNIT',
    ],
    ["another unit's officer", as('UNIT_OFFICER', OTHER), 'visit.read', visit([]), 'NOT_YOUR_UNIT'],
    [
      'a published year: visits are read',
      as('LEADERSHIP'),
      'visit.read',
      { type: 'InspectionVisit', unitId: OWN, teamUserIds: [], yearStatus: 'PUBLISHED' },
      true,
    ],
    ['leadership approves', as('LEADERSHIP'), 'year.approve', year('APPRAISAL'), true],
    ['Home Affairs does not approve', as('HOME_AFFAIRS'), 'year.approve', year('APPRAISAL'), 'ROLE'],
    ['admin manages years', as('ADMIN'), 'year.manage', year(), true],
    ['admin manages a published year (the audited reopen)', as('ADMIN'), 'year.manage', year('PUBLISHED'), true],
    ['unit officer does not manage years', as('UNIT_OFFICER', OWN), 'year.manage', year(), 'ROLE'],
    ['Home Affairs edits the framework', as('HOME_AFFAIRS'), 'framework.edit', year(), true],
    [
      'nobody edits the framework of a published year',
      as('HOME_AFFAIRS'),
      'framework.edit',
      year('PUBLISHED'),
      'YEAR_PUBLISHED',
    ],
    ['admin does not edit the framework', as('ADMIN'), 'framework.edit', year(), 'ROLE'],
    ['leadership does not edit the framework', as('LEADERSHIP'), 'framework.edit', year(), 'ROLE'],
    ['unit officer does not edit the framework', as('UNIT_OFFICER', OWN), 'framework.edit', year(), 'ROLE'],
    ['admin manages users', as('ADMIN'), 'user.manage', { type: 'User', userId: 'x' }, true],
    ['Home Affairs does not manage users', as('HOME_AFFAIRS'), 'user.manage', { type: 'User', userId: 'x' }, 'ROLE'],
    ['an action on the wrong kind of record', as('HOME_AFFAIRS'), 'planTask.setTiming', record(), 'ROLE'],
    ['unit officer uploads evidence for its unit', as('UNIT_OFFICER', OWN), 'evidence.upload', record(), true],
    ["unit officer: another unit's evidence", as('UNIT_OFFICER', OTHER), 'evidence.upload', record(), 'NOT_YOUR_UNIT'],
    ['Home Affairs uploads evidence for any unit', as('HOME_AFFAIRS'), 'evidence.upload', record(), true],
    ['leadership does not upload evidence', as('LEADERSHIP'), 'evidence.upload', record(), 'ROLE'],
    [
      'no upload in a published year',
      as('UNIT_OFFICER', OWN),
      'evidence.upload',
      record('PUBLISHED'),
      'YEAR_PUBLISHED',
    ],
    ['unit officer reads its evidence', as('UNIT_OFFICER', OWN), 'evidence.read', record(), true],
    [
      "unit officer: another unit's evidence files",
      as('UNIT_OFFICER', OTHER),
      'evidence.read',
      record(),
      'NOT_YOUR_UNIT',
    ],
    ['leadership reads evidence', as('LEADERSHIP'), 'evidence.read', record(), true],
    ['admin reads evidence', as('ADMIN'), 'evidence.read', record(), true],
    ['inspector does not read evidence', as('INSPECTOR'), 'evidence.read', record(), 'ROLE'],
    ['evidence stays readable once published', as('UNIT_OFFICER', OWN), 'evidence.read', record('PUBLISHED'), true],
    ['Home Affairs gives bonus/penalty', as('HOME_AFFAIRS'), 'adjustment.manage', record(), true],
    ['unit officer gives no bonus', as('UNIT_OFFICER', OWN), 'adjustment.manage', record(), 'ROLE'],
    ['no bonus in a published year', as('HOME_AFFAIRS'), 'adjustment.manage', record('PUBLISHED'), 'YEAR_PUBLISHED'],
    ['annual report: Home Affairs reads', as('HOME_AFFAIRS'), 'annualReport.read', year('PUBLISHED'), true],
    ['annual report: leadership reads a draft', as('LEADERSHIP'), 'annualReport.read', year('APPRAISAL'), true],
    ['annual report: the administrator reads', as('ADMIN'), 'annualReport.read', year('PUBLISHED'), true],
    ['annual report: an inspector does not read', as('INSPECTOR'), 'annualReport.read', year('PUBLISHED'), 'ROLE'],
    ['annual report: a unit officer does not read', as('UNIT_OFFICER', OWN), 'annualReport.read', year(), 'ROLE'],
    [
      'annual report: Home Affairs issues (published year)',
      as('HOME_AFFAIRS'),
      'annualReport.issue',
      year('PUBLISHED'),
      true,
    ],
    ['annual report: leadership issues', as('LEADERSHIP'), 'annualReport.issue', year('PUBLISHED'), true],
    ['annual report: the administrator does not issue', as('ADMIN'), 'annualReport.issue', year('PUBLISHED'), 'ROLE'],
    ['annual report: an inspector does not issue', as('INSPECTOR'), 'annualReport.issue', year('PUBLISHED'), 'ROLE'],
    [
      'annual report: a unit officer does not issue',
      as('UNIT_OFFICER', OWN),
      'annualReport.issue',
      year('PUBLISHED'),
      'ROLE',
    ],
    ['annual report: nobody signed in', null, 'annualReport.read', year('PUBLISHED'), 'NOT_SIGNED_IN'],
    ['dashboard: leadership reads a published year', as('LEADERSHIP'), 'dashboard.read', year('PUBLISHED'), true],
    ['dashboard: Home Affairs reads', as('HOME_AFFAIRS'), 'dashboard.read', year('APPRAISAL'), true],
    ['dashboard: the administrator reads', as('ADMIN'), 'dashboard.read', year(), true],
    ['dashboard: an inspector does not read', as('INSPECTOR'), 'dashboard.read', year(), 'ROLE'],
    ['dashboard: a unit officer does not read', as('UNIT_OFFICER', OWN), 'dashboard.read', year('PUBLISHED'), 'ROLE'],
    ['dashboard: nobody signed in', null, 'dashboard.read', year('PUBLISHED'), 'NOT_SIGNED_IN'],
  ])('%s', (_name, viewer, action, resource, expected) => {
    const decision = decide(viewer, action, resource);
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else expect(decision).toEqual({ allowed: false, reason: expected });
  });
});
