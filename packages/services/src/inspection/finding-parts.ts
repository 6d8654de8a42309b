// Checks shared by recording and editing a finding: the criterion is a leaf of the visit year's
// framework, and the photos are files of the visited unit in that year not attached elsewhere.
import type { Tx } from "../context.js";
import { ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";

export async function requireCriterionLeaf(tx: Tx, nodeId: string | null, yearId: string) {
  if (nodeId === null) return;
  const node = await tx.frameworkNode.findFirst({
    where: { id: nodeId, framework: { yearId } },
    select: { id: true, _count: { select: { children: true } } },
  });
  if (!node || node._count.children > 0) {
    throw new ValidationError([
      {
        field: "frameworkNodeId",
        code: "NOT_A_LEAF",
        message: "Tiêu chí phải là tiêu chí thành phần (lá) trong bộ tiêu chí của năm đánh giá.",
      },
    ]);
  }
}

export async function requirePhotos(
  tx: Tx,
  ids: readonly string[],
  visit: { yearId: string; unitId: string },
  findingId: string | null,
): Promise<string[]> {
  const unique = await requireEvidenceOf(tx, ids, visit, "photoFileIds");
  if (unique.length === 0) return unique;
  const taken = await tx.evidenceFile.count({
    where: {
      id: { in: unique },
      OR: [
        { findingId: { not: null, ...(findingId ? { notIn: [findingId] } : {}) } },
        { correctiveActionId: { not: null } },
        { scoreEntries: { some: {} } },
        { visitMinutes: { isNot: null } },
      ],
    },
  });
  if (taken > 0) {
    throw new ValidationError([
      { field: "photoFileIds", code: "FILE_IN_USE", message: "Ảnh, tệp này đã gắn với hồ sơ khác." },
    ]);
  }
  return unique;
}
