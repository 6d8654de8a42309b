import { describe, expect, it } from 'vitest';
import type { Role, YearStatus } from '../enums';
import { decide, type Action, type DenyReason, type Resource } from './can';

const as = (role: Role, unitId: string | null = null) => ({ userId: 'me', roles: [role], unitId });
const part = (unitId: string, yearStatus: YearStatus = 'OPEN'): Resource => ({
  type: 'TaskPart',
  unitId,
  leadUnitIds: ['lead-a', 'lead-b'],
  coordinatingUnitIds: ['coord'],
  yearStatus,
});
const year = (yearStatus: YearStatus = 'OPEN'): Resource => ({ type: 'EvaluationYear', yearStatus });

describe('decide: progress on the plan and editing the plan', () => {
  it.each<[string, ReturnType<typeof as> | null, Action, Resource, true | DenyReason]>([
    ['nobody', null, 'progress.report', part('lead-a'), 'NOT_SIGNED_IN'],
    ["a lead unit's officer: its own part", as('UNIT_OFFICER', 'lead-a'), 'progress.report', part('lead-a'), true],
    [
      "a lead unit's officer: another lead unit's part",
      as('UNIT_OFFICER', 'lead-a'),
      'progress.report',
      part('lead-b'),
      'NOT_YOUR_UNIT',
    ],
    [
      "a coordinating unit's officer: its contribution",
      as('UNIT_OFFICER', 'coord'),
      'progress.report',
      part('coord'),
      true,
    ],
    [
      'an officer of a unit not linked to the task',
      as('UNIT_OFFICER', 'other'),
      'progress.report',
      part('other'),
      'NOT_YOUR_UNIT',
    ],
    ['an officer with no unit', as('UNIT_OFFICER', null), 'progress.report', part('lead-a'), 'NOT_YOUR_UNIT'],
    ['Home Affairs overrides instead of reporting', as('HOME_AFFAIRS'), 'progress.report', part('lead-a'), 'ROLE'],
    ['leadership', as('LEADERSHIP'), 'progress.report', part('lead-a'), 'ROLE'],
    ['published year', as('UNIT_OFFICER', 'lead-a'), 'progress.report', part('lead-a', 'PUBLISHED'), 'YEAR_PUBLISHED'],
    ['wrong resource', as('UNIT_OFFICER', 'lead-a'), 'progress.report', year(), 'ROLE'],
    ['Home Affairs edits the plan', as('HOME_AFFAIRS'), 'plan.edit', year(), true],
    ['Home Affairs imports the plan', as('HOME_AFFAIRS'), 'plan.import', year(), true],
    ['the administrator does not edit content', as('ADMIN'), 'plan.edit', year(), 'ROLE'],
    ['a unit officer does not import', as('UNIT_OFFICER', 'lead-a'), 'plan.import', year(), 'ROLE'],
    ['a published plan is read-only', as('HOME_AFFAIRS'), 'plan.edit', year('PUBLISHED'), 'YEAR_PUBLISHED'],
  ])('%s', (_name, viewer, action, resource, expected) => {
    const d = decide(viewer, action, resource);
    expect(d.allowed ? true : d.reason).toBe(expected);
  });
});
