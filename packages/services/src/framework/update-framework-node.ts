// Home Affairs changes one node of a year's framework: its names, points, scoring method and its
// settings, score source, unit types and evidence hint. The whole framework must still hold together
// afterwards (the domain's validation): by default the ancestors' maxima follow the children's sum.
// Refused when the year is published, its results are locked, or the leaf's scoring would change
// meaning while scores, findings or survey results already refer to it.
import {
  locateNode,
  scoringChanged,
  updateFrameworkNodeInputSchema,
  updateNode,
  type UpdateFrameworkNodeInput,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { nodeSnapshot } from "./framework-columns.js";
import {
  carriedUp,
  edited,
  inUseProblem,
  requireKnownUnitTypes,
  requireNoNewProblems,
} from "./framework-edit-checks.js";
import { loadFrameworkForEdit, nodesInUse } from "./load-framework-for-edit.js";
import { writeFrameworkTree } from "./write-framework-tree.js";

export async function updateFrameworkNode(
  ctx: OperationContext,
  raw: UpdateFrameworkNodeInput,
): Promise<{ nodeId: string; frameworkId: string }> {
  const input = validate(updateFrameworkNodeInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const f = await loadFrameworkForEdit(ctx, tx, { nodeId: input.nodeId }, input.version);
    const code = f.codeOf.get(input.nodeId)!;
    const before = locateNode(f.tree, code)!.node;
    await requireKnownUnitTypes(tx, f.row.year.authorityId, input.appliesTo);
    const after = edited(() =>
      updateNode(
        f.tree,
        code,
        {
          name: input.name,
          nameEn: input.nameEn ?? undefined,
          maxPoints: input.maxPoints,
          method: input.method ?? undefined,
          scoreSource: input.scoreSource ?? undefined,
          appliesTo: input.appliesTo,
          evidenceHint: input.evidenceHint ?? undefined,
          sumReason: input.sumReason ?? undefined,
        },
        { adjustAncestors: input.adjustAncestors },
      ),
    );
    const node = locateNode(after, code)!.node;
    if (before.children.length === 0 && scoringChanged(before, node)) {
      if ((await nodesInUse(tx, [input.nodeId])).size > 0) throw inUseProblem([code], "scoring");
    }
    requireNoNewProblems(f.tree, after);
    await writeFrameworkTree(tx, f.row.id, f.row.nodes, after);
    await writeAudit(tx, f.viewerId, {
      action: "framework.update_node",
      entity: "FrameworkNode",
      entityId: input.nodeId,
      before: nodeSnapshot(before),
      after: {
        ...nodeSnapshot(node),
        frameworkVersion: f.row.version + 1,
        pointsCarriedUp: carriedUp(f.tree, after, code),
      },
    });
    return { nodeId: input.nodeId, frameworkId: f.row.id };
  });
}
