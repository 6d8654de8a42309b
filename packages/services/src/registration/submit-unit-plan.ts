// A unit's officer sends the unit's own CCHC plan: its number, the day it was issued and the signed
// document (an evidence file of the unit and year, uploaded first with POST /files). The server's
// clock is the submission time, and on time / late is decided by it against the year's last on-time
// day (local dates, Asia/Ho_Chi_Minh). Sending again replaces the document on record (naming the
// version seen); the replaced one stays in the audit log, and the new time decides on time / late.
import {
  type SubmitUnitPlanInput,
  submitUnitPlanInputSchema,
  unitPlanIssuedOnProblem,
  unitPlanTiming,
} from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import type { UnitPlanSnapshot } from "./registration-audit.js";

const iso = (d: Date) => d.toISOString().slice(0, 10);

const PLAN_SELECT = {
  id: true,
  version: true,
  yearId: true,
  unitId: true,
  documentNumber: true,
  issuedOn: true,
  submittedAt: true,
  fileId: true,
} as const;

export async function submitUnitPlan(
  ctx: OperationContext,
  raw: SubmitUnitPlanInput,
): Promise<{ unitPlanId: string; timing: "on_time" | "late" }> {
  const input = validate(submitUnitPlanInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: {
        year: true,
        status: true,
        unitPlanDeadline: true,
        units: { where: { unitId: input.unitId }, select: { unitId: true } },
      },
    });
    if (!year?.units.length) throw new NotFoundError("đơn vị trong năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "unitPlan.submit", {
      type: "UnitRecord",
      unitId: input.unitId,
      yearStatus: year.status,
    });
    const owner = { yearId: input.yearId, unitId: input.unitId };
    const existing = await tx.unitPlanDocument.findUnique({
      where: { yearId_unitId: owner },
      select: PLAN_SELECT,
    });
    if (existing && existing.version !== input.version) {
      throw new ConflictError("UnitPlanDocument", existing.id, existing.version);
    }
    const dateProblem = unitPlanIssuedOnProblem(input.issuedOn, year.year, ctx.now);
    if (dateProblem) throw new ValidationError([dateProblem]);
    const [fileId] = await requireEvidenceOf(tx, [input.fileId], owner, "fileId");
    const usedElsewhere = await tx.unitPlanDocument.findFirst({
      where: { fileId, ...(existing ? { id: { not: existing.id } } : {}) },
      select: { id: true },
    });
    if (usedElsewhere) {
      throw new ValidationError([
        { field: "fileId", code: "FILE_IN_USE", message: "Tệp này đã được dùng cho một kế hoạch khác." },
      ]);
    }
    const lastOnTimeDate = iso(year.unitPlanDeadline);
    const timing =
      unitPlanTiming({ lastOnTimeDate, submittedAt: ctx.now, now: ctx.now }) === "on_time" ? "on_time" : "late";
    const data = {
      documentNumber: input.documentNumber,
      issuedOn: new Date(`${input.issuedOn}T00:00:00.000Z`),
      submittedAt: ctx.now,
      submittedById: viewer.userId,
      fileId,
    };
    let unitPlanId: string;
    if (existing) {
      const written = await tx.unitPlanDocument.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("UnitPlanDocument", existing.id, existing.version);
      unitPlanId = existing.id;
    } else {
      unitPlanId = (await tx.unitPlanDocument.create({ data: { ...owner, ...data }, select: { id: true } })).id;
    }
    const after = await tx.unitPlanDocument.findUniqueOrThrow({ where: { id: unitPlanId }, select: PLAN_SELECT });
    const snapshot = (p: typeof after): UnitPlanSnapshot => ({
      version: p.version,
      yearId: p.yearId,
      unitId: p.unitId,
      documentNumber: p.documentNumber,
      issuedOn: iso(p.issuedOn),
      submittedAt: p.submittedAt.toISOString(),
      fileId: p.fileId,
      timing: unitPlanTiming({ lastOnTimeDate, submittedAt: p.submittedAt, now: ctx.now }),
    });
    await writeAudit(tx, viewer.userId, {
      action: "unit_plan.submit",
      entity: "UnitPlanDocument",
      entityId: unitPlanId,
      before: existing ? snapshot(existing) : null,
      after: snapshot(after),
    });
    return { unitPlanId, timing };
  });
}
