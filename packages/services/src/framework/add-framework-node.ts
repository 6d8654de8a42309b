// Home Affairs adds a node to a year's framework: under a parent (null: a new area), at a place
// among its siblings (default: last), with a code given or the next free one under the parent. A
// leaf that gets a child becomes a group (refused while scores, findings or survey results refer to
// it). The whole framework must still hold together afterwards.
import {
  addFrameworkNodeInputSchema,
  addNode,
  locateNode,
  nextChildCode,
  type AddFrameworkNodeInput,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
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

export async function addFrameworkNode(
  ctx: OperationContext,
  raw: AddFrameworkNodeInput,
): Promise<{ nodeId: string; frameworkId: string }> {
  const input = validate(addFrameworkNodeInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const f = await loadFrameworkForEdit(ctx, tx, { frameworkId: input.frameworkId }, input.version);
    let parentCode: string | null = null;
    if (input.parentId !== null) {
      parentCode = f.codeOf.get(input.parentId) ?? null;
      if (parentCode === null) throw new NotFoundError("tiêu chí cha trong bộ tiêu chí này");
      const parent = locateNode(f.tree, parentCode)!.node;
      if (parent.children.length === 0 && (await nodesInUse(tx, [input.parentId])).size > 0) {
        throw inUseProblem([parentCode], "children");
      }
    }
    await requireKnownUnitTypes(tx, f.row.year.authorityId, input.appliesTo);
    const code = input.code ?? nextChildCode(f.tree, parentCode);
    const after = edited(() =>
      addNode(
        f.tree,
        parentCode,
        {
          code,
          name: input.name,
          maxPoints: input.maxPoints,
          appliesTo: input.appliesTo,
          ...(input.nameEn ? { nameEn: input.nameEn } : {}),
          ...(input.method ? { method: input.method } : {}),
          ...(input.scoreSource ? { scoreSource: input.scoreSource } : {}),
          ...(input.evidenceHint ? { evidenceHint: input.evidenceHint } : {}),
          ...(input.sumReason ? { sumReason: input.sumReason } : {}),
        },
        { adjustAncestors: input.adjustAncestors, ...(input.position === null ? {} : { position: input.position }) },
      ),
    );
    requireNoNewProblems(f.tree, after);
    await writeFrameworkTree(tx, f.row.id, f.row.nodes, after);
    const created = await tx.frameworkNode.findUniqueOrThrow({
      where: { frameworkId_code: { frameworkId: f.row.id, code } },
      select: { id: true },
    });
    const at = locateNode(after, code)!;
    await writeAudit(tx, f.viewerId, {
      action: "framework.add_node",
      entity: "FrameworkNode",
      entityId: created.id,
      after: {
        ...nodeSnapshot(at.node),
        parentCode,
        position: at.index,
        frameworkVersion: f.row.version + 1,
        pointsCarriedUp: carriedUp(f.tree, after, code),
      },
    });
    return { nodeId: created.id, frameworkId: f.row.id };
  });
}
