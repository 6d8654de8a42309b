// The compliance matrix: the year's units × report periods, each cell on time / late / missing /
// not due yet against the unit's effective due date (extensions applied), "late = not reported"
// counted with the missing ones. Home Affairs, leadership and the administrator read it. Filters:
// unit type, and a status (units with at least one cell in that status). A fixed number of
// statements whatever the number of units (year + units, periods + extensions, submissions).
import {
  COMPLIANCE_LOOK,
  type ComplianceCounts,
  complianceCounts,
  type ExtensionFact,
  type IsoDate,
  reportTiming,
  type SubmissionStatus,
  vietnameseSortKey,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { loadReportFacts, type PeriodFacts } from "./report-facts.js";

export interface ComplianceCell {
  periodId: string;
  status: SubmissionStatus;
  symbol: string;
  labelVi: string;
  countsAsReported: boolean;
  dueDate: IsoDate;
  extended: boolean;
  extensionReason: string | null;
  submissionId: string | null;
  submittedAt: Date | null;
  daysLate: number;
}

export interface ComplianceRow {
  unitId: string;
  unitName: string;
  unitTypeId: string;
  unitTypeName: string;
  cells: ComplianceCell[];
  counts: ComplianceCounts;
}

export interface ComplianceMatrix {
  yearId: string;
  year: number;
  asOf: Date;
  periods: PeriodFacts[];
  rows: ComplianceRow[];
  /** over the rows shown */
  totals: ComplianceCounts;
}

export interface ComplianceFilter {
  unitTypeId?: string | null;
  status?: SubmissionStatus | null;
}

export function cellFor(
  period: { id: string; dueDate: IsoDate; extensions: readonly ExtensionFact[] },
  unitId: string,
  submission: { id: string; submittedAt: Date } | undefined,
  now: Date,
): ComplianceCell {
  const t = reportTiming({
    periodDue: period.dueDate,
    extensions: period.extensions,
    unitId,
    submittedAt: submission?.submittedAt ?? null,
    now,
  });
  const ext = t.extended
    ? period.extensions
        .filter((e) => e.unitId === null || e.unitId === unitId)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]
    : undefined;
  return {
    periodId: period.id,
    status: t.status,
    symbol: COMPLIANCE_LOOK[t.status].symbol,
    labelVi: COMPLIANCE_LOOK[t.status].labelVi,
    countsAsReported: t.countsAsReported,
    dueDate: t.dueDate,
    extended: t.extended,
    extensionReason: ext?.reason ?? null,
    submissionId: submission?.id ?? null,
    submittedAt: submission?.submittedAt ?? null,
    daysLate: t.daysLate,
  };
}

export async function complianceMatrix(
  ctx: OperationContext,
  yearId: string,
  filter: ComplianceFilter = {},
): Promise<ComplianceMatrix> {
  const year = await ctx.prisma.evaluationYear.findUnique({
    where: { id: yearId },
    select: {
      id: true,
      year: true,
      status: true,
      units: {
        where: filter.unitTypeId ? { unitTypeId: filter.unitTypeId } : {},
        select: {
          unitId: true,
          nameInYear: true,
          unitTypeId: true,
          type: { select: { nameVi: true, position: true } },
        },
      },
    },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  requireAllowed(ctx.viewer, "report.readCompliance", { type: "EvaluationYear", yearStatus: year.status });
  const { periods, submissions } = await loadReportFacts(ctx.prisma, yearId);
  const byKey = new Map(submissions.map((s) => [`${s.periodId}|${s.unitId}`, s]));
  const units = [...year.units].sort(
    (a, b) =>
      a.type.position - b.type.position ||
      vietnameseSortKey(a.nameInYear).localeCompare(vietnameseSortKey(b.nameInYear)),
  );
  const rows: ComplianceRow[] = [];
  for (const u of units) {
    const cells = periods.map((p) => cellFor(p, u.unitId, byKey.get(`${p.id}|${u.unitId}`), ctx.now));
    if (filter.status && !cells.some((c) => c.status === filter.status)) continue;
    rows.push({
      unitId: u.unitId,
      unitName: u.nameInYear,
      unitTypeId: u.unitTypeId,
      unitTypeName: u.type.nameVi,
      cells,
      counts: complianceCounts(cells.map((c) => c.status)),
    });
  }
  return {
    yearId,
    year: year.year,
    asOf: ctx.now,
    periods,
    rows,
    totals: complianceCounts(rows.flatMap((r) => r.cells.map((c) => c.status))),
  };
}
