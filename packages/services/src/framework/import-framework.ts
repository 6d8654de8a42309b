// Home Affairs loads a year's framework from a framework file (the editor's "Tải xuống JSON", or one
// prepared elsewhere in the same format): all or nothing. The file is read and checked by the domain
// (every problem with its place in the file, in Vietnamese); a year without a framework gets it, a
// year whose framework nothing refers to yet (no score, finding or survey result) has it replaced
// (the person names the version they saw). Nodes keep their previous-year links where the code stays.
import { jsonColumns } from "@cchc/db";
import { flattenFramework, frameworkFromFile, FRAMEWORK_FORMAT_VERSION, TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { FRAMEWORK_NODE_SELECT } from "./framework-from-rows.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { validate } from "../validate.js";
import { requireKnownUnitTypes } from "./framework-edit-checks.js";
import { nodesInUse, requireFrameworkEdit } from "./load-framework-for-edit.js";
import { writeFrameworkTree } from "./write-framework-tree.js";

const importFrameworkInputSchema = z.object({
  yearId: z.string().min(1).max(TEXT_LIMITS.id),
  /** the file: its text or its parsed JSON */
  json: z.unknown(),
  /** the version of the framework being replaced, as the person saw it; null when the year has none */
  version: z
    .number()
    .int()
    .min(0)
    .nullish()
    .transform((v) => v ?? null),
});

export type ImportFrameworkInput = z.input<typeof importFrameworkInputSchema>;

export async function importFramework(
  ctx: OperationContext,
  raw: ImportFrameworkInput,
): Promise<{ frameworkId: string; nodes: number; replaced: boolean }> {
  const input = validate(importFrameworkInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: {
        status: true,
        authorityId: true,
        resultSnapshot: { select: { lockedAt: true } },
        framework: {
          select: {
            id: true,
            version: true,
            name: true,
            nodes: { select: { ...FRAMEWORK_NODE_SELECT, depth: true, method: true, previousNodeId: true } },
          },
        },
      },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const viewer = requireFrameworkEdit(ctx, year);
    const existing = year.framework;
    if (existing && input.version === null) {
      throw new ValidationError([
        {
          field: "version",
          code: "HAS_FRAMEWORK",
          message: "Năm này đã có bộ tiêu chí: hãy xác nhận thay thế bộ tiêu chí hiện có.",
        },
      ]);
    }
    if (existing && input.version !== existing.version) {
      throw new ConflictError("Framework", existing.id, existing.version);
    }

    const read = frameworkFromFile(input.json);
    if (!read.ok)
      throw new ValidationError(read.problems.map((p) => ({ ...p, field: p.field ? `json.${p.field}` : "json" })));
    const framework = read.framework;
    const codes = [...new Set(flattenFramework(framework).flatMap((f) => f.node.appliesTo))];
    await requireKnownUnitTypes(tx, year.authorityId, codes);

    if (existing) {
      const used = await nodesInUse(
        tx,
        existing.nodes.map((n) => n.id),
      );
      if (used.size > 0) {
        throw new ValidationError([
          {
            field: "",
            code: "IN_USE",
            message:
              "Bộ tiêu chí của năm này đã có điểm chấm, phát hiện kiểm tra hoặc kết quả khảo sát: không thể thay thế bằng tệp.",
          },
        ]);
      }
    }

    const data = {
      name: framework.name,
      bonusCap: framework.bonusCap,
      penaltyCap: framework.penaltyCap,
      tiers: jsonColumns.tiers.toJson(framework.tiers),
    };
    let frameworkId: string;
    if (existing) {
      const written = await tx.framework.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("Framework", existing.id, existing.version);
      frameworkId = existing.id;
    } else {
      frameworkId = (await tx.framework.create({ data: { yearId: input.yearId, ...data }, select: { id: true } })).id;
    }
    const previous = new Map(
      (existing?.nodes ?? []).flatMap((n) => (n.previousNodeId ? [[n.code, n.previousNodeId] as const] : [])),
    );
    // Replaced rows go first and all new ones are created: a file's tree is a new tree.
    if (existing) await tx.frameworkNode.deleteMany({ where: { frameworkId } });
    await writeFrameworkTree(tx, frameworkId, [], framework, previous);

    const flat = flattenFramework(framework);
    await writeAudit(tx, viewer.userId, {
      action: "framework.import",
      entity: "Framework",
      entityId: frameworkId,
      before: existing ? { name: existing.name, nodes: existing.nodes.length, version: existing.version } : null,
      after: {
        yearId: input.yearId,
        name: framework.name,
        nodes: flat.length,
        leaves: flat.filter((f) => f.node.children.length === 0).length,
        formatVersion: FRAMEWORK_FORMAT_VERSION,
      },
    });
    return { frameworkId, nodes: flat.length, replaced: existing !== null };
  });
}
