// The year and unit an evidence file is for, and the access question about them.
import { type Viewer, visitAcceptsFindings } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { FINDING_VISIT_SELECT } from "../inspection/finding-visit.js";
import { FindingsClosedError } from "../inspection/visit-step-errors.js";
import { visitResource } from "../inspection/visit-resource.js";
import { requireAllowed } from "../users/require-viewer.js";

/** The unit must take part in the year; the viewer must be allowed to upload for it. */
export async function requireUploadAllowed(
  db: OperationContext["prisma"] | Tx,
  viewer: Viewer | null,
  input: { yearId: string; unitId: string; visitId?: string | null },
): Promise<Viewer> {
  if (typeof input.yearId !== "string" || typeof input.unitId !== "string" || !input.yearId || !input.unitId) {
    throw new NotFoundError("đơn vị trong năm đánh giá");
  }
  // Photos of a finding: an inspector on the visit's team (or Home Affairs) uploads them for the
  // visited unit while the visit's findings are open (`finding.record`).
  if (input.visitId != null) {
    const visit =
      typeof input.visitId === "string" && input.visitId.length <= 100
        ? await db.inspectionVisit.findUnique({ where: { id: input.visitId }, select: FINDING_VISIT_SELECT })
        : null;
    if (!visit || visit.yearId !== input.yearId || visit.unitId !== input.unitId) {
      throw new NotFoundError("cuộc kiểm tra của đơn vị trong năm đánh giá");
    }
    const allowed = requireAllowed(viewer, "finding.record", visitResource(visit));
    if (!visitAcceptsFindings(visit.status)) throw new FindingsClosedError(visit.status);
    return allowed;
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
