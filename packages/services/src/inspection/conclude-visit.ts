// The team concludes the visit once the minutes are recorded: the minutes DOCX is generated from the
// visit (Decree 30 format, `visit-minutes-docx.ts`), stored through FileStorage as an evidence file of
// the visited unit, and linked as the visit's `minutesFileId`. MINUTES_RECORDED → CONCLUDED. From then
// on the issued file is served as issued (GET /files/:id, /visits/:id/minutes.docx), never
// regenerated, and findings are closed. If the database write fails the stored bytes are removed.
import { createHash } from "node:crypto";
import { type ConcludeVisitInput, canMoveVisit, concludeVisitInputSchema, VisitStatus } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { Tx } from "../context.js";
import { ConflictError, NotFoundError } from "../errors.js";
import type { EvidenceContext } from "../evidence/store-evidence-file.js";
import { newStorageKey } from "../evidence/storage.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { VISIT_MINUTES_SELECT, visitMinutesSnapshot } from "./record-visit-minutes.js";
import { minutesFileName, visitMinutesData } from "./visit-minutes-data.js";
import { DOCX_MIME, visitMinutesDocx } from "./visit-minutes-docx.js";
import { MinutesStepError } from "./visit-step-errors.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "./visit-resource.js";

export async function concludeVisit(
  ctx: EvidenceContext,
  raw: ConcludeVisitInput,
): Promise<{ visitId: string; minutesFileId: string }> {
  const input = validate(concludeVisitInputSchema, raw);
  const select = { ...VISIT_MINUTES_SELECT, ...VISIT_RESOURCE_SELECT } as const;
  const check = async (db: EvidenceContext["prisma"] | Tx) => {
    const visit = await db.inspectionVisit.findUnique({ where: { id: input.visitId }, select });
    if (!visit) throw new NotFoundError("cuộc kiểm tra");
    const viewer = requireAllowed(ctx.viewer, "visit.minutes", visitResource(visit));
    if (!canMoveVisit(visit.status as VisitStatus, VisitStatus.CONCLUDED)) {
      throw new MinutesStepError(
        visit.status,
        visit.status === VisitStatus.CONCLUDED
          ? "Cuộc kiểm tra đã kết luận."
          : "Cần lập biên bản (số, địa điểm, kết luận) trước khi kết luận cuộc kiểm tra.",
      );
    }
    if (visit.version !== input.version) throw new ConflictError("InspectionVisit", visit.id, visit.version);
    return { visit, viewer };
  };
  const { visit } = await check(ctx.prisma);
  const bytes = await visitMinutesDocx(await visitMinutesData(ctx.prisma, visit.id, { draft: false }));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = newStorageKey();
  await ctx.storage.put(key, bytes);
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const { visit: before, viewer } = await check(tx);
      const file = await tx.evidenceFile.create({
        data: {
          yearId: before.yearId,
          unitId: before.unitId,
          fileName: minutesFileName(before.minutesNumber, false),
          mimeType: DOCX_MIME,
          sizeBytes: bytes.byteLength,
          sha256,
          storagePath: key,
          uploadedById: viewer.userId,
          createdAt: ctx.now,
        },
        select: { id: true },
      });
      const written = await tx.inspectionVisit.updateMany({
        where: { id: before.id, version: before.version },
        data: {
          status: VisitStatus.CONCLUDED,
          concludedAt: ctx.now,
          minutesFileId: file.id,
          version: { increment: 1 },
        },
      });
      if (written.count === 0) throw new ConflictError("InspectionVisit", before.id, before.version);
      const after = await tx.inspectionVisit.findUniqueOrThrow({
        where: { id: before.id },
        select: VISIT_MINUTES_SELECT,
      });
      await writeAudit(tx, viewer.userId, {
        action: "visit.conclude",
        entity: "InspectionVisit",
        entityId: before.id,
        before: visitMinutesSnapshot(before),
        after: { ...visitMinutesSnapshot(after), minutesSha256: sha256 },
      });
      return { visitId: before.id, minutesFileId: file.id };
    });
  } catch (error) {
    await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}
