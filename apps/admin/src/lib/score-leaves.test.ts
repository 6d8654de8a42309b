import { describe, expect, it } from 'vitest';
import { areasWithLeaves, entryFrom, type FrameworkNodeLike, selfProgress } from './score-leaves';

const node = (code: string, leaf?: Partial<FrameworkNodeLike>): FrameworkNodeLike => {
  const parts = code.split('.');
  return {
    id: `n-${code}`,
    code,
    parentId: parts.length > 1 ? `n-${parts.slice(0, -1).join('.')}` : null,
    depth: parts.length - 1,
    position: Number(parts.at(-1)),
    name: `Tiêu chí ${code}`,
    maxPoints: 1,
    isLeaf: Boolean(leaf),
    method: leaf ? 'BINARY' : null,
    scoreSource: leaf ? 'SELF_THEN_APPRAISED' : null,
    appliesTo: [],
    ...leaf,
  };
};

// out of order on purpose: the tree comes from parentId and position
const nodes = [
  node('2.1', {}),
  node('1'),
  node('1.10', {}),
  node('1.2'),
  node('1.2.1', { appliesTo: ['phong'] }),
  node('1.2.2', { scoreSource: 'APPRAISED_ONLY' }),
  node('1.9', {}),
  node('2'),
  node('3'),
  node('3.1', { appliesTo: ['phong'] }),
];

describe('the framework as the score pages list it', () => {
  it('groups the leaves that apply to the unit type by area, in order, leaving out empty areas', () => {
    const areas = areasWithLeaves(nodes, 'xa');
    expect(areas.map((a) => [a.area.code, a.leaves.map((l) => l.code)])).toEqual([
      ['1', ['1.2.2', '1.9', '1.10']],
      ['2', ['2.1']],
    ]);
    expect(areasWithLeaves(nodes, 'phong').map((a) => a.leaves.length)).toEqual([4, 1, 1]);
  });

  it('counts the self-scored leaves claimed', () => {
    const areas = areasWithLeaves(nodes, 'xa');
    const entries: Record<string, { source: string }[]> = {
      '1.9': [{ source: 'SELF' }],
      '1.10': [{ source: 'ROUND1' }],
      '1.2.2': [{ source: 'SELF' }], // not self-scored: not counted
    };
    expect(selfProgress(areas, (code) => entries[code])).toEqual({ done: 1, total: 3 });
    expect(entryFrom(entries['1.9'], 'SELF')).toEqual({ source: 'SELF' });
    expect(entryFrom(undefined, 'SELF')).toBeNull();
  });
});
