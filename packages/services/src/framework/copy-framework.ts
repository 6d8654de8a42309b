// Home Affairs starts a year's framework from another year's: the tree with its points, methods,
// applicability, evidence hints, the bonus and penalty caps and the tiers are copied; the copy
// remembers where it came from (`copiedFromId`) and every node its counterpart of the year copied
// from (`previousNodeId`, leaf to leaf, and so area to area), so criteria can be followed year to
// year. Refused when the target year already has a framework. One transaction, audited.
import { randomUUID } from "node:crypto";
import { Prisma } from "@cchc/db";
import { TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";

const copyFrameworkInputSchema = z.object({
  fromYearId: z.string().min(1).max(TEXT_LIMITS.id),
  toYearId: z.string().min(1).max(TEXT_LIMITS.id),
});

export type CopyFrameworkInput = z.input<typeof copyFrameworkInputSchema>;

export async function copyFramework(
  ctx: OperationContext,
  raw: CopyFrameworkInput,
): Promise<{ frameworkId: string; nodes: number }> {
  const input = validate(copyFrameworkInputSchema, raw);
  if (input.fromYearId === input.toYearId) {
    throw new ValidationError([{ field: "toYearId", code: "SAME_YEAR", message: "Chọn một năm khác với năm nguồn." }]);
  }
  return ctx.prisma.$transaction(
    async (tx) => {
      const target = await tx.evaluationYear.findUnique({
        where: { id: input.toYearId },
        select: { status: true, authorityId: true, framework: { select: { id: true } } },
      });
      if (!target) throw new NotFoundError("năm đánh giá");
      const viewer = requireAllowed(ctx.viewer, "framework.edit", {
        type: "EvaluationYear",
        yearStatus: target.status,
      });
      if (target.framework) {
        throw new ValidationError([
          {
            field: "toYearId",
            code: "HAS_FRAMEWORK",
            message: "Năm này đã có bộ tiêu chí: không sao chép đè lên.",
          },
        ]);
      }
      const source = await tx.framework.findFirst({
        where: { yearId: input.fromYearId, year: { authorityId: target.authorityId } },
        include: { nodes: { orderBy: { position: "asc" } } },
      });
      if (!source) throw new NotFoundError("bộ tiêu chí của năm nguồn");

      const frameworkId = randomUUID();
      await tx.framework.create({
        data: {
          id: frameworkId,
          yearId: input.toYearId,
          name: source.name,
          bonusCap: source.bonusCap,
          penaltyCap: source.penaltyCap,
          tiers: source.tiers as Prisma.InputJsonValue,
          copiedFromId: source.id,
        },
      });
      const newId = new Map(source.nodes.map((n) => [n.id, randomUUID()]));
      // parents before children: positions are the tree's pre-order, and one statement inserts them all
      await tx.frameworkNode.createMany({
        data: source.nodes.map((n) => ({
          id: newId.get(n.id)!,
          frameworkId,
          parentId: n.parentId === null ? null : newId.get(n.parentId)!,
          code: n.code,
          name: n.name,
          nameEn: n.nameEn,
          maxPoints: n.maxPoints,
          depth: n.depth,
          position: n.position,
          method: n.method,
          methodConfig: n.methodConfig === null ? Prisma.DbNull : (n.methodConfig as Prisma.InputJsonValue),
          scoreSource: n.scoreSource,
          appliesTo: n.appliesTo,
          evidenceHint: n.evidenceHint,
          sumReason: n.sumReason,
          previousNodeId: n.id,
        })),
      });
      const leaves = source.nodes.filter((n) => n.method !== null).length;
      await writeAudit(tx, viewer.userId, {
        action: "framework.copy",
        entity: "Framework",
        entityId: frameworkId,
        after: {
          fromYearId: input.fromYearId,
          toYearId: input.toYearId,
          copiedFromId: source.id,
          nodes: source.nodes.length,
          leaves,
        },
      });
      return { frameworkId, nodes: source.nodes.length };
    },
    { timeout: 30_000 },
  );
}
