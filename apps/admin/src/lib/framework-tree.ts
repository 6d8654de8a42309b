/** Builds the criteria tree from the flat `Framework.nodes` list (parentId + position). */

export interface FlatNode {
  id: string;
  parentId?: string | null;
  position: number;
  code: string;
}

export type TreeNode<T extends FlatNode> = T & { children: TreeNode<T>[] };

export interface FrameworkTree<T extends FlatNode> {
  roots: TreeNode<T>[];
  /** Nodes whose parent is not in the list (shown as a warning, never dropped silently). */
  orphans: TreeNode<T>[];
}

function byPosition(a: FlatNode, b: FlatNode): number {
  return a.position - b.position || compareCodes(a.code, b.code);
}

/** "1.10" after "1.9": compares dotted codes segment by segment, numerically when possible. */
export function compareCodes(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const cmp = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (cmp !== 0) return cmp;
  }
  return 0;
}

export function buildFrameworkTree<T extends FlatNode>(nodes: readonly T[]): FrameworkTree<T> {
  const byId = new Map<string, TreeNode<T>>();
  for (const node of nodes) byId.set(node.id, { ...node, children: [] });

  const roots: TreeNode<T>[] = [];
  const orphans: TreeNode<T>[] = [];
  for (const node of byId.values()) {
    if (node.parentId == null) {
      roots.push(node);
      continue;
    }
    const parent = byId.get(node.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else orphans.push(node);
  }

  const sortDeep = (list: TreeNode<T>[]) => {
    list.sort(byPosition);
    for (const child of list) sortDeep(child.children);
  };
  sortDeep(roots);
  orphans.sort(byPosition);
  return { roots, orphans };
}

/** Depth-first list of a subtree, the node itself excluded. */
export function descendants<T extends FlatNode>(node: TreeNode<T>): TreeNode<T>[] {
  const out: TreeNode<T>[] = [];
  const walk = (n: TreeNode<T>) => {
    for (const child of n.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}
