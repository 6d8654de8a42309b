// The results' access rules (packages/domain/src/access/can.ts, actions results.*), table-driven:
// who reads the ranking or a scorecard before and after publication, and who locks, approves and
// publishes the snapshot.
import { describe, expect, it } from 'vitest';
import { decide, type Action, type DenyReason } from '../access/can';
import type { Role, YearStatus } from '../enums';

const OWN = 'unit-own';
const OTHER = 'unit-other';
const as = (role: Role, unitId: string | null = null) => ({ userId: 'me', roles: [role], unitId });
const results = (yearStatus: YearStatus, unitId: string | null = null, approved = false) => ({
  type: 'YearResults' as const,
  unitId,
  approved,
  yearStatus,
});

type Row = [string, ReturnType<typeof as> | null, Action, ReturnType<typeof results>, true | DenyReason];

const ROWS: Row[] = [
  // reading before publication
  ['Home Affairs reads the ranking', as('HOME_AFFAIRS'), 'results.read', results('APPRAISAL'), true],
  ['leadership reads the ranking', as('LEADERSHIP'), 'results.read', results('APPRAISAL'), true],
  ['the administrator reads the ranking', as('ADMIN'), 'results.read', results('APPRAISAL'), true],
  ['an officer reads its own scorecard', as('UNIT_OFFICER', OWN), 'results.read', results('APPRAISAL', OWN), true],
  [
    'an officer reads another scorecard',
    as('UNIT_OFFICER', OWN),
    'results.read',
    results('APPRAISAL', OTHER),
    'NOT_YOUR_UNIT',
  ],
  ['an officer reads the ranking', as('UNIT_OFFICER', OWN), 'results.read', results('APPRAISAL'), 'ROLE'],
  ['an inspector reads the ranking', as('INSPECTOR'), 'results.read', results('APPRAISAL'), 'ROLE'],
  ['nobody signed in', null, 'results.read', results('APPRAISAL'), 'NOT_SIGNED_IN'],
  // reading after publication
  ['an officer reads the published ranking', as('UNIT_OFFICER', OWN), 'results.read', results('PUBLISHED'), true],
  [
    'an officer reads another published scorecard',
    as('UNIT_OFFICER', OWN),
    'results.read',
    results('PUBLISHED', OTHER),
    true,
  ],
  ['an inspector reads the published ranking', as('INSPECTOR'), 'results.read', results('PUBLISHED'), true],
  ['nobody signed in, published', null, 'results.read', results('PUBLISHED'), 'NOT_SIGNED_IN'],
  // lock
  ['Home Affairs locks', as('HOME_AFFAIRS'), 'results.lock', results('APPRAISAL'), true],
  ['leadership locks', as('LEADERSHIP'), 'results.lock', results('APPRAISAL'), 'ROLE'],
  ['the administrator locks', as('ADMIN'), 'results.lock', results('APPRAISAL'), 'ROLE'],
  ['Home Affairs locks a published year', as('HOME_AFFAIRS'), 'results.lock', results('PUBLISHED'), 'YEAR_PUBLISHED'],
  // approve
  ['leadership approves', as('LEADERSHIP'), 'results.approve', results('APPRAISAL'), true],
  ['Home Affairs approves', as('HOME_AFFAIRS'), 'results.approve', results('APPRAISAL'), 'ROLE'],
  ['leadership approves a published year', as('LEADERSHIP'), 'results.approve', results('PUBLISHED'), 'YEAR_PUBLISHED'],
  // publish
  ['leadership publishes', as('LEADERSHIP'), 'results.publish', results('APPRAISAL'), true],
  ['Home Affairs publishes before approval', as('HOME_AFFAIRS'), 'results.publish', results('APPRAISAL'), 'ROLE'],
  [
    'Home Affairs publishes after approval',
    as('HOME_AFFAIRS'),
    'results.publish',
    results('APPRAISAL', null, true),
    true,
  ],
  ['the administrator publishes', as('ADMIN'), 'results.publish', results('APPRAISAL', null, true), 'ROLE'],
  ['an officer publishes', as('UNIT_OFFICER', OWN), 'results.publish', results('APPRAISAL', null, true), 'ROLE'],
  ['publishing again', as('LEADERSHIP'), 'results.publish', results('PUBLISHED', null, true), 'YEAR_PUBLISHED'],
];

describe('results access', () => {
  it.each(ROWS)('%s', (_name, viewer, action, resource, expected) => {
    const d = decide(viewer, action, resource);
    expect(d.allowed ? true : d.reason).toBe(expected);
  });

  it('results.* actions refuse other resources', () => {
    expect(decide(as('HOME_AFFAIRS'), 'results.lock', { type: 'EvaluationYear', yearStatus: 'APPRAISAL' })).toEqual({
      allowed: false,
      reason: 'ROLE',
    });
  });
});
