import type { Framework, FrameworkNode } from './types';

export interface FlatNode {
  node: FrameworkNode;
  parentCode: string | null;
  depth: number;
  /** index among its siblings (0-based) */
  position: number;
}

/** Every node, depth-first pre-order (an area, then its criteria, …). Areas have depth 0. */
export function flattenFramework(f: Framework): FlatNode[] {
  const out: FlatNode[] = [];
  const visit = (node: FrameworkNode, parentCode: string | null, depth: number, position: number): void => {
    out.push({ node, parentCode, depth, position });
    for (const [i, c] of node.children.entries()) visit(c, node.code, depth + 1, i);
  };
  for (const [i, a] of f.areas.entries()) visit(a, null, 0, i);
  return out;
}

/** Leaves only, depth-first order. */
export function frameworkLeaves(f: Framework): FrameworkNode[] {
  return flattenFramework(f)
    .filter((x) => x.node.children.length === 0)
    .map((x) => x.node);
}
