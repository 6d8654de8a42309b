// The rows the report views read, in a fixed number of statements: the year's periods with their
// extensions, and the submissions of the year (optionally of one unit).
import { dbDateToIso } from "@cchc/db";
import type { ExtensionFact, IsoDate } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";

export interface PeriodFacts {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  position: number;
  dueDate: IsoDate;
  ruleText: string;
  extensions: ExtensionFact[];
}

export interface SubmissionFacts {
  id: string;
  periodId: string;
  unitId: string;
  /** the first sending time: decides on time / late */
  submittedAt: Date;
  version: number;
}

export async function loadReportFacts(
  db: OperationContext["prisma"] | Tx,
  yearId: string,
  unitId?: string,
): Promise<{ periods: PeriodFacts[]; submissions: SubmissionFacts[] }> {
  const periods = await db.reportPeriod.findMany({
    where: { yearId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      code: true,
      nameVi: true,
      nameEn: true,
      position: true,
      dueDate: true,
      ruleText: true,
      extensions: {
        where: unitId ? { OR: [{ unitId: null }, { unitId }] } : {},
        select: { id: true, unitId: true, untilDate: true, reason: true, createdAt: true },
      },
    },
  });
  const submissions = await db.reportSubmission.findMany({
    where: { period: { yearId }, ...(unitId ? { unitId } : {}) },
    select: { id: true, periodId: true, unitId: true, submittedAt: true, version: true },
  });
  return {
    periods: periods.map((p) => ({
      ...p,
      dueDate: dbDateToIso(p.dueDate),
      extensions: p.extensions.map((e) => ({ ...e, untilDate: dbDateToIso(e.untilDate) })),
    })),
    submissions,
  };
}
