// The minutes of a visit for download, for whoever may read the visit (`visit.read`): once concluded,
// the file issued then, byte for byte (never regenerated); before, a draft generated from the visit as
// it is now (marked "DỰ THẢO", number if already recorded).
import { can, VisitStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import type { FileStorage } from "../evidence/storage.js";
import { minutesFileName, visitMinutesData } from "./visit-minutes-data.js";
import { DOCX_MIME, visitMinutesDocx } from "./visit-minutes-docx.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "./visit-resource.js";

export interface VisitMinutesFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** the issued file (true) or a draft made now (false) */
  issued: boolean;
}

export async function readVisitMinutes(
  ctx: OperationContext & { storage: FileStorage },
  input: { visitId: string },
): Promise<VisitMinutesFile> {
  const visit =
    typeof input.visitId === "string" && input.visitId.length <= 100
      ? await ctx.prisma.inspectionVisit.findUnique({
          where: { id: input.visitId },
          select: {
            ...VISIT_RESOURCE_SELECT,
            id: true,
            minutesNumber: true,
            minutesFile: { select: { fileName: true, mimeType: true, storagePath: true } },
          },
        })
      : null;
  // Someone who may not read the visit does not learn that it exists.
  if (!visit || !can(ctx.viewer, "visit.read", visitResource(visit))) throw new NotFoundError("cuộc kiểm tra");
  if (visit.minutesFile) {
    const bytes = await ctx.storage.get(visit.minutesFile.storagePath);
    if (!bytes) throw new NotFoundError("tệp biên bản");
    return { fileName: visit.minutesFile.fileName, mimeType: visit.minutesFile.mimeType, bytes, issued: true };
  }
  if (visit.status === VisitStatus.CANCELLED) throw new NotFoundError("biên bản của cuộc kiểm tra");
  const bytes = await visitMinutesDocx(await visitMinutesData(ctx.prisma, visit.id, { draft: true }));
  return { fileName: minutesFileName(visit.minutesNumber, true), mimeType: DOCX_MIME, bytes, issued: false };
}
