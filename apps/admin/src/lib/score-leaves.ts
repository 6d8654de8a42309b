/**
 * The framework as the score pages list it: the areas, each with the leaves that apply to the
 * unit's type (in the framework's order), and what a unit has entered on them.
 */
import { buildFrameworkTree, descendants, type FlatNode } from './framework-tree';
import { appliesToType, isSelfScored, type LeafInfo } from './score-method';

export type FrameworkNodeLike = FlatNode & LeafInfo & { isLeaf: boolean; depth: number };

export interface AreaLeaves<T extends FrameworkNodeLike> {
  area: T;
  leaves: T[];
}

/** The areas in order, each with its leaves that apply to `typeCode`; areas without any are left out. */
export function areasWithLeaves<T extends FrameworkNodeLike>(nodes: readonly T[], typeCode: string): AreaLeaves<T>[] {
  const { roots } = buildFrameworkTree(nodes);
  const out: AreaLeaves<T>[] = [];
  for (const root of roots) {
    const leaves = descendants(root).filter((n) => n.isLeaf && appliesToType(n, typeCode)) as unknown as T[];
    if (leaves.length > 0) out.push({ area: root as unknown as T, leaves });
  }
  return out;
}

/** A stored entry of a leaf from one source (SELF, EXPLANATION, ROUND1, …). */
export function entryFrom<E extends { source: string }>(entries: readonly E[] | undefined, source: string): E | null {
  return entries?.find((e) => e.source === source) ?? null;
}

/** "32/45 tiêu chí đã tự chấm": self-scored leaves that apply, and those with a claim. */
export function selfProgress<T extends FrameworkNodeLike>(
  areas: readonly AreaLeaves<T>[],
  entriesOf: (code: string) => readonly { source: string }[] | undefined,
): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const { leaves } of areas) {
    for (const leaf of leaves) {
      if (!isSelfScored(leaf)) continue;
      total += 1;
      if (entryFrom(entriesOf(leaf.code), 'SELF')) done += 1;
    }
  }
  return { done, total };
}
