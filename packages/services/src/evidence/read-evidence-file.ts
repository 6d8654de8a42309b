// Reads one evidence file for a viewer: the row and its bytes, only when the viewer may read the
// unit's record in that year (the domain's `evidence.read`); otherwise, and when it does not exist,
// NotFoundError (a person who may not read it does not learn that it exists).
import { can } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { EVIDENCE_FILE_SELECT } from "./store-evidence-file.js";
import type { FileStorage } from "./storage.js";

export async function readEvidenceFile(ctx: OperationContext & { storage: FileStorage }, input: { id: string }) {
  const row =
    typeof input.id === "string" && input.id.length <= 100
      ? await ctx.prisma.evidenceFile.findUnique({
          where: { id: input.id },
          select: { ...EVIDENCE_FILE_SELECT, year: { select: { status: true } } },
        })
      : null;
  if (
    !row ||
    !can(ctx.viewer, "evidence.read", { type: "UnitRecord", unitId: row.unitId ?? "", yearStatus: row.year.status })
  ) {
    throw new NotFoundError("tệp");
  }
  const bytes = await ctx.storage.get(row.storagePath);
  if (!bytes) throw new NotFoundError("tệp");
  const { year: _year, ...file } = row;
  return { file, bytes };
}
