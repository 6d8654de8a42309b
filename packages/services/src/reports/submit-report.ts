// A unit's officer sends the unit's report for a period: file(s) uploaded first through POST /files
// (evidence files of the same year and unit, not attached to another record), a summary and the
// document number. The server's clock is the sending time.
//
// Resubmission (decided here): the earlier version is kept in ReportSubmissionRevision (its files,
// number, summary, who and when it was sent), the submission row holds the current one, and its
// `submittedAt` stays the FIRST sending time, which alone decides on time / late: resending a
// corrected report after the due date does not make an on-time report late, and resending a late
// one does not make it on time. A resubmission names the version it saw (ConflictError otherwise).
// Refused once the year's results are locked. Audited.
import { type SubmitReportInput, submitReportInputSchema } from "@cchc/domain";
import type { ReportSubmissionSnapshotT } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";
import { resultsLockedError } from "./report-errors.js";

const SUBMISSION_SELECT = {
  id: true,
  version: true,
  periodId: true,
  unitId: true,
  submittedAt: true,
  submittedById: true,
  documentNumber: true,
  summary: true,
  evidence: { select: { id: true } },
  revisions: { select: { replacedAt: true }, orderBy: { replacedAt: "desc" }, take: 1 },
} as const;

type SubmissionRow = {
  id: string;
  version: number;
  periodId: string;
  unitId: string;
  submittedAt: Date;
  documentNumber: string | null;
  summary: string | null;
  evidence: Array<{ id: string }>;
};

function snapshot(row: SubmissionRow): ReportSubmissionSnapshotT {
  return {
    version: row.version,
    periodId: row.periodId,
    unitId: row.unitId,
    submittedAt: row.submittedAt.toISOString(),
    documentNumber: row.documentNumber,
    summary: row.summary,
    fileIds: row.evidence.map((e) => e.id).sort(),
  };
}

export async function submitReport(
  ctx: OperationContext,
  raw: SubmitReportInput,
): Promise<{ submissionId: string; resubmitted: boolean }> {
  const input = validate(submitReportInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const period = await tx.reportPeriod.findUnique({
      where: { id: input.periodId },
      select: {
        id: true,
        yearId: true,
        year: {
          select: {
            status: true,
            resultSnapshot: { select: { lockedAt: true } },
            units: { where: { unitId: input.unitId }, select: { unitId: true } },
          },
        },
      },
    });
    if (!period) throw new NotFoundError("kỳ báo cáo");
    if (period.year.units.length === 0) throw new NotFoundError("đơn vị trong năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, "report.submit", {
      type: "UnitRecord",
      unitId: input.unitId,
      yearStatus: period.year.status,
    });
    if (period.year.resultSnapshot?.lockedAt) throw resultsLockedError("periodId");
    const owner = { yearId: period.yearId, unitId: input.unitId };
    const fileIds = await requireEvidenceOf(tx, input.fileIds, owner, "fileIds");
    const existing = await tx.reportSubmission.findUnique({
      where: { periodId_unitId: { periodId: period.id, unitId: input.unitId } },
      select: SUBMISSION_SELECT,
    });
    if (existing && existing.version !== input.version) {
      throw new ConflictError("ReportSubmission", existing.id, existing.version);
    }
    if (!existing && input.version != null) throw new NotFoundError("báo cáo đã gửi");
    const taken = await tx.evidenceFile.count({
      where: {
        id: { in: fileIds },
        OR: [
          { submissionId: { not: null, ...(existing ? { notIn: [existing.id] } : {}) } },
          { correctiveActionId: { not: null } },
          { registrationId: { not: null } },
          { findingId: { not: null } },
          { taskProgressId: { not: null } },
          { unitPlan: { isNot: null } },
          { scoreEntries: { some: {} } },
          { adjustments: { some: {} } },
        ],
      },
    });
    if (taken > 0) {
      throw new ValidationError([
        {
          field: "fileIds",
          code: "FILE_IN_USE",
          message: "Tệp đã được dùng cho hồ sơ khác: hãy tải lên tệp báo cáo riêng.",
        },
      ]);
    }
    const data = { documentNumber: input.documentNumber, summary: input.summary };
    let submissionId: string;
    if (existing) {
      // the version being replaced was sent at the last replacement, or first at submittedAt
      const sentAt = existing.revisions[0]?.replacedAt ?? existing.submittedAt;
      await tx.reportSubmissionRevision.create({
        data: {
          submissionId: existing.id,
          submittedAt: sentAt,
          submittedById: existing.submittedById,
          documentNumber: existing.documentNumber,
          summary: existing.summary,
          fileIds: existing.evidence.map((e) => e.id),
          replacedAt: ctx.now,
        },
      });
      const written = await tx.reportSubmission.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, submittedById: viewer.userId, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("ReportSubmission", existing.id, existing.version);
      await tx.evidenceFile.updateMany({ where: { submissionId: existing.id }, data: { submissionId: null } });
      submissionId = existing.id;
    } else {
      submissionId = (
        await tx.reportSubmission.create({
          data: {
            periodId: period.id,
            unitId: input.unitId,
            submittedAt: ctx.now,
            submittedById: viewer.userId,
            createdAt: ctx.now,
            ...data,
          },
          select: { id: true },
        })
      ).id;
    }
    await tx.evidenceFile.updateMany({ where: { id: { in: fileIds } }, data: { submissionId } });
    const after = await tx.reportSubmission.findUniqueOrThrow({
      where: { id: submissionId },
      select: SUBMISSION_SELECT,
    });
    await writeAudit(tx, viewer.userId, {
      action: "report.submit",
      entity: "ReportSubmission",
      entityId: submissionId,
      before: existing ? snapshot(existing) : null,
      after: snapshot(after),
    });
    return { submissionId, resubmitted: existing !== null };
  });
}
