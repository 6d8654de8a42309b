// An inspector on the team (or Home Affairs) records a finding on the spot: a weakness with its
// severity or a good practice, the criterion (a leaf of the year's framework), the text, photos of
// the visited unit, optionally where. Idempotent by the device's `clientId`: the same clientId sent
// again (a phone retrying after a lost answer, an outbox replay) writes nothing and answers the
// finding recorded the first time (`created: false`), even when two sends race. Audited.
import { type RecordFindingInput, recordFindingInputSchema } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { requireCriterionLeaf, requirePhotos } from "./finding-parts.js";
import { FINDING_SELECT, findingSnapshot } from "./finding-snapshot.js";
import { FINDING_VISIT_SELECT, requireFindingVisit } from "./finding-visit.js";
import { visitResource } from "./visit-resource.js";

export interface RecordFindingResult {
  findingId: string;
  /** false: this clientId had been recorded before; nothing was written */
  created: boolean;
}

/** The finding already recorded under this clientId, for a viewer who may record on its visit. */
async function replay(ctx: OperationContext, clientId: string, visitId: string): Promise<RecordFindingResult | null> {
  const existing = await ctx.prisma.finding.findUnique({
    where: { clientId },
    select: { id: true, visitId: true, visit: { select: FINDING_VISIT_SELECT } },
  });
  if (!existing) return null;
  // Access as for recording (a replay may come after the minutes were issued: it still answers).
  requireAllowed(ctx.viewer, "finding.record", visitResource(existing.visit));
  if (existing.visitId !== visitId) {
    throw new ValidationError([
      {
        field: "clientId",
        code: "CLIENT_ID_TAKEN",
        message: "Mã phát hiện của thiết bị đã dùng cho cuộc kiểm tra khác.",
      },
    ]);
  }
  return { findingId: existing.id, created: false };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function recordFinding(ctx: OperationContext, raw: RecordFindingInput): Promise<RecordFindingResult> {
  const input = validate(recordFindingInputSchema, raw);
  const earlier = await replay(ctx, input.clientId, input.visitId);
  if (earlier) return earlier;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const { visit, viewer } = await requireFindingVisit(ctx, tx, input.visitId);
      await requireCriterionLeaf(tx, input.frameworkNodeId, visit.yearId);
      const photos = await requirePhotos(tx, input.photoFileIds, visit, null);
      const finding = await tx.finding.create({
        data: {
          visitId: visit.id,
          clientId: input.clientId,
          kind: input.kind,
          severity: input.severity,
          frameworkNodeId: input.frameworkNodeId,
          description: input.description,
          latitude: input.latitude,
          longitude: input.longitude,
          authorId: viewer.userId,
          recordedAt: ctx.now,
        },
        select: { id: true },
      });
      if (photos.length) {
        await tx.evidenceFile.updateMany({ where: { id: { in: photos } }, data: { findingId: finding.id } });
      }
      const after = await tx.finding.findUniqueOrThrow({ where: { id: finding.id }, select: FINDING_SELECT });
      await writeAudit(tx, viewer.userId, {
        action: "finding.record",
        entity: "Finding",
        entityId: finding.id,
        after: findingSnapshot(after),
      });
      return { findingId: finding.id, created: true };
    });
  } catch (error) {
    // Two sends of the same clientId at once: the second loses the race on the unique index.
    if (isUniqueViolation(error)) {
      const raced = await replay(ctx, input.clientId, input.visitId);
      if (raced) return raced;
    }
    throw error;
  }
}
