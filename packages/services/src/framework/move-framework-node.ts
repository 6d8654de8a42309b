// Home Affairs moves a node one place up or down among its siblings (codes stay as they are: they
// identify the criterion in scores and year-to-year links).
import { locateNode, moveFrameworkNodeInputSchema, moveNode, type MoveFrameworkNodeInput } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { edited } from "./framework-edit-checks.js";
import { loadFrameworkForEdit } from "./load-framework-for-edit.js";
import { writeFrameworkTree } from "./write-framework-tree.js";

export async function moveFrameworkNode(
  ctx: OperationContext,
  raw: MoveFrameworkNodeInput,
): Promise<{ nodeId: string; frameworkId: string }> {
  const input = validate(moveFrameworkNodeInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const f = await loadFrameworkForEdit(ctx, tx, { nodeId: input.nodeId }, input.version);
    const code = f.codeOf.get(input.nodeId)!;
    const from = locateNode(f.tree, code)!.index;
    const after = edited(() => moveNode(f.tree, code, input.direction));
    await writeFrameworkTree(tx, f.row.id, f.row.nodes, after);
    await writeAudit(tx, f.viewerId, {
      action: "framework.move_node",
      entity: "FrameworkNode",
      entityId: input.nodeId,
      before: { code, position: from },
      after: { code, position: locateNode(after, code)!.index, frameworkVersion: f.row.version + 1 },
    });
    return { nodeId: input.nodeId, frameworkId: f.row.id };
  });
}
