// Edits of a framework tree, pure: each returns a new framework (the input is left as it was) for
// validateFramework to check before anything is stored. Codes are stable identities: moving a node
// keeps its code; a new node gets a code from its parent's ("2.1" → "2.1.3") unless one is given.
//
// Points flow up: with `adjustAncestors` (the editor's default) every ancestor without a sumReason
// takes the sum of its children after the change, stopping at the first that has one (its maximum
// is then deliberately not the sum). Without it the points are left as they are and the validation
// says where sums no longer match, so one leaf's points can change in one step without first
// breaking its parent.
import type { Framework, FrameworkNode } from './types';

export interface NodeLocation {
  node: FrameworkNode;
  /** null for an area */
  parent: FrameworkNode | null;
  /** the list holding the node (the areas, or the parent's children) */
  siblings: FrameworkNode[];
  index: number;
  /** from the area down to the parent */
  ancestors: FrameworkNode[];
}

/** Where a node is, by code; null when no node has it. */
export function locateNode(f: Framework, code: string): NodeLocation | null {
  const walk = (
    list: FrameworkNode[],
    parent: FrameworkNode | null,
    ancestors: FrameworkNode[],
  ): NodeLocation | null => {
    for (const [index, node] of list.entries()) {
      if (node.code === code) return { node, parent, siblings: list, index, ancestors };
      const found = walk(node.children, node, [...ancestors, node]);
      if (found) return found;
    }
    return null;
  };
  return walk(f.areas, null, []);
}

/** Every code of a node's subtree, the node itself first. */
export function subtreeCodes(node: FrameworkNode): string[] {
  return [node.code, ...node.children.flatMap(subtreeCodes)];
}

const cloneFramework = (f: Framework): Framework => structuredClone(f);

const EPS = 1e-9;

/** Ancestors (nearest first) take their children's sum, up to and excluding the first with a sumReason. */
function sumUp(f: Framework, code: string): void {
  const at = locateNode(f, code);
  if (!at) return;
  for (const ancestor of [...at.ancestors].reverse()) {
    if (ancestor.sumReason?.trim()) return;
    const sum = ancestor.children.reduce((s, c) => s + c.maxPoints, 0);
    ancestor.maxPoints = Math.round(sum * 1e4) / 1e4;
  }
}

export class FrameworkEditError extends Error {
  override readonly name = 'FrameworkEditError';
  constructor(
    readonly code: 'NODE_NOT_FOUND' | 'CODE_TAKEN' | 'CANNOT_MOVE',
    readonly messageVi: string,
  ) {
    super(messageVi);
  }
}

/** What an edit may change on a node (its code and children are not among them). */
export type NodeChanges = Partial<
  Pick<
    FrameworkNode,
    'name' | 'nameEn' | 'maxPoints' | 'method' | 'scoreSource' | 'appliesTo' | 'evidenceHint' | 'sumReason'
  >
>;

/** Applies changes to one node; a key present with `undefined` clears an optional field. */
export function updateNode(
  f: Framework,
  code: string,
  changes: NodeChanges,
  options: { adjustAncestors: boolean },
): Framework {
  const next = cloneFramework(f);
  const at = locateNode(next, code);
  if (!at) throw new FrameworkEditError('NODE_NOT_FOUND', `Không tìm thấy tiêu chí ${code}.`);
  for (const [key, value] of Object.entries(changes) as Array<[keyof NodeChanges, unknown]>) {
    if (value === undefined) delete (at.node as unknown as Record<string, unknown>)[key];
    else (at.node as unknown as Record<string, unknown>)[key] = structuredClone(value);
  }
  if (options.adjustAncestors) sumUp(next, code);
  return next;
}

/** The next free code under a parent ("2.1" with children 2.1.1, 2.1.2 → "2.1.3"; areas: "1", "2", …). */
export function nextChildCode(f: Framework, parentCode: string | null): string {
  const taken = new Set(subtreeCodesOf(f));
  const prefix = parentCode === null ? '' : `${parentCode}.`;
  const siblings = parentCode === null ? f.areas : (locateNode(f, parentCode)?.node.children ?? []);
  let n = siblings.length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function subtreeCodesOf(f: Framework): string[] {
  return f.areas.flatMap(subtreeCodes);
}

/**
 * Adds a node under a parent (null: a new area) at a position among its siblings (default: last).
 * A parent that was a leaf stops being one: its method and score source go.
 */
export function addNode(
  f: Framework,
  parentCode: string | null,
  node: Omit<FrameworkNode, 'children'> & { children?: FrameworkNode[] },
  options: { adjustAncestors: boolean; position?: number },
): Framework {
  const next = cloneFramework(f);
  if (subtreeCodesOf(next).includes(node.code))
    throw new FrameworkEditError('CODE_TAKEN', `Mã ${node.code} đã có trong bộ tiêu chí.`);
  let list = next.areas;
  if (parentCode !== null) {
    const at = locateNode(next, parentCode);
    if (!at) throw new FrameworkEditError('NODE_NOT_FOUND', `Không tìm thấy tiêu chí ${parentCode}.`);
    if (at.node.children.length === 0) {
      delete at.node.method;
      delete at.node.scoreSource;
    }
    list = at.node.children;
  }
  const position = Math.max(0, Math.min(options.position ?? list.length, list.length));
  list.splice(position, 0, { ...structuredClone(node), children: structuredClone(node.children ?? []) });
  if (options.adjustAncestors) sumUp(next, node.code);
  return next;
}

/** Removes a node and its subtree. */
export function removeNode(f: Framework, code: string, options: { adjustAncestors: boolean }): Framework {
  const next = cloneFramework(f);
  const at = locateNode(next, code);
  if (!at) throw new FrameworkEditError('NODE_NOT_FOUND', `Không tìm thấy tiêu chí ${code}.`);
  at.siblings.splice(at.index, 1);
  if (options.adjustAncestors && at.parent) {
    const parentCode = at.parent.code;
    // the parent's own sum first (when it has no reason), then up from it
    if (!at.parent.sumReason?.trim() && at.parent.children.length > 0) {
      at.parent.maxPoints = Math.round(at.parent.children.reduce((s, c) => s + c.maxPoints, 0) * 1e4) / 1e4;
      sumUp(next, parentCode);
    }
  }
  return next;
}

/** Moves a node one place up or down among its siblings. */
export function moveNode(f: Framework, code: string, direction: 'up' | 'down'): Framework {
  const next = cloneFramework(f);
  const at = locateNode(next, code);
  if (!at) throw new FrameworkEditError('NODE_NOT_FOUND', `Không tìm thấy tiêu chí ${code}.`);
  const to = direction === 'up' ? at.index - 1 : at.index + 1;
  if (to < 0 || to >= at.siblings.length) {
    throw new FrameworkEditError(
      'CANNOT_MOVE',
      direction === 'up' ? `Tiêu chí ${code} đã ở đầu nhóm.` : `Tiêu chí ${code} đã ở cuối nhóm.`,
    );
  }
  const [moved] = at.siblings.splice(at.index, 1);
  at.siblings.splice(to, 0, moved as FrameworkNode);
  return next;
}

/**
 * Whether a leaf's scoring would mean something else after a change: its points, its method or
 * settings, its score source or the unit types it applies to. Names, hints and reasons do not.
 */
export function scoringChanged(before: FrameworkNode, after: FrameworkNode): boolean {
  return (
    Math.abs(before.maxPoints - after.maxPoints) > EPS ||
    stableJson(before.method ?? null) !== stableJson(after.method ?? null) ||
    (before.scoreSource ?? null) !== (after.scoreSource ?? null) ||
    [...before.appliesTo].sort().join('\u0000') !== [...after.appliesTo].sort().join('\u0000')
  );
}

/** JSON with object keys sorted (a database's JSON column may reorder them). */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
