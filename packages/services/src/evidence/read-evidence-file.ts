// Reads one evidence file for a viewer: the row and its bytes, only when the viewer may read the
// unit's record in that year (the domain's `evidence.read`); otherwise, and when it does not exist,
// NotFoundError (a person who may not read it does not learn that it exists).
import { can } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { correctiveActionResource } from "../inspection/corrective-action-record.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "../inspection/visit-resource.js";
import { EVIDENCE_FILE_SELECT } from "./store-evidence-file.js";
import type { FileStorage } from "./storage.js";

export async function readEvidenceFile(ctx: OperationContext & { storage: FileStorage }, input: { id: string }) {
  const row =
    typeof input.id === "string" && input.id.length <= 100
      ? await ctx.prisma.evidenceFile.findUnique({
          where: { id: input.id },
          select: {
            ...EVIDENCE_FILE_SELECT,
            year: { select: { status: true } },
            finding: { select: { visit: { select: VISIT_RESOURCE_SELECT } } },
            visitMinutes: { select: VISIT_RESOURCE_SELECT },
            correctiveAction: {
              select: {
                ownerUnitId: true,
                finding: {
                  select: {
                    visit: { select: { year: { select: { status: true } }, team: { select: { userId: true } } } },
                  },
                },
              },
            },
          },
        })
      : null;
  // A corrective action's fix evidence is read by whoever reads the action (the inspection team verifies it).
  const readableAsAction =
    row?.correctiveAction != null && can(ctx.viewer, "action.read", correctiveActionResource(row.correctiveAction));
  // A finding's photos and a visit's minutes file are read by whoever reads the visit (its team, the unit once told).
  const visit = row?.finding?.visit ?? row?.visitMinutes ?? null;
  const readableAsVisit = visit !== null && can(ctx.viewer, "visit.read", visitResource(visit));
  if (
    !row ||
    (!readableAsAction &&
      !readableAsVisit &&
      !can(ctx.viewer, "evidence.read", { type: "UnitRecord", unitId: row.unitId ?? "", yearStatus: row.year.status }))
  ) {
    throw new NotFoundError("tệp");
  }
  const bytes = await ctx.storage.get(row.storagePath);
  if (!bytes) throw new NotFoundError("tệp");
  const { year: _year, correctiveAction: _action, finding: _finding, visitMinutes: _minutes, ...file } = row;
  return { file, bytes };
}
