// A unit's reports of a year for its officer (and Home Affairs): every period with its due date for
// the unit (extensions applied), the submission if any with its timing, and whether the viewer may
// send it now.
import { can, type Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { type ComplianceCell, cellFor } from "./compliance-matrix.js";
import { loadReportFacts, type PeriodFacts } from "./report-facts.js";

export interface UnitReportRow {
  unitId: string;
  period: PeriodFacts;
  cell: ComplianceCell;
  viewerCanSubmit: boolean;
}

export async function unitReports(
  ctx: OperationContext,
  args: { yearId: string; unitId: string },
): Promise<{ unitId: string; rows: UnitReportRow[] }> {
  const year = await ctx.prisma.evaluationYear.findUnique({
    where: { id: args.yearId },
    select: {
      status: true,
      resultSnapshot: { select: { lockedAt: true } },
      units: { where: { unitId: args.unitId }, select: { unitId: true } },
    },
  });
  if (!year?.units.length) throw new NotFoundError("đơn vị trong năm đánh giá");
  const viewer: Viewer | null = ctx.viewer;
  const resource = { type: "UnitRecord" as const, unitId: args.unitId, yearStatus: year.status };
  if (!can(viewer, "report.submit", resource)) {
    requireAllowed(viewer, "report.readCompliance", { type: "EvaluationYear", yearStatus: year.status });
  }
  const mayWrite = can(viewer, "report.submit", resource) && !year.resultSnapshot?.lockedAt;
  const facts = await loadReportFacts(ctx.prisma, args.yearId, args.unitId);
  const byPeriod = new Map(facts.submissions.map((s) => [s.periodId, s]));
  return {
    unitId: args.unitId,
    rows: facts.periods.map((p) => ({
      unitId: args.unitId,
      period: p,
      cell: cellFor(p, args.unitId, byPeriod.get(p.id), ctx.now),
      viewerCanSubmit: mayWrite,
    })),
  };
}
