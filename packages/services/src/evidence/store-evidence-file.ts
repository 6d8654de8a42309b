// Stores one evidence file (tài liệu kiểm chứng) for a unit in a year: the uploader may write the
// unit's record (its officer; Home Affairs for any unit; never in a published year), the file passes
// the domain's rules (not empty, within the size limit, an allowed type by declared type, extension
// and first bytes, a clean name), its SHA-256 is computed here, the bytes go to storage under a random
// key, then the row and its audit entry are written in one transaction. If the database write fails
// the stored bytes are removed: nothing is left half-written.
import { createHash } from "node:crypto";
import { checkEvidenceFile, DEFAULT_MAX_UPLOAD_BYTES, SIGNATURE_BYTES } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { requireUploadAllowed } from "./evidence-resource.js";
import { FileRejectedError } from "./file-rejected-error.js";
import { type FileStorage, newStorageKey } from "./storage.js";

export interface EvidenceContext extends OperationContext {
  storage: FileStorage;
  /** The upload limit (CCHC_MAX_UPLOAD_BYTES); default 10 MB. */
  maxUploadBytes?: number;
}

export interface StoreEvidenceFileInput {
  yearId: string;
  unitId: string;
  /** a finding's photo: the visit it is taken at (the team uploads for the visited unit) */
  visitId?: string | null;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const EVIDENCE_FILE_SELECT = {
  id: true,
  yearId: true,
  unitId: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  storagePath: true,
  uploadedById: true,
  createdAt: true,
} as const;

/** Whether the viewer may upload evidence for this unit in this year (NotFoundError / ForbiddenError if not). */
export async function checkEvidenceUpload(
  ctx: OperationContext,
  input: { yearId: string; unitId: string; visitId?: string | null },
) {
  await requireUploadAllowed(ctx.prisma, ctx.viewer, input);
}

export async function storeEvidenceFile(ctx: EvidenceContext, input: StoreEvidenceFileInput) {
  const viewer = await requireUploadAllowed(ctx.prisma, ctx.viewer, input);
  const limit = ctx.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const checked = checkEvidenceFile(
    {
      fileName: input.fileName,
      mimeType: input.mimeType,
      sizeBytes: input.bytes.byteLength,
      head: input.bytes.subarray(0, SIGNATURE_BYTES),
    },
    limit,
  );
  if (!checked.ok) throw new FileRejectedError(checked.problem.code, checked.problem.message);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const key = newStorageKey();
  await ctx.storage.put(key, input.bytes);
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      // Checked again inside the transaction: the year may have been published meanwhile.
      await requireUploadAllowed(tx, ctx.viewer, input);
      const row = await tx.evidenceFile.create({
        data: {
          yearId: input.yearId,
          unitId: input.unitId,
          fileName: checked.fileName,
          mimeType: checked.mimeType,
          sizeBytes: input.bytes.byteLength,
          sha256,
          storagePath: key,
          uploadedById: viewer.userId,
        },
        select: EVIDENCE_FILE_SELECT,
      });
      await writeAudit(tx, viewer.userId, {
        action: "evidence.upload",
        entity: "EvidenceFile",
        entityId: row.id,
        after: {
          yearId: row.yearId,
          unitId: input.unitId,
          fileName: row.fileName,
          mimeType: row.mimeType,
          sizeBytes: row.sizeBytes,
          sha256: row.sha256,
        },
      });
      return row;
    });
  } catch (error) {
    await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}
