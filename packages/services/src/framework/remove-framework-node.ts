// Home Affairs removes a node and its subtree from a year's framework, only when no score, finding
// or survey result refers to any of them (the admin asks for a confirmation first). By default the
// ancestors' maxima follow; the whole framework must still hold together afterwards.
import {
  locateNode,
  removeFrameworkNodeInputSchema,
  removeNode,
  subtreeCodes,
  type Framework,
  type RemoveFrameworkNodeInput,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { nodeSnapshot } from "./framework-columns.js";
import { carriedUp, edited, inUseProblem, requireNoNewProblems } from "./framework-edit-checks.js";
import { loadFrameworkForEdit, nodesInUse } from "./load-framework-for-edit.js";
import { writeFrameworkTree } from "./write-framework-tree.js";

export async function removeFrameworkNode(
  ctx: OperationContext,
  raw: RemoveFrameworkNodeInput,
): Promise<{ frameworkId: string; removedCodes: string[] }> {
  const input = validate(removeFrameworkNodeInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const f = await loadFrameworkForEdit(ctx, tx, { nodeId: input.nodeId }, input.version);
    const code = f.codeOf.get(input.nodeId)!;
    const at = locateNode(f.tree, code)!;
    const removedCodes = subtreeCodes(at.node);
    const ids = removedCodes.map((c) => f.rowOf.get(c)!.id);
    const used = await nodesInUse(tx, ids);
    if (used.size > 0)
      throw inUseProblem(
        removedCodes.filter((c) => used.has(f.rowOf.get(c)!.id)),
        "remove",
      );
    const after = edited(() => removeNode(f.tree, code, { adjustAncestors: input.adjustAncestors }));
    requireNoNewProblems(f.tree, after);
    await writeFrameworkTree(tx, f.row.id, f.row.nodes, after);
    await writeAudit(tx, f.viewerId, {
      action: "framework.remove_node",
      entity: "FrameworkNode",
      entityId: input.nodeId,
      before: { ...nodeSnapshot(at.node), removedCodes },
      after: {
        frameworkVersion: f.row.version + 1,
        pointsCarriedUp: at.parent
          ? [...parentChange(f.tree, after, at.parent.code), ...carriedUp(f.tree, after, at.parent.code)]
          : [],
      },
    });
    return { frameworkId: f.row.id, removedCodes };
  });
}

/** The parent's own maximum, when it followed (carriedUp covers its ancestors). */
function parentChange(before: Framework, after: Framework, code: string) {
  const was = locateNode(before, code)?.node.maxPoints;
  const now = locateNode(after, code)?.node.maxPoints;
  return was !== undefined && now !== undefined && was !== now ? [{ code, before: was, after: now }] : [];
}
