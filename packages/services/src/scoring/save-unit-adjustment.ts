// Home Affairs gives (or changes) a unit's bonus or penalty points with a reason and, optionally,
// evidence files of the unit: during appraisal round 1 or 2 (open for the unit; a reopening extends
// it), not once the results are locked, points > 0, and the unit's total bonus and total penalty each
// within the framework's cap. An edit names the version it saw (ConflictError otherwise). Audited.
import {
  ADJUSTMENT_STAGES,
  adjustmentCapProblem,
  type SaveUnitAdjustmentInput,
  saveUnitAdjustmentInputSchema,
  toLocalIsoDate,
} from "@cchc/domain";
import type { AdjustmentSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext, Tx } from "../context.js";
import { ConflictError, NotFoundError, StageClosedError, ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { unitStageOpen } from "./unit-stage-open.js";

export const ADJUSTMENT_SELECT = {
  id: true,
  version: true,
  yearId: true,
  unitId: true,
  kind: true,
  points: true,
  reason: true,
  evidence: { select: { fileId: true } },
} as const;

type AdjustmentRow = {
  version: number;
  yearId: string;
  unitId: string;
  kind: "BONUS" | "PENALTY";
  points: { toString(): string };
  reason: string;
  evidence: Array<{ fileId: string }>;
};

export function adjustmentSnapshot(row: AdjustmentRow): AdjustmentSnapshot {
  return {
    version: row.version,
    yearId: row.yearId,
    unitId: row.unitId,
    kind: row.kind,
    points: Number(row.points.toString()),
    reason: row.reason,
    evidenceFileIds: row.evidence.map((e) => e.fileId).sort(),
  };
}

/**
 * The year of a unit's adjustment, checked for the writer: the unit takes part, Home Affairs, not
 * locked, a round open for the unit. Returns the viewer and the framework's caps.
 */
export async function requireAdjustable(ctx: OperationContext, tx: Tx, where: { yearId: string; unitId: string }) {
  const year = await tx.evaluationYear.findUnique({
    where: { id: where.yearId },
    select: {
      status: true,
      framework: { select: { bonusCap: true, penaltyCap: true } },
      resultSnapshot: { select: { lockedAt: true } },
      units: { where: { unitId: where.unitId }, select: { unitId: true } },
    },
  });
  if (!year?.units.length) throw new NotFoundError("đơn vị trong năm đánh giá");
  const viewer = requireAllowed(ctx.viewer, "adjustment.manage", {
    type: "UnitRecord",
    unitId: where.unitId,
    yearStatus: year.status,
  });
  if (year.resultSnapshot?.lockedAt) throw new StageClosedError(ADJUSTMENT_STAGES, true);
  if (!(await unitStageOpen(tx, where, ADJUSTMENT_STAGES, toLocalIsoDate(ctx.now)))) {
    throw new StageClosedError(ADJUSTMENT_STAGES, false);
  }
  if (!year.framework) throw new NotFoundError("bộ tiêu chí của năm đánh giá");
  return {
    viewer,
    caps: { BONUS: Number(year.framework.bonusCap.toString()), PENALTY: Number(year.framework.penaltyCap.toString()) },
  };
}

export async function saveUnitAdjustment(
  ctx: OperationContext,
  raw: SaveUnitAdjustmentInput,
): Promise<{ adjustmentId: string }> {
  const input = validate(saveUnitAdjustmentInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const owner = { yearId: input.yearId, unitId: input.unitId };
    const { viewer, caps } = await requireAdjustable(ctx, tx, owner);
    const existing = input.id
      ? await tx.unitAdjustment.findFirst({ where: { id: input.id, ...owner }, select: ADJUSTMENT_SELECT })
      : null;
    if (input.id && !existing) throw new NotFoundError("điểm thưởng/điểm trừ");
    if (existing && existing.version !== input.version) {
      throw new ConflictError("UnitAdjustment", existing.id, existing.version);
    }
    const others = await tx.unitAdjustment.findMany({
      where: { ...owner, kind: input.kind, ...(existing ? { id: { not: existing.id } } : {}) },
      select: { points: true },
    });
    const otherTotal = others.reduce((sum, a) => sum + Number(a.points.toString()), 0);
    const capProblem = adjustmentCapProblem(input.kind, input.points, otherTotal, caps[input.kind]);
    if (capProblem) throw new ValidationError([capProblem]);
    const evidenceIds =
      input.evidenceFileIds == null ? null : await requireEvidenceOf(tx, input.evidenceFileIds, owner);

    const data = { kind: input.kind, points: input.points, reason: input.reason };
    let adjustmentId: string;
    if (existing) {
      const written = await tx.unitAdjustment.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("UnitAdjustment", existing.id, existing.version);
      adjustmentId = existing.id;
    } else {
      adjustmentId = (
        await tx.unitAdjustment.create({
          data: { ...owner, ...data, createdById: viewer.userId, createdAt: ctx.now },
          select: { id: true },
        })
      ).id;
    }
    if (evidenceIds) {
      await tx.unitAdjustmentEvidence.deleteMany({ where: { adjustmentId } });
      if (evidenceIds.length) {
        await tx.unitAdjustmentEvidence.createMany({ data: evidenceIds.map((fileId) => ({ adjustmentId, fileId })) });
      }
    }
    const after = await tx.unitAdjustment.findUniqueOrThrow({ where: { id: adjustmentId }, select: ADJUSTMENT_SELECT });
    await writeAudit(tx, viewer.userId, {
      action: "adjustment.save",
      entity: "UnitAdjustment",
      entityId: adjustmentId,
      before: existing ? adjustmentSnapshot(existing) : null,
      after: adjustmentSnapshot(after),
    });
    return { adjustmentId };
  });
}
