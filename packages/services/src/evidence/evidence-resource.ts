// The year and unit an evidence file is for, and the access question about them.
import type { Viewer } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";

/** The unit must take part in the year; the viewer must be allowed to upload for it. */
export async function requireUploadAllowed(
  db: OperationContext["prisma"] | Tx,
  viewer: Viewer | null,
  input: { yearId: string; unitId: string },
): Promise<Viewer> {
  if (typeof input.yearId !== "string" || typeof input.unitId !== "string" || !input.yearId || !input.unitId) {
    throw new NotFoundError("đơn vị trong năm đánh giá");
  }
  const year = await db.evaluationYear.findUnique({
    where: { id: input.yearId },
    select: { status: true, units: { where: { unitId: input.unitId }, select: { unitId: true } } },
  });
  if (!year?.units.length) throw new NotFoundError("đơn vị trong năm đánh giá");
  return requireAllowed(viewer, "evidence.upload", {
    type: "UnitRecord",
    unitId: input.unitId,
    yearStatus: year.status,
  });
}

/**
 * Checks that every file id names an evidence file of this year and unit; `field` names the input
 * field in the ValidationError. Returns the ids without duplicates.
 */
export async function requireEvidenceOf(
  tx: Tx,
  ids: readonly string[],
  owner: { yearId: string; unitId: string },
  field = "evidenceFileIds",
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await tx.evidenceFile.findMany({
    where: { id: { in: unique }, yearId: owner.yearId, unitId: owner.unitId },
    select: { id: true },
  });
  if (found.length !== unique.length) {
    throw new ValidationError([
      {
        field,
        code: "EVIDENCE_NOT_OF_UNIT",
        message: "Tài liệu kiểm chứng không tồn tại hoặc không thuộc đơn vị và năm đánh giá này.",
      },
    ]);
  }
  return unique;
}
