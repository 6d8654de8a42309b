import { describe, expect, it } from 'vitest';
import type { Framework, FrameworkNode } from '../framework/types';
import { stageFrozenBy, type SubmissionEntry, submissionProblems } from './stage-submission';

const leaf = (code: string, extra: Partial<FrameworkNode> = {}): FrameworkNode => ({
  code,
  name: `Tiêu chí ${code}`,
  maxPoints: 1,
  children: [],
  method: { kind: 'binary', yesPoints: 1, noPoints: 0 },
  scoreSource: 'self_then_appraised',
  appliesTo: [],
  ...extra,
});

const framework: Framework = {
  name: 'Mẫu',
  bonusCap: 5,
  penaltyCap: 5,
  tiers: [],
  areas: [
    {
      code: '1',
      name: 'Lĩnh vực 1',
      maxPoints: 5,
      appliesTo: [],
      children: [
        leaf('1.1'),
        leaf('1.2'),
        leaf('1.3', { scoreSource: 'appraised_only' }),
        leaf('1.4', { scoreSource: 'survey' }),
        leaf('1.5', { appliesTo: ['xa'] }),
      ],
    },
  ],
} as unknown as Framework;

const self = (leafCode: string, evidenceCount: number, comment: string | null = null): SubmissionEntry => ({
  leafCode,
  source: 'SELF',
  comment,
  evidenceCount,
});

describe('submissionProblems (self-assessment)', () => {
  it.each<[string, string, SubmissionEntry[], Array<[string, string]>]>([
    [
      'nothing claimed: every self-scored leaf of the type',
      'phong',
      [],
      [
        ['1.1', 'MISSING_CLAIM'],
        ['1.2', 'MISSING_CLAIM'],
      ],
    ],
    ['a ward also has 1.5', 'xa', [self('1.1', 1), self('1.2', 1)], [['1.5', 'MISSING_CLAIM']]],
    ['claims with evidence', 'phong', [self('1.1', 1), self('1.2', 2)], []],
    ['a claim explained without evidence', 'phong', [self('1.1', 0, 'Chưa ban hành'), self('1.2', 1)], []],
    ['a claim with neither', 'phong', [self('1.1', 0), self('1.2', 1)], [['1.1', 'NEEDS_EVIDENCE_OR_EXPLANATION']]],
    [
      'a blank explanation counts as none',
      'phong',
      [self('1.1', 0, '  '), self('1.2', 1)],
      [['1.1', 'NEEDS_EVIDENCE_OR_EXPLANATION']],
    ],
    [
      'marked not applicable needs no claim',
      'phong',
      [{ leafCode: '1.1', source: 'NOT_APPLICABLE', comment: 'Không có TTHC', evidenceCount: 0 }, self('1.2', 1)],
      [],
    ],
    [
      'an appraisal is not a claim',
      'phong',
      [{ leafCode: '1.1', source: 'ROUND1', comment: null, evidenceCount: 0 }, self('1.2', 1)],
      [['1.1', 'MISSING_CLAIM']],
    ],
  ])('%s', (_name, type, entries, expected) => {
    const problems = submissionProblems(framework, type, 'SELF_ASSESSMENT', entries);
    expect(problems.map((p) => [p.field, p.code])).toEqual(expected);
    for (const p of problems) expect(p.message).toContain(p.field);
  });

  it('asks nothing before submitting an explanation', () => {
    expect(submissionProblems(framework, 'phong', 'EXPLANATION', [])).toEqual([]);
  });

  it('knows which stage freezes which source', () => {
    expect(stageFrozenBy('SELF')).toBe('SELF_ASSESSMENT');
    expect(stageFrozenBy('EXPLANATION')).toBe('EXPLANATION');
    expect(stageFrozenBy('ROUND1')).toBeNull();
  });
});
