import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../framework/types';
import { checkEntryValue, ENTRY_RULES, type EntryValue } from './entry-rules';

const checklist: FrameworkNode = {
  code: '2.1.1',
  name: 'Công khai TTHC',
  maxPoints: 2,
  children: [],
  appliesTo: [],
  method: { kind: 'checklist', items: ['a', 'b', 'c', 'd'] },
  scoreSource: 'self_then_appraised',
};
const appraisedOnly: FrameworkNode = { ...checklist, code: '7.1.1', scoreSource: 'appraised_only' };

const v = (more: Partial<EntryValue>): EntryValue => ({
  inputs: null,
  points: null,
  comment: null,
  reasonCode: null,
  ...more,
});
const ctx: { evidenceCount: number; claimPoints: number | null } = { evidenceCount: 1, claimPoints: null };

describe('checkEntryValue', () => {
  it.each<
    [string, FrameworkNode, Parameters<typeof checkEntryValue>[1], EntryValue, typeof ctx, string[], number | null]
  >([
    [
      "a claim as inputs is worth the method's points",
      checklist,
      'SELF',
      v({ inputs: { kind: 'checklist', met: 3 } }),
      ctx,
      [],
      1.5,
    ],
    ['a claim as points', checklist, 'SELF', v({ points: 2 }), ctx, [], 2],
    ['points above the maximum', checklist, 'SELF', v({ points: 2.5 }), ctx, ['points:OUT_OF_RANGE'], null],
    ['negative points', checklist, 'ROUND1', v({ points: -1 }), ctx, ['points:OUT_OF_RANGE'], null],
    [
      'inputs of another method',
      checklist,
      'SELF',
      v({ inputs: { kind: 'binary', met: true } }),
      ctx,
      ['inputs:INPUTS_DO_NOT_FIT'],
      null,
    ],
    ['no value', checklist, 'ROUND1', v({}), ctx, ['points:REQUIRED'], null],
    [
      'a claim without evidence needs an explanation',
      checklist,
      'SELF',
      v({ points: 2 }),
      { evidenceCount: 0, claimPoints: null },
      ['comment:EXPLANATION_REQUIRED'],
      2,
    ],
    [
      '…which it has',
      checklist,
      'SELF',
      v({ points: 2, comment: 'Đăng trên cổng TTĐT' }),
      { evidenceCount: 0, claimPoints: null },
      [],
      2,
    ],
    [
      'an appraised-only leaf is not claimed',
      appraisedOnly,
      'SELF',
      v({ points: 1 }),
      ctx,
      ['source:NOT_SELF_SCORED'],
      1,
    ],
    [
      'an appraisal below the claim needs a reason',
      checklist,
      'ROUND1',
      v({ points: 1 }),
      { evidenceCount: 0, claimPoints: 2 },
      ['reasonCode:REASON_REQUIRED'],
      1,
    ],
    [
      '…a known one',
      checklist,
      'ROUND2',
      v({ points: 1, reasonCode: 'BECAUSE' }),
      { evidenceCount: 0, claimPoints: 2 },
      ['reasonCode:REASON_REQUIRED'],
      1,
    ],
    [
      '…with it',
      checklist,
      'ROUND1',
      v({ points: 1, reasonCode: 'NO_EVIDENCE' }),
      { evidenceCount: 0, claimPoints: 2 },
      [],
      1,
    ],
    [
      'an appraisal equal to the claim needs none',
      checklist,
      'ROUND1',
      v({ points: 2 }),
      { evidenceCount: 0, claimPoints: 2 },
      [],
      2,
    ],
    [
      'an appraisal with the claim’s inputs needs none, though the claim was stored with 4 decimals',
      { ...checklist, method: { kind: 'ratio', target: 1, whenDenominatorZero: null } },
      'ROUND1',
      v({ inputs: { kind: 'ratio', numerator: 58, denominator: 63 } }),
      { evidenceCount: 0, claimPoints: 1.8413 },
      [],
      1.841269841, // the engine's points are cleaned to 9 decimals
    ],
    ['an explanation is text', checklist, 'EXPLANATION', v({}), ctx, ['comment:REQUIRED'], null],
    [
      'not applicable needs a reason',
      checklist,
      'NOT_APPLICABLE',
      v({ comment: 'Đơn vị không có TTHC' }),
      ctx,
      [],
      null,
    ],
    ['an override needs its grounds', checklist, 'OVERRIDE', v({ points: 1 }), ctx, ['comment:REQUIRED'], 1],
    ['automatic values are never typed', checklist, 'AUTO', v({ points: 1 }), ctx, ['source:SYSTEM_SOURCE'], null],
    ['nor survey values', checklist, 'SURVEY', v({ points: 1 }), ctx, ['source:SYSTEM_SOURCE'], null],
  ])('%s', (_name, leaf, source, value, context, problems, points) => {
    const r = checkEntryValue(leaf, source, value, context);
    expect(r.problems.map((p) => `${p.field}:${p.code}`)).toEqual(problems);
    expect(r.points).toBe(points);
  });

  it('gives the unit its claims and explanations, Home Affairs the rest, each in its stages', () => {
    expect(ENTRY_RULES.SELF).toEqual({ action: 'unitRecord.edit', stages: ['SELF_ASSESSMENT'] });
    expect(ENTRY_RULES.EXPLANATION?.action).toBe('unitRecord.edit');
    expect(ENTRY_RULES.ROUND2).toEqual({ action: 'unitRecord.review', stages: ['ROUND2'] });
    expect(ENTRY_RULES.OVERRIDE?.stages).toEqual(['ROUND2', 'APPROVAL']);
    expect(ENTRY_RULES.AUTO).toBeUndefined();
  });
});
