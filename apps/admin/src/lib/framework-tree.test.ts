import { describe, expect, it } from 'vitest';
import { buildFrameworkTree, compareCodes, descendants } from './framework-tree';

const n = (id: string, parentId: string | null, position: number) => ({ id, code: id, parentId, position });

type Shape = { code: string; children: Shape[] };
const shape = (nodes: Shape[]): unknown => nodes.map((node) => [node.code, shape(node.children)]);

describe('compareCodes', () => {
  it.each([
    ['1.2', '1.10', -1],
    ['1.10', '1.9', 1],
    ['2', '10', -1],
    ['1', '1.1', -1],
    ['1.1', '1.1', 0],
    ['I', 'II', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareCodes(a, b))).toBe(sign);
  });
});

describe('buildFrameworkTree', () => {
  it.each([
    { name: 'empty', nodes: [], roots: [], orphans: [] },
    {
      name: 'three levels, given depth-first',
      nodes: [n('1', null, 1), n('1.1', '1', 1), n('1.1.1', '1.1', 1), n('1.1.2', '1.1', 2), n('2', null, 2)],
      roots: [
        [
          '1',
          [
            [
              '1.1',
              [
                ['1.1.1', []],
                ['1.1.2', []],
              ],
            ],
          ],
        ],
        ['2', []],
      ],
      orphans: [],
    },
    {
      name: 'shuffled input ordered by position',
      nodes: [n('2.1', '2', 1), n('1', null, 1), n('1.2', '1', 2), n('2', null, 2), n('1.1', '1', 1)],
      roots: [
        [
          '1',
          [
            ['1.1', []],
            ['1.2', []],
          ],
        ],
        ['2', [['2.1', []]]],
      ],
      orphans: [],
    },
    {
      name: 'equal positions fall back to the code (1.9 before 1.10)',
      nodes: [n('1', null, 1), n('1.10', '1', 0), n('1.9', '1', 0)],
      roots: [
        [
          '1',
          [
            ['1.9', []],
            ['1.10', []],
          ],
        ],
      ],
      orphans: [],
    },
    {
      name: 'missing parent becomes an orphan, with its own children kept',
      nodes: [n('1', null, 1), n('3.1', '3', 1), n('3.1.1', '3.1', 1)],
      roots: [['1', []]],
      orphans: [['3.1', [['3.1.1', []]]]],
    },
  ])('$name', ({ nodes, roots, orphans }) => {
    const tree = buildFrameworkTree(nodes);
    expect(shape(tree.roots)).toEqual(roots);
    expect(shape(tree.orphans)).toEqual(orphans);
  });

  it('keeps the node fields and does not mutate the input', () => {
    const input = [
      { ...n('1', null, 1), maxPoints: 14 },
      { ...n('1.1', '1', 1), maxPoints: 1.5 },
    ];
    const tree = buildFrameworkTree(input);
    expect(tree.roots[0]?.maxPoints).toBe(14);
    expect(tree.roots[0]?.children[0]?.maxPoints).toBe(1.5);
    expect(input[0]).not.toHaveProperty('children');
    expect(descendants(tree.roots[0]!).map((d) => d.code)).toEqual(['1.1']);
  });
});
