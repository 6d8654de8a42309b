import { describe, expect, it } from 'vitest';
import {
  type ScoreEntryBase,
  type ScoreFormValues,
  scoreEntryProblems,
  scoreFormValues,
  sourceShape,
} from './score-entry-form';
import { emptyMethodValues, type LeafInfo } from './score-method';

const binary: LeafInfo = {
  code: '1.7',
  name: 'Sáng kiến',
  maxPoints: 0.5,
  method: 'BINARY',
  scoreSource: 'SELF_THEN_APPRAISED',
  appliesTo: [],
  methodConfig: { kind: 'binary', yesPoints: 0.5, noPoints: 0 },
};
const survey: LeafInfo = { ...binary, code: '8.1', method: 'SURVEY_RATE', scoreSource: 'SURVEY', methodConfig: null };

const base = (source: ScoreEntryBase['source'], leaf = binary): ScoreEntryBase => ({
  yearId: 'y',
  unitId: 'u',
  leaf,
  source,
  version: null,
});
const values = (over: Partial<ScoreFormValues> & { met?: 'yes' | 'no' | '' } = {}): ScoreFormValues => ({
  inputs: { ...emptyMethodValues(binary), met: over.met ?? 'yes' },
  points: over.points ?? '',
  comment: over.comment ?? '',
  reasonCode: over.reasonCode ?? '',
});
const codes = (v: ScoreFormValues, b: ScoreEntryBase, evidenceCount = 0, claimPoints: number | null = null) =>
  scoreEntryProblems(v, b, { evidenceCount, claimPoints }).problems.map((p) => `${p.field}:${p.code}`);

describe("the entry rules on the form (the domain's, as the server applies them)", () => {
  it.each([
    [
      'a claim without evidence needs an explanation',
      values(),
      base('SELF'),
      0,
      null,
      ['comment:EXPLANATION_REQUIRED'],
    ],
    ['a claim with evidence does not', values(), base('SELF'), 1, null, []],
    ['a claim explained', values({ comment: 'Chưa có quyết định' }), base('SELF'), 0, null, []],
    [
      'an invisible explanation is none',
      values({ comment: '\u200b ' }),
      base('SELF'),
      0,
      null,
      ['comment:EXPLANATION_REQUIRED'],
    ],
    ['an appraisal like the claim', values(), base('ROUND1'), 0, 0.5, []],
    [
      'an appraisal that differs needs a reason',
      values({ met: 'no' }),
      base('ROUND1'),
      0,
      0.5,
      ['reasonCode:REASON_REQUIRED'],
    ],
    ['with a reason it is fine', values({ met: 'no', reasonCode: 'NO_EVIDENCE' }), base('ROUND2'), 0, 0.5, []],
    ['no claim: nothing to differ from', values({ met: 'no' }), base('ROUND1'), 0, null, []],
    ['an explanation needs words', values(), base('EXPLANATION'), 0, null, ['comment:REQUIRED']],
    ['not applicable needs a reason', values(), base('NOT_APPLICABLE'), 0, null, ['comment:REQUIRED']],
    [
      'an override needs points and grounds',
      values(),
      base('OVERRIDE'),
      0,
      null,
      ['points:REQUIRED', 'comment:REQUIRED'],
    ],
    [
      'an override over the maximum',
      values({ points: '0,75', comment: 'x' }),
      base('OVERRIDE'),
      0,
      null,
      ['points:OUT_OF_RANGE'],
    ],
    [
      'points that are not a number',
      values({ points: 'nửa', comment: 'x' }),
      base('OVERRIDE'),
      0,
      null,
      ['points:INVALID_NUMBER'],
    ],
    [
      'a survey leaf is not self-scored',
      values({ points: '0,25', comment: 'x' }),
      base('SELF', survey),
      0,
      null,
      ['source:NOT_SELF_SCORED'],
    ],
  ] as const)('%s', (_name, v, b, evidence, claim, expected) => {
    expect(codes(v, b, evidence, claim)).toEqual(expected);
  });

  it('sends what the source takes: inputs, points or words', () => {
    expect(sourceShape('SELF', binary)).toBe('method');
    expect(sourceShape('SELF', survey)).toBe('points');
    expect(sourceShape('OVERRIDE', binary)).toBe('points');
    expect(sourceShape('EXPLANATION', binary)).toBe('text');
    const { input } = scoreEntryProblems(values({ comment: ' Đã giải trình ' }), base('EXPLANATION'), {
      evidenceCount: 0,
      claimPoints: null,
    });
    expect(input).toMatchObject({
      source: 'EXPLANATION',
      inputs: null,
      points: null,
      comment: 'Đã giải trình',
      reasonCode: null,
    });
    const override = scoreEntryProblems(
      values({ points: '0,25', comment: 'Hội đồng', reasonCode: 'LATE' }),
      base('OVERRIDE'),
      {
        evidenceCount: 0,
        claimPoints: null,
      },
    ).input;
    // a reason code belongs to an appraisal round only
    expect(override).toMatchObject({ inputs: null, points: 0.25, reasonCode: null });
  });

  it('starts an appraisal from the claim, and an entry from itself', () => {
    const claim = {
      id: 'e',
      source: 'SELF',
      version: 2,
      points: 0.5,
      inputsJson: JSON.stringify({ kind: 'binary', met: true }),
      comment: 'Của đơn vị',
      reasonCode: null,
    };
    // the appraisal takes the claim's inputs, not its comment
    expect(scoreFormValues(binary, null, claim)).toMatchObject({ inputs: { met: 'yes' }, comment: '' });
    expect(scoreFormValues(binary, claim)).toMatchObject({
      inputs: { met: 'yes' },
      comment: 'Của đơn vị',
      points: '0,5',
    });
    expect(scoreFormValues(binary, { ...claim, inputsJson: 'not json' }).inputs.met).toBe('');
  });
});
