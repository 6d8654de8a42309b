// "Hạn của tôi" for one person: the data of the domain's `myDeadlines` loaded for the viewer from
// the years in progress (OPEN, SELF_ASSESSMENT, APPRAISAL): their unit's led tasks, its own plan,
// its reports (extensions applied), its corrective actions to fix; the actions to verify and the
// visits of the teams they are on; the visits to their unit; for Home Affairs the forms to review,
// the report periods closing and the calendar's stages (leadership: the stages). A fixed number of
// statements.
import { dbDateToIso } from "@cchc/db";
import {
  type DeadlineItem,
  type DeadlineSources,
  effectiveDueDate,
  myDeadlines,
  toLocalIsoDate,
  type Viewer,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { loadReportFacts } from "./report-facts.js";

const LIVE = ["OPEN", "SELF_ASSESSMENT", "APPRAISAL"] as const;

export async function loadDeadlineSources(
  prisma: OperationContext["prisma"],
  viewer: Viewer,
): Promise<DeadlineSources> {
  const unitId = viewer.unitId;
  const years = await prisma.evaluationYear.findMany({
    where: { status: { in: [...LIVE] } },
    select: {
      id: true,
      year: true,
      unitPlanDeadline: true,
      unitPlanDeadlineText: true,
      units: { where: { unitId: unitId ?? "" }, select: { unitId: true } },
      unitPlans: { where: { unitId: unitId ?? "" }, select: { id: true } },
    },
  });
  const yearIds = years.map((y) => y.id);
  const sources: DeadlineSources = { tasks: [], unitPlan: null, reports: [], correctiveActions: [], visits: [] };
  if (yearIds.length === 0) return sources;
  const unitYears = unitId ? years.filter((y) => y.units.length > 0) : [];
  if (unitId && unitYears.length > 0) {
    const tasks = await prisma.planTask.findMany({
      where: { yearId: { in: unitYears.map((y) => y.id) }, units: { some: { unitId, role: "LEAD" } } },
      select: { id: true, code: true, text: true, dueDate: true, windowEnd: true, status: true, statusOverride: true },
    });
    sources.tasks = tasks.map((t) => {
      const status = t.statusOverride ?? t.status;
      const due = t.dueDate ?? t.windowEnd;
      return {
        id: t.id,
        code: t.code,
        text: t.text,
        dueOn: due ? dbDateToIso(due) : null,
        done: status === "DONE" || status === "CANCELLED",
      };
    });
    const y = unitYears[0]!;
    sources.unitPlan = {
      yearId: y.id,
      dueOn: dbDateToIso(y.unitPlanDeadline),
      sent: y.unitPlans.length > 0,
      deadlineText: y.unitPlanDeadlineText,
    };
    for (const uy of unitYears) {
      const facts = await loadReportFacts(prisma, uy.id, unitId);
      for (const p of facts.periods) {
        const eff = effectiveDueDate(p.dueDate, p.extensions, unitId);
        sources.reports = [
          ...sources.reports,
          {
            periodId: p.id,
            unitId,
            nameVi: p.nameVi,
            dueOn: eff.dueDate,
            met: facts.submissions.some((s) => s.periodId === p.id),
            extended: eff.extension !== null,
          },
        ];
      }
    }
  }
  const actions = await prisma.correctiveAction.findMany({
    where: {
      finding: { visit: { yearId: { in: yearIds } } },
      OR: [
        ...(unitId ? [{ ownerUnitId: unitId, status: { in: ["OPEN" as const, "REOPENED" as const] } }] : []),
        { status: "SUBMITTED" as const, finding: { visit: { team: { some: { userId: viewer.userId } } } } },
      ],
    },
    select: {
      id: true,
      description: true,
      dueDate: true,
      status: true,
      ownerUnitId: true,
      owner: { select: { name: true } },
    },
  });
  sources.correctiveActions = actions.map((a) => ({
    id: a.id,
    description: a.description,
    dueOn: dbDateToIso(a.dueDate),
    role: a.status === "SUBMITTED" ? "verify" : "fix",
    unitName: a.owner.name,
  }));
  const visits = await prisma.inspectionVisit.findMany({
    where: {
      yearId: { in: yearIds },
      status: { notIn: ["CANCELLED", "CONCLUDED"] },
      OR: [{ team: { some: { userId: viewer.userId } } }, ...(unitId ? [{ unitId }] : [])],
    },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      unit: { select: { name: true } },
      team: { where: { userId: viewer.userId }, select: { id: true } },
    },
  });
  sources.visits = visits.map((v) => ({
    id: v.id,
    unitName: v.unit.name,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    role: v.team.length > 0 ? "team" : "visited",
    done: v.status === "MINUTES_RECORDED",
  }));
  sources.office = await loadOfficeSources(prisma, viewer, years);
  return sources;
}

/**
 * Home Affairs' own deadlines in the live years (forms to review, report periods closing, the
 * stages of the calendar); leadership's are the stages. Three statements at most; none for others.
 */
async function loadOfficeSources(
  prisma: OperationContext["prisma"],
  viewer: Viewer,
  years: ReadonlyArray<{ id: string; year: number }>,
): Promise<DeadlineSources["office"]> {
  const homeAffairs = viewer.roles.includes("HOME_AFFAIRS");
  if (!homeAffairs && !viewer.roles.includes("LEADERSHIP")) return undefined;
  const yearIds = years.map((y) => y.id);
  const yearOf = new Map(years.map((y) => [y.id, y.year]));
  const stages = await prisma.yearStage.findMany({
    where: { yearId: { in: yearIds } },
    select: { yearId: true, stage: true, closesOn: true },
  });
  const office: NonNullable<DeadlineSources["office"]> = {
    registrations: [],
    reportPeriods: [],
    stages: stages.map((st) => ({
      yearId: st.yearId,
      year: yearOf.get(st.yearId) ?? 0,
      stage: st.stage,
      closesOn: dbDateToIso(st.closesOn),
    })),
  };
  if (!homeAffairs) return office;
  const registrations = await prisma.unitRegistration.findMany({
    where: { yearId: { in: yearIds }, status: "SUBMITTED" },
    select: { id: true, yearId: true, submittedAt: true, unit: { select: { name: true } } },
  });
  office.registrations = registrations.map((r) => ({
    id: r.id,
    yearId: r.yearId,
    unitName: r.unit.name,
    submittedOn: toLocalIsoDate(r.submittedAt ?? new Date(0)),
  }));
  const periods = await prisma.reportPeriod.findMany({
    where: { yearId: { in: yearIds } },
    select: {
      id: true,
      nameVi: true,
      dueDate: true,
      submissions: { select: { unitId: true } },
      year: { select: { _count: { select: { units: true } } } },
    },
  });
  office.reportPeriods = periods.map((p) => ({
    id: p.id,
    nameVi: p.nameVi,
    dueOn: dbDateToIso(p.dueDate),
    sent: new Set(p.submissions.map((s) => s.unitId)).size,
    units: p.year._count.units,
  }));
  return office;
}

/** The viewer's deadlines: overdue, then the next `days` days. */
export async function viewerDeadlines(ctx: OperationContext, viewer: Viewer, days = 30): Promise<DeadlineItem[]> {
  return myDeadlines(await loadDeadlineSources(ctx.prisma, viewer), ctx.now, days);
}
