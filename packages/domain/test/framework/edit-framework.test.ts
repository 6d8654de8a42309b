import { describe, expect, it } from 'vitest';
import {
  addNode,
  DEFAULT_TIERS,
  FrameworkEditError,
  locateNode,
  moveNode,
  nextChildCode,
  removeNode,
  scoringChanged,
  stableJson,
  updateNode,
  validateFramework,
  type Framework,
  type FrameworkNode,
} from '../../src/index';
import { sampleFramework } from './load-sample';

const leaf = (code: string, maxPoints: number, extra: Partial<FrameworkNode> = {}): FrameworkNode => ({
  code,
  name: `Tiêu chí ${code}`,
  maxPoints,
  children: [],
  appliesTo: [],
  method: { kind: 'binary', yesPoints: maxPoints, noPoints: 0 },
  scoreSource: 'self_then_appraised',
  ...extra,
});
const group = (code: string, children: FrameworkNode[], extra: Partial<FrameworkNode> = {}): FrameworkNode => ({
  code,
  name: `Nhóm ${code}`,
  maxPoints: children.reduce((s, c) => s + c.maxPoints, 0),
  children,
  appliesTo: [],
  ...extra,
});
// 1 (3) → 1.1 (2) → 1.1.1 (1), 1.1.2 (1); 1.2 (1).  2 (2) → 2.1 (2)
const small = (): Framework => ({
  name: 'Bộ nhỏ',
  bonusCap: 2,
  penaltyCap: 2,
  tiers: DEFAULT_TIERS,
  areas: [
    group('1', [group('1.1', [leaf('1.1.1', 1), leaf('1.1.2', 1)]), leaf('1.2', 1)]),
    group('2', [leaf('2.1', 2)]),
  ],
});
const points = (f: Framework, code: string) => locateNode(f, code)?.node.maxPoints;
const codes = (list: FrameworkNode[]) => list.map((n) => n.code);

describe('updateNode', () => {
  it.each<[string, { adjustAncestors: boolean }, Record<string, number | undefined>, boolean]>([
    [
      'carries the new points up to the area',
      { adjustAncestors: true },
      { '1.1.1': 3, '1.1': 4, '1': 5, '2': 2 },
      true,
    ],
    [
      'leaves the ancestors as they are when asked',
      { adjustAncestors: false },
      { '1.1.1': 3, '1.1': 2, '1': 3 },
      false,
    ],
  ])('%s', (_name, options, expected, valid) => {
    const before = small();
    const after = updateNode(
      before,
      '1.1.1',
      { maxPoints: 3, method: { kind: 'binary', yesPoints: 3, noPoints: 0 } },
      options,
    );
    for (const [code, p] of Object.entries(expected)) expect(points(after, code)).toBe(p);
    expect(validateFramework(after).ok).toBe(valid);
    expect(points(before, '1.1.1')).toBe(1); // the input is left as it was
  });

  it('stops at an ancestor whose maximum is deliberately not the sum', () => {
    const f = small();
    locateNode(f, '1')!.node.sumReason = 'Tối đa 3 điểm dù các tiêu chí con nhiều hơn';
    const after = updateNode(
      f,
      '1.1.1',
      { maxPoints: 2, method: { kind: 'binary', yesPoints: 2, noPoints: 0 } },
      {
        adjustAncestors: true,
      },
    );
    expect([points(after, '1.1'), points(after, '1')]).toEqual([3, 3]);
    expect(validateFramework(after).ok).toBe(true);
  });

  it('clears an optional field given as undefined and keeps the code', () => {
    const f = updateNode(small(), '1.2', { evidenceHint: 'Biên bản' }, { adjustAncestors: true });
    const cleared = updateNode(f, '1.2', { evidenceHint: undefined, name: 'Tên mới' }, { adjustAncestors: true });
    expect(locateNode(cleared, '1.2')?.node).toMatchObject({ code: '1.2', name: 'Tên mới' });
    expect(locateNode(cleared, '1.2')?.node).not.toHaveProperty('evidenceHint');
  });

  it('refuses an unknown code', () => {
    expect(() => updateNode(small(), '9.9', { name: 'x' }, { adjustAncestors: true })).toThrow(FrameworkEditError);
  });
});

describe('addNode', () => {
  it.each<[string, string | null, string]>([
    ['a sub-criterion', '1.1', '1.1.3'],
    ['a criterion', '1', '1.3'],
    ['an area', null, '3'],
  ])('gives %s the next free code', (_name, parent, code) => {
    expect(nextChildCode(small(), parent)).toBe(code);
  });

  it('skips a code already taken elsewhere', () => {
    const f = small();
    locateNode(f, '1.2')!.node.code = '1.3';
    expect(nextChildCode(f, '1')).toBe('1.4');
  });

  it('adds at a position and carries the points up', () => {
    const after = addNode(small(), '1.1', leaf('1.1.9', 0.5), { adjustAncestors: true, position: 0 });
    expect(codes(locateNode(after, '1.1')!.node.children)).toEqual(['1.1.9', '1.1.1', '1.1.2']);
    expect([points(after, '1.1'), points(after, '1')]).toEqual([2.5, 3.5]);
    expect(validateFramework(after).ok).toBe(true);
  });

  it('turns a leaf into a group: its method and source go', () => {
    const after = addNode(small(), '1.2', leaf('1.2.1', 1), { adjustAncestors: true });
    const node = locateNode(after, '1.2')!.node;
    expect(node.method).toBeUndefined();
    expect(node.scoreSource).toBeUndefined();
    expect(validateFramework(after).ok).toBe(true);
  });

  it('refuses a code that is taken', () => {
    expect(() => addNode(small(), '2', leaf('1.2', 1), { adjustAncestors: true })).toThrow(/Mã 1.2 đã có/);
  });
});

describe('removeNode', () => {
  it('removes a subtree and carries the points up', () => {
    const after = removeNode(small(), '1.1', { adjustAncestors: true });
    expect(codes(locateNode(after, '1')!.node.children)).toEqual(['1.2']);
    expect(points(after, '1')).toBe(1);
    expect(validateFramework(after).ok).toBe(true);
  });

  it('leaves a group without children, which the validation refuses', () => {
    const after = removeNode(small(), '2.1', { adjustAncestors: true });
    expect(validateFramework(after).problems.map((p) => [p.code, p.messageVi])).toEqual([
      ['2', 'Tiêu chí thành phần chưa có cách chấm điểm.'],
    ]);
  });
});

describe('moveNode', () => {
  it.each<[string, 'up' | 'down', string[]]>([
    ['1.2', 'up', ['1.2', '1.1']],
    ['1.1', 'down', ['1.2', '1.1']],
  ])('moves %s %s', (code, direction, order) => {
    const after = moveNode(small(), code, direction);
    expect(codes(locateNode(after, '1')!.node.children)).toEqual(order);
    expect(locateNode(after, code)?.node.code).toBe(code);
  });

  it.each<[string, 'up' | 'down']>([
    ['1.1', 'up'],
    ['1.2', 'down'],
    ['1', 'up'],
  ])('cannot move %s %s past the end of its group', (code, direction) => {
    expect(() => moveNode(small(), code, direction)).toThrow(FrameworkEditError);
  });
});

describe('scoringChanged: whether stored scores would mean something else', () => {
  const base = leaf('1.1', 2, { appliesTo: ['phong', 'xa'] });
  it.each<[string, Partial<FrameworkNode>, boolean]>([
    ['a new name', { name: 'Khác', nameEn: 'Other', evidenceHint: 'x' }, false],
    ['the same unit types in another order', { appliesTo: ['xa', 'phong'] }, false],
    ['the same method with keys in another order', { method: { noPoints: 0, yesPoints: 2, kind: 'binary' } }, false],
    ['other points', { maxPoints: 3 }, true],
    ['another method', { method: { kind: 'checklist', items: ['a', 'b'] } }, true],
    ['another source', { scoreSource: 'appraised_only' }, true],
    ['fewer unit types', { appliesTo: ['xa'] }, true],
  ])('%s → %s', (_name, change, expected) => {
    expect(scoringChanged(base, { ...base, ...change })).toBe(expected);
  });

  it('stableJson sorts keys at every level', () => {
    expect(stableJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('the sample framework', () => {
  it('stays valid after moving points between two leaves in two steps', () => {
    const f = sampleFramework();
    const [first, second] = locateNode(f, '2.1')!.node.children;
    const step1 = updateNode(
      f,
      first!.code,
      { maxPoints: 0.5, method: { kind: 'binary', yesPoints: 0.5, noPoints: 0 } },
      { adjustAncestors: true },
    );
    const step2 = updateNode(
      step1,
      second!.code,
      { maxPoints: 1.5, method: { kind: 'binary', yesPoints: 1.5, noPoints: 0 } },
      { adjustAncestors: true },
    );
    expect(validateFramework(step2).ok).toBe(true);
    expect(points(step2, '2')).toBe(points(f, '2'));
  });
});
