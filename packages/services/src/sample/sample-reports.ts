// Sample periodic reports beyond the rows `sampleReports` writes (labelled "(dữ liệu mẫu)"):
// - 2021 (played while the year is still open, before its results are computed): four periods due,
//   some late, at least one missing; an extension with a reason that turns one unit's late report
//   on time (through grantReportExtension); a resubmission with its earlier version kept (a revision,
//   the first sending time unchanged, as submitReport does).
// - the live year: the current period open for Phòng Tư pháp and phường Long Phước (no report sent
//   yet); when every period's due date has passed (December), Home Affairs extends the annual report
//   for every unit by ten days with a reason, through grantReportExtension.
import { dbDateToIso } from "@cchc/db";
import { addDays, type IsoDate, toLocalIsoDate, type Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { grantReportExtension } from "../reports/grant-report-extension.js";
import { at, type SampleUnit } from "./sample-cycle-steps.js";

type Prisma = OperationContext["prisma"];

const LABEL = "(dữ liệu mẫu)";

/** 2021: an extension that makes a late report on time, a resubmission with history, one report missing. */
export async function sampleReportHistory(
  prisma: Prisma,
  args: { yearId: string; units: readonly SampleUnit[]; homeAffairs: Viewer },
): Promise<{ extensions: number; revisions: number }> {
  const periods = await prisma.reportPeriod.findMany({ where: { yearId: args.yearId }, orderBy: { position: "asc" } });
  const submissions = await prisma.reportSubmission.findMany({
    where: { period: { yearId: args.yearId } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      unitId: true,
      periodId: true,
      submittedAt: true,
      documentNumber: true,
      summary: true,
      submittedById: true,
    },
  });
  const due = new Map(periods.map((p) => [p.id, dbDateToIso(p.dueDate)]));
  const scored = new Set(args.units.filter((u) => u.scored).map((u) => u.unitId));
  let extensions = 0;
  let revisions = 0;

  // one missing report of a scored unit at least (the weakest unit's Q3 report)
  const q3 = periods.find((p) => p.code === "Q3");
  const weakest = [...args.units]
    .filter((u) => u.scored && u.code !== "tu-phap")
    .sort((a, b) => a.strength - b.strength)[0];
  if (q3 && weakest) {
    await prisma.reportSubmission.deleteMany({ where: { periodId: q3.id, unitId: weakest.unitId } });
  }

  // an extension for a late report of a scored unit, granted before it was sent: on time within it
  const late = submissions.find(
    (s) => scored.has(s.unitId) && s.unitId !== weakest?.unitId && toLocalIsoDate(s.submittedAt) > due.get(s.periodId)!,
  );
  if (late) {
    const sentOn = toLocalIsoDate(late.submittedAt);
    await grantReportExtension(
      { prisma, viewer: args.homeAffairs, now: at(addDays(due.get(late.periodId)!, -2), 15) },
      {
        periodId: late.periodId,
        unitId: late.unitId,
        untilDate: addDays(sentOn, 2),
        reason: `Đơn vị đề nghị gia hạn do sáp nhập bộ phận một cửa, Phòng Nội vụ đồng ý ${LABEL}`,
      },
    );
    extensions++;
  }

  // a resubmission: the earlier version kept, the current one corrected; the first sending time stays
  const onTime = submissions.find(
    (s) => s.unitId !== late?.unitId && toLocalIsoDate(s.submittedAt) <= due.get(s.periodId)!,
  );
  if (onTime) {
    const resentAt = new Date(onTime.submittedAt.getTime() + 3 * 86_400_000);
    await prisma.$transaction(async (tx) => {
      await tx.reportSubmissionRevision.create({
        data: {
          submissionId: onTime.id,
          submittedAt: onTime.submittedAt,
          submittedById: onTime.submittedById,
          documentNumber: onTime.documentNumber,
          summary: `${onTime.summary ?? ""} Bản gửi lần đầu, thiếu số liệu TTHC quý ${LABEL}.`,
          fileIds: [],
          replacedAt: resentAt,
        },
      });
      await tx.reportSubmission.update({
        where: { id: onTime.id },
        data: {
          version: { increment: 1 },
          documentNumber: `${onTime.documentNumber ?? "01/BC"}-BS`,
          summary: `${onTime.summary ?? ""} Bản bổ sung số liệu TTHC ${LABEL}.`,
        },
      });
    });
    revisions++;
  }
  return { extensions, revisions };
}

/** The live year: the current period open for the demo officers' units (see the file's header). */
export async function sampleLiveReports(
  prisma: Prisma,
  args: { yearId: string; now: Date; homeAffairs: Viewer; openForUnitIds: readonly string[] },
): Promise<{ openPeriod: string | null }> {
  const today: IsoDate = toLocalIsoDate(args.now);
  const periods = await prisma.reportPeriod.findMany({ where: { yearId: args.yearId }, orderBy: { position: "asc" } });
  let open = periods.find((p) => dbDateToIso(p.dueDate) >= today) ?? null;
  if (!open) {
    open = periods[periods.length - 1] ?? null;
    if (!open) return { openPeriod: null };
    await prisma.reportSubmission.deleteMany({
      where: { periodId: open.id, unitId: { in: [...args.openForUnitIds] } },
    });
    await grantReportExtension(
      { prisma, viewer: args.homeAffairs, now: args.now },
      {
        periodId: open.id,
        unitId: null,
        untilDate: addDays(today, 10),
        reason: `Gia hạn báo cáo năm cho tất cả đơn vị để tổng hợp số liệu cả năm ${LABEL}`,
      },
    );
  } else {
    await prisma.reportSubmission.deleteMany({
      where: { periodId: open.id, unitId: { in: [...args.openForUnitIds] } },
    });
  }
  return { openPeriod: open.code };
}
