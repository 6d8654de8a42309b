import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../framework/types';
import { resolveLeafScore } from '../scoring/resolve-leaf-score';
import { leafInputFromEntries, type StoredEntry } from './leaf-input-from-entries';

const leaf: FrameworkNode = {
  code: '1.1.1',
  name: 'Ban hành kế hoạch CCHC năm đúng thời hạn',
  maxPoints: 2,
  children: [],
  appliesTo: [],
  method: { kind: 'checklist', items: ['a', 'b', 'c', 'd'] },
  scoreSource: 'self_then_appraised',
};

const entry = (source: StoredEntry['source'], more: Partial<StoredEntry> = {}): StoredEntry => ({
  source,
  inputs: null,
  points: null,
  comment: null,
  reasonCode: null,
  ...more,
});

describe('leafInputFromEntries → the engine decides which value counts', () => {
  it.each<[string, StoredEntry[], number | null, string | null]>([
    ['a self claim as method inputs', [entry('SELF', { inputs: { kind: 'checklist', met: 4 } })], 2, 'self'],
    [
      'round 1 over the claim',
      [
        entry('SELF', { inputs: { kind: 'checklist', met: 4 } }),
        entry('ROUND1', { inputs: { kind: 'checklist', met: 2 } }),
      ],
      1,
      'round1',
    ],
    [
      'round 2 over round 1, points given directly with a comment',
      [entry('ROUND1', { points: 1 }), entry('ROUND2', { points: 1.5, comment: 'bổ sung minh chứng' })],
      1.5,
      'round2',
    ],
    [
      'an override over everything',
      [entry('ROUND2', { points: 1.5 }), entry('OVERRIDE', { points: 0.5, comment: 'Quyết định của Hội đồng' })],
      0.5,
      'override',
    ],
    ['an explanation carries no points', [entry('EXPLANATION', { comment: 'Đã ban hành ngày 15/01' })], null, null],
  ])('%s', (_name, entries, points, source) => {
    const resolved = resolveLeafScore(leaf, leafInputFromEntries(entries));
    expect(resolved.points).toBe(points);
    expect(resolved.source).toBe(source);
  });

  it('keeps the reasons of an override and of not applicable', () => {
    expect(
      leafInputFromEntries([
        entry('OVERRIDE', { points: 1, comment: 'Kết luận thanh tra' }),
        entry('NOT_APPLICABLE', { reasonCode: 'NO_PROCEDURES' }),
      ]),
    ).toEqual({ override: { points: 1, reason: 'Kết luận thanh tra' }, notApplicable: { reason: 'NO_PROCEDURES' } });
  });
});
