// What every edit of a framework starts with, inside its transaction: the framework (by its id, one
// of its nodes, or its year), the viewer's right to edit it (`framework.edit`: Home Affairs, not in a
// published year), results not locked, and the version the person saw, claimed in one statement so
// of two people editing at once exactly one goes on. Then the tree as the domain knows it.
import type { Framework, YearStatus } from "@cchc/domain";
import type { Tx } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import type { OperationContext } from "../context.js";
import { FRAMEWORK_NODE_SELECT, frameworkFromRows } from "./framework-from-rows.js";

export const EDIT_NODE_SELECT = {
  ...FRAMEWORK_NODE_SELECT,
  depth: true,
  method: true,
  previousNodeId: true,
  version: true,
} as const;

const FRAMEWORK_EDIT_SELECT = {
  id: true,
  version: true,
  yearId: true,
  name: true,
  bonusCap: true,
  penaltyCap: true,
  tiers: true,
  nodes: { select: EDIT_NODE_SELECT },
  year: {
    select: { status: true, authorityId: true, resultSnapshot: { select: { lockedAt: true } } },
  },
} as const;

function findFramework(tx: Tx, where: { id: string } | { yearId: string }) {
  return tx.framework.findUnique({ where, select: FRAMEWORK_EDIT_SELECT });
}

export const RESULTS_LOCKED_PROBLEM = {
  field: "",
  code: "RESULTS_LOCKED",
  message: "Kết quả năm đánh giá đã khóa: không thể sửa bộ tiêu chí. Mở khóa kết quả trước khi sửa.",
};

/** Access and lock checks for editing a year's framework. */
export function requireFrameworkEdit(
  ctx: OperationContext,
  year: { status: YearStatus; resultSnapshot: { lockedAt: Date | null } | null },
) {
  const viewer = requireAllowed(ctx.viewer, "framework.edit", { type: "EvaluationYear", yearStatus: year.status });
  if (year.resultSnapshot?.lockedAt) throw new ValidationError([RESULTS_LOCKED_PROBLEM]);
  return viewer;
}

export interface FrameworkForEdit {
  row: NonNullable<Awaited<ReturnType<typeof findFramework>>>;
  tree: Framework;
  viewerId: string;
  /** node id → code, and code → row */
  codeOf: Map<string, string>;
  rowOf: Map<string, NonNullable<Awaited<ReturnType<typeof findFramework>>>["nodes"][number]>;
}

/**
 * Loads the framework to edit (by its id, or by the id of one of its nodes), checks access, the
 * lock and the version, and claims the version (version + 1) for this edit.
 */
export async function loadFrameworkForEdit(
  ctx: OperationContext,
  tx: Tx,
  target: { frameworkId: string } | { nodeId: string },
  version: number,
): Promise<FrameworkForEdit> {
  let frameworkId: string;
  if ("nodeId" in target) {
    const node = await tx.frameworkNode.findUnique({ where: { id: target.nodeId }, select: { frameworkId: true } });
    if (!node) throw new NotFoundError("tiêu chí");
    frameworkId = node.frameworkId;
  } else frameworkId = target.frameworkId;
  const row = await findFramework(tx, { id: frameworkId });
  if (!row) throw new NotFoundError("bộ tiêu chí");
  const viewer = requireFrameworkEdit(ctx, row.year);
  if (row.version !== version) throw new ConflictError("Framework", row.id, row.version);
  const claimed = await tx.framework.updateMany({
    where: { id: row.id, version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count === 0) throw new ConflictError("Framework", row.id, row.version);
  return {
    row,
    tree: frameworkFromRows(row),
    viewerId: viewer.userId,
    codeOf: new Map(row.nodes.map((n) => [n.id, n.code])),
    rowOf: new Map(row.nodes.map((n) => [n.code, n])),
  };
}

/** Ids of the nodes (among `nodeIds`) that scores, findings or survey results already refer to. */
export async function nodesInUse(tx: Tx, nodeIds: readonly string[]): Promise<Set<string>> {
  if (nodeIds.length === 0) return new Set();
  const ids = [...nodeIds];
  const entries = await tx.scoreEntry.findMany({
    where: { nodeId: { in: ids } },
    select: { nodeId: true },
    distinct: ["nodeId"],
  });
  const findings = await tx.finding.findMany({
    where: { frameworkNodeId: { in: ids } },
    select: { frameworkNodeId: true },
    distinct: ["frameworkNodeId"],
  });
  const surveys = await tx.surveyResult.findMany({
    where: { frameworkNodeId: { in: ids } },
    select: { frameworkNodeId: true },
    distinct: ["frameworkNodeId"],
  });
  return new Set([
    ...entries.map((e) => e.nodeId),
    ...findings.flatMap((f) => (f.frameworkNodeId ? [f.frameworkNodeId] : [])),
    ...surveys.flatMap((s) => (s.frameworkNodeId ? [s.frameworkNodeId] : [])),
  ]);
}
