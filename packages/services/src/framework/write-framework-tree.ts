// Stores a framework tree the domain has checked: rows whose code is gone are deleted, new codes are
// created (parents before children), and every other row is updated only where it differs (content,
// parent, depth, position in the tree's pre-order), its version going up. Codes are the identity.
import { randomUUID } from "node:crypto";
import { Prisma } from "@cchc/db";
import { flattenFramework, stableJson, type Framework } from "@cchc/domain";
import type { Tx } from "../context.js";
import { nodeContentColumns } from "./framework-columns.js";

interface ExistingRow {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  nameEn: string | null;
  maxPoints: { toString(): string };
  position: number;
  depth: number;
  method: string | null;
  methodConfig: unknown;
  scoreSource: string | null;
  appliesTo: string[];
  evidenceHint: string | null;
  sumReason: string | null;
}

export async function writeFrameworkTree(
  tx: Tx,
  frameworkId: string,
  existing: readonly ExistingRow[],
  tree: Framework,
  /** previous-year links to keep for new rows, by code (an import replacing a framework) */
  previousNodeIds: ReadonlyMap<string, string> = new Map(),
): Promise<{ created: number; updated: number; deleted: number }> {
  const rowOf = new Map(existing.map((r) => [r.code, r]));
  const flat = flattenFramework(tree);
  const keep = new Set(flat.map((f) => f.node.code));
  const gone = existing.filter((r) => !keep.has(r.code)).map((r) => r.id);
  if (gone.length) await tx.frameworkNode.deleteMany({ where: { id: { in: gone } } });

  const idOf = new Map<string, string>();
  for (const { node } of flat) idOf.set(node.code, rowOf.get(node.code)?.id ?? randomUUID());

  const creates = [];
  const updates: Array<{ id: string; data: Prisma.FrameworkNodeUncheckedUpdateInput }> = [];
  for (const [position, { node, parentCode, depth }] of flat.entries()) {
    const content = nodeContentColumns(node);
    const place = { parentId: parentCode === null ? null : idOf.get(parentCode)!, depth, position };
    const row = rowOf.get(node.code);
    if (!row) {
      creates.push({
        id: idOf.get(node.code)!,
        frameworkId,
        code: node.code,
        ...content,
        methodConfig: content.methodConfig ?? undefined,
        ...place,
        previousNodeId: previousNodeIds.get(node.code) ?? null,
      });
      continue;
    }
    const same =
      row.parentId === place.parentId &&
      row.depth === place.depth &&
      row.position === place.position &&
      row.name === content.name &&
      row.nameEn === content.nameEn &&
      Number(row.maxPoints.toString()) === content.maxPoints &&
      row.method === content.method &&
      stableJson(row.methodConfig ?? null) === stableJson(content.methodConfig ?? null) &&
      row.scoreSource === content.scoreSource &&
      stableJson(row.appliesTo) === stableJson(content.appliesTo) &&
      row.evidenceHint === content.evidenceHint &&
      row.sumReason === content.sumReason;
    if (same) continue;
    updates.push({
      id: row.id,
      data: { ...content, methodConfig: content.methodConfig ?? Prisma.DbNull, ...place, version: { increment: 1 } },
    });
  }
  // new rows first: a kept row may move under a new one
  if (creates.length) await tx.frameworkNode.createMany({ data: creates });
  for (const u of updates) await tx.frameworkNode.update({ where: { id: u.id }, data: u.data });
  return { created: creates.length, updated: updates.length, deleted: gone.length };
}
