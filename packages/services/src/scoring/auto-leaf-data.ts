// The system's own data that automatic leaves are computed from (the domain's `autoLeafValue`):
// the plan's tasks and their lead units, report periods and submissions, inspection visits and
// corrective actions, survey answers linked to a leaf. A fixed number of statements whatever the
// number of units; `unitId` narrows the per-unit rows (a scorecard).
import { dbDateToIso } from "@cchc/db";
import { type AutoLeafData, autoAsOf, toLocalIsoDate } from "@cchc/domain";
import type { ResultsReader } from "../results/year-results-data.js";

export async function loadAutoLeafData(
  prisma: ResultsReader,
  input: { yearId: string; year: number; now: Date; unitId?: string },
): Promise<AutoLeafData> {
  const { yearId, unitId } = input;
  const yearEnd = `${input.year}-12-31`;
  // one after the other: inside an interactive transaction the queries share one connection
  const tasks = await prisma.planTask.findMany({
    where: { yearId, ...(unitId ? { units: { some: { unitId, role: "LEAD" } } } : {}) },
    select: {
      code: true,
      status: true,
      dueDate: true,
      windowEnd: true,
      completedAt: true,
      units: { where: { role: "LEAD" }, select: { unitId: true } },
    },
  });
  // the periods, and whether any report of the year is in (one statement: the relation is joined)
  const periods = await prisma.reportPeriod.findMany({
    where: { yearId },
    select: { code: true, dueDate: true, submissions: { select: { id: true }, take: 1 } },
  });
  const reportsInUse = periods.some((p) => p.submissions.length > 0);
  const submissions = reportsInUse
    ? await prisma.reportSubmission.findMany({
        where: { period: { yearId }, ...(unitId ? { unitId } : {}) },
        select: { unitId: true, submittedAt: true, period: { select: { code: true } } },
      })
    : [];
  // Home Affairs' extensions move a unit's due date (only read once reports are in use)
  const extensions = reportsInUse
    ? await prisma.reportExtension.findMany({
        where: { period: { yearId }, ...(unitId ? { OR: [{ unitId: null }, { unitId }] } : {}) },
        select: {
          id: true,
          unitId: true,
          untilDate: true,
          reason: true,
          createdAt: true,
          period: { select: { code: true } },
        },
      })
    : [];
  const visits = await prisma.inspectionVisit.findMany({ where: { yearId }, select: { unitId: true, status: true } });
  const actions = visits.length
    ? await prisma.correctiveAction.findMany({
        where: { finding: { kind: "WEAKNESS", visit: { yearId } }, ...(unitId ? { ownerUnitId: unitId } : {}) },
        select: { ownerUnitId: true, status: true },
      })
    : [];
  const anyAnswer = await prisma.surveyResult.findFirst({
    where: { survey: { yearId }, frameworkNodeId: { not: null } },
    select: { id: true },
  });
  const answers = anyAnswer
    ? await prisma.surveyResult.findMany({
        where: { survey: { yearId }, frameworkNodeId: { not: null }, unitId: unitId ?? { not: null } },
        select: {
          unitId: true,
          node: { select: { code: true } },
          veryDissatisfied: true,
          dissatisfied: true,
          neutral: true,
          satisfied: true,
          verySatisfied: true,
          answerA: true,
          answerB: true,
          answerC: true,
          answerD: true,
        },
      })
    : [];
  return {
    asOf: autoAsOf(input.year, toLocalIsoDate(input.now)),
    planTasks: tasks.map((t) => ({
      code: t.code,
      leadUnitIds: t.units.map((u) => u.unitId),
      status: t.status,
      dueOn: t.dueDate ? dbDateToIso(t.dueDate) : t.windowEnd ? dbDateToIso(t.windowEnd) : yearEnd,
      completedAt: t.completedAt,
    })),
    reportPeriods: periods.map((p) => ({ code: p.code, dueOn: dbDateToIso(p.dueDate) })),
    reportSubmissions: submissions.map((s) => ({
      unitId: s.unitId,
      periodCode: s.period.code,
      submittedAt: s.submittedAt,
    })),
    reportExtensions: extensions.map((e) => ({
      id: e.id,
      unitId: e.unitId,
      untilDate: dbDateToIso(e.untilDate),
      reason: e.reason,
      createdAt: e.createdAt,
      periodCode: e.period.code,
    })),
    reportsInUse,
    inspectedUnitIds: visits.length
      ? new Set(visits.filter((v) => v.status === "CONCLUDED").map((v) => v.unitId))
      : null,
    correctiveActions: actions,
    surveysInUse: anyAnswer !== null,
    surveyAnswers: answers.flatMap((a) =>
      a.unitId && a.node
        ? [
            {
              unitId: a.unitId,
              leafCode: a.node.code,
              levels: [a.veryDissatisfied, a.dissatisfied, a.neutral, a.satisfied, a.verySatisfied] as const,
              letters: { A: a.answerA, B: a.answerB, C: a.answerC, D: a.answerD },
            },
          ]
        : [],
    ),
  };
}
