import { describe, expect, it } from 'vitest';
import type { EntrySource } from '../enums';
import { awaitingAppraisal, type ProgressLeaf, progressRound, type UnitProgress, unitProgress } from './unit-progress';

const leaves: ProgressLeaf[] = [
  { code: '1.1', scoreSource: 'self_then_appraised', appliesTo: [] },
  { code: '1.2', appliesTo: [] }, // self-scored by default
  { code: '1.3', scoreSource: 'appraised_only', appliesTo: [] },
  { code: '1.4', scoreSource: 'survey', appliesTo: [] },
  { code: '1.5', scoreSource: 'self_then_appraised', appliesTo: ['xa'] },
];

const sources = (entries: Record<string, EntrySource[]>) => (code: string) =>
  entries[code] ? new Set(entries[code]) : undefined;

interface Case {
  name: string;
  type: string;
  entries: Record<string, EntrySource[]>;
  round: 'ROUND1' | 'ROUND2' | null;
  want: { claimed: number; selfScored: number; appraised: number; total: number };
}

describe('unitProgress', () => {
  it.each<Case>([
    {
      name: 'nothing entered (office)',
      type: 'phong',
      entries: {},
      round: 'ROUND1',
      want: { claimed: 0, selfScored: 2, appraised: 0, total: 4 },
    },
    {
      name: 'a ward has the ward-only leaf',
      type: 'xa',
      entries: {},
      round: null,
      want: { claimed: 0, selfScored: 3, appraised: 0, total: 5 },
    },
    {
      name: 'claims and round-1 appraisals counted; an explanation is not a claim',
      type: 'xa',
      entries: { '1.1': ['SELF', 'ROUND1'], '1.2': ['EXPLANATION'], '1.3': ['ROUND1'], '1.5': ['SELF'] },
      round: 'ROUND1',
      want: { claimed: 2, selfScored: 3, appraised: 2, total: 5 },
    },
    {
      name: 'round 2 counts only round-2 entries',
      type: 'xa',
      entries: { '1.1': ['SELF', 'ROUND1', 'ROUND2'], '1.3': ['ROUND1'] },
      round: 'ROUND2',
      want: { claimed: 1, selfScored: 3, appraised: 1, total: 5 },
    },
    {
      name: 'a leaf marked not applicable leaves both totals',
      type: 'xa',
      entries: { '1.1': ['NOT_APPLICABLE', 'SELF'], '1.3': ['NOT_APPLICABLE'] },
      round: 'ROUND1',
      want: { claimed: 0, selfScored: 2, appraised: 0, total: 3 },
    },
  ])('$name', ({ type, entries, round, want }) => {
    expect(unitProgress(leaves, type, sources(entries), round)).toEqual({ ...want, round });
  });
});

describe('progressRound', () => {
  it.each([
    { states: {}, want: null },
    { states: { ROUND1: 'upcoming', ROUND2: 'upcoming' }, want: null },
    { states: { ROUND1: 'open', ROUND2: 'upcoming' }, want: 'ROUND1' },
    { states: { ROUND1: 'closed', ROUND2: 'upcoming' }, want: 'ROUND1' },
    { states: { ROUND1: 'closed', ROUND2: 'open' }, want: 'ROUND2' },
    { states: { ROUND1: 'open', ROUND2: 'open' }, want: 'ROUND2' },
    { states: { ROUND1: 'open', ROUND2: 'closed' }, want: 'ROUND1' }, // round 1 reopened for the unit
    { states: { ROUND1: 'closed', ROUND2: 'closed' }, want: 'ROUND2' },
  ] as const)('$states → $want', ({ states, want }) => {
    expect(progressRound(states)).toBe(want);
  });
});

describe('awaitingAppraisal', () => {
  const left: Pick<UnitProgress, 'round' | 'appraised' | 'total'> = { round: 'ROUND1', appraised: 3, total: 10 };
  it.each([
    {
      name: 'submitted, round open, leaves left',
      progress: left,
      open: true,
      before: { state: 'closed', submitted: true },
      want: true,
    },
    {
      name: 'not submitted but the deadline passed',
      progress: left,
      open: true,
      before: { state: 'closed', submitted: false },
      want: true,
    },
    {
      name: 'reopened and not submitted yet: still working',
      progress: left,
      open: true,
      before: { state: 'open', submitted: false },
      want: false,
    },
    {
      name: 'reopened and submitted again',
      progress: left,
      open: true,
      before: { state: 'open', submitted: true },
      want: true,
    },
    {
      name: 'everything appraised',
      progress: { ...left, appraised: 10 },
      open: true,
      before: { state: 'closed', submitted: true },
      want: false,
    },
    { name: 'round closed', progress: left, open: false, before: { state: 'closed', submitted: true }, want: false },
    { name: 'no round yet', progress: { ...left, round: null }, open: false, before: null, want: false },
    { name: 'no stage before the round in the calendar', progress: left, open: true, before: null, want: true },
  ] as const)('$name', ({ progress, open, before, want }) => {
    expect(awaitingAppraisal(progress, open, before)).toBe(want);
  });
});
