// A live sample year for the current calendar year, so every demo login finds work today: the same
// units, the plan copied from 2021 (time phrases re-read for the year), the framework copied from
// 2021 (copyFramework), a calendar around today (self-assessment closed a few days ago, appraisal
// round 1 open), most units' claims submitted, the demo officer's unit (Phòng Tư pháp) reopened by
// Home Affairs with a reason until today + 10, two units already appraised, an inspection visit
// planned for the inspector and a corrective action waiting for the ward officer.
import { randomUUID } from "node:crypto";
import { isoToDbDate, jsonColumns, timingColumns } from "@cchc/db";
import {
  addDays,
  CycleStage,
  type IsoDate,
  REPORT_PERIODS,
  reportDueDate,
  SEED_REPORT_RULE,
  toLocalIsoDate,
  unitPlanDeadline,
  type Viewer,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";
import type { FileStorage } from "../evidence/storage.js";
import { copyFramework } from "../framework/copy-framework.js";
import { reopenUnitStage } from "../scoring/reopen-unit-stage.js";
import { submitUnitStage } from "../scoring/submit-unit-stage.js";
import { setYearStatus } from "../year/set-year-status.js";
import { between } from "./random.js";
import {
  appraiseRound1,
  at,
  attachEvidence,
  claimLeaves,
  frameworkLeaves,
  playPlanProgress,
  type SampleUnit,
  sampleReports,
} from "./sample-cycle-steps.js";
import type { SamplePeople } from "./sample-people.js";
import { SAMPLE_LABEL } from "./sample-values.js";

type Prisma = OperationContext["prisma"];

/** The demo unit officer's unit: its self-assessment is reopened so the officer has real work. */
export const REOPENED_UNIT = "tu-phap";
/** A unit that missed the self-assessment. */
const MISSED_UNIT = "phuoc-tin";
/** Units Home Affairs has already appraised in round 1. */
const APPRAISED_UNITS = ["long-thuy", "van-hoa"];
/** The ward of the demo ward officer: a corrective action to close. */
const WARD_WITH_ACTION = "long-phuoc";

/** The live year's calendar around today: self-assessment closed 4 days ago, round 1 open for 14 days. */
export function liveCalendar(today: IsoDate) {
  const windows: Array<[CycleStage, number, number]> = [
    [CycleStage.SELF_ASSESSMENT, -35, -4],
    [CycleStage.ROUND1, -3, 10],
    [CycleStage.EXPLANATION, 11, 15],
    [CycleStage.ROUND2, 16, 30],
    [CycleStage.APPROVAL, 31, 40],
    [CycleStage.PUBLICATION, 41, 50],
  ];
  return windows.map(([stage, open, close]) => ({
    stage,
    opensOn: addDays(today, open),
    closesOn: addDays(today, close),
  }));
}

const reYear = (text: string, from: number, to: number) => text.replaceAll(String(from), String(to));

/** The year's rows: the year, its units, report periods, calendar and the plan copied from `fromYearId`. */
async function createYear(prisma: Prisma, args: { fromYearId: string; year: number; today: IsoDate }): Promise<string> {
  const from = await prisma.evaluationYear.findUniqueOrThrow({
    where: { id: args.fromYearId },
    include: {
      units: true,
      planAreas: { orderBy: { position: "asc" } },
      planTasks: { orderBy: { position: "asc" }, include: { units: true, area: { select: { code: true } } } },
    },
  });
  const year = args.year;
  return prisma.$transaction(
    async (tx) => {
      const created = await tx.evaluationYear.create({
        data: {
          authorityId: from.authorityId,
          year,
          title: `Năm mẫu ${year} (dữ liệu mẫu)`,
          status: "OPEN",
          unitPlanDeadline: isoToDbDate(unitPlanDeadline(year)),
          unitPlanDeadlineText: `trước ngày 20/02/${year}`,
          satisfactionTargetPercent: from.satisfactionTargetPercent,
          reportRule: jsonColumns.reportRule.toJson(SEED_REPORT_RULE),
        },
      });
      const yearId = created.id;
      await tx.yearUnit.createMany({
        data: from.units.map((u) => ({
          yearId,
          unitId: u.unitId,
          unitTypeId: u.unitTypeId,
          scored: u.scored,
          nameInYear: u.nameInYear,
        })),
      });
      await tx.reportPeriod.createMany({
        data: REPORT_PERIODS.map((p, position) => ({
          yearId,
          code: p.code,
          nameVi: p.nameVi,
          nameEn: p.nameEn,
          dueDate: isoToDbDate(reportDueDate(SEED_REPORT_RULE, year, p.code)),
          ruleText: SEED_REPORT_RULE.textVi,
          position,
        })),
      });
      await tx.yearStage.createMany({
        data: liveCalendar(args.today).map((w) => ({
          yearId,
          stage: w.stage,
          opensOn: isoToDbDate(w.opensOn),
          closesOn: isoToDbDate(w.closesOn),
        })),
      });
      const areaId = new Map<string, string>();
      for (const a of from.planAreas) {
        const id = randomUUID();
        areaId.set(a.code, id);
        await tx.planArea.create({ data: { id, yearId, code: a.code, name: a.name, position: a.position } });
      }
      for (const t of from.planTasks) {
        const taskId = randomUUID();
        // the time phrase re-read for the new year ("Quý I/2021" → "Quý I/2026")
        const phrase = reYear(t.timePhrase, from.year, year);
        await tx.planTask.create({
          data: {
            id: taskId,
            yearId,
            areaId: areaId.get(t.area.code)!,
            number: t.number,
            code: t.code,
            text: reYear(t.text, from.year, year),
            leadLabel: t.leadLabel,
            coordinatingLabel: t.coordinatingLabel,
            timePhrase: phrase,
            position: t.position,
            ...timingColumns(phrase, year),
          },
        });
        await tx.planTaskUnit.createMany({ data: t.units.map((u) => ({ taskId, unitId: u.unitId, role: u.role })) });
      }
      return yearId;
    },
    { timeout: 60_000 },
  );
}

async function inspectionWork(
  prisma: Prisma,
  yearId: string,
  units: readonly SampleUnit[],
  people: SamplePeople,
  today: IsoDate,
) {
  const unit = (code: string) => units.find((u) => u.code === code);
  const team = [
    { userId: people.homeAffairs.userId, name: "Nguyễn Thị Hồng", role: "Trưởng đoàn", isLead: true },
    { userId: people.inspector.userId, name: people.inspector.fullName, role: "Thành viên" },
  ];
  const ward = unit(WARD_WITH_ACTION);
  if (ward) {
    const visitedOn = addDays(today, -40);
    await prisma.inspectionVisit.create({
      data: {
        yearId,
        unitId: ward.unitId,
        scheduledDate: isoToDbDate(visitedOn),
        startsAt: at(visitedOn, 8),
        endsAt: at(visitedOn, 11),
        visitedDate: isoToDbDate(visitedOn),
        status: "CONCLUDED",
        scope: "Cải cách TTHC; hiện đại hóa hành chính (dữ liệu mẫu)",
        minutes: `${SAMPLE_LABEL}: biên bản kiểm tra công tác CCHC tại ${ward.name}.`,
        conclusions: `${SAMPLE_LABEL}: còn 01 tồn tại về niêm yết TTHC cần khắc phục.`,
        team: { create: team },
        findings: {
          create: {
            kind: "WEAKNESS",
            description: `${SAMPLE_LABEL}: Niêm yết TTHC tại Bộ phận Một cửa chưa cập nhật theo quyết định công bố mới.`,
            actions: {
              create: {
                description: "Cập nhật niêm yết TTHC theo quyết định công bố mới, gửi báo cáo kèm hình ảnh.",
                ownerUnitId: ward.unitId,
                dueDate: isoToDbDate(addDays(today, 14)),
                status: "OPEN",
              },
            },
          },
        },
      },
    });
  }
  for (const [i, code] of ["son-giang", "giao-duc"].entries()) {
    const u = unit(code);
    if (!u) continue;
    await prisma.inspectionVisit.create({
      data: {
        yearId,
        unitId: u.unitId,
        scheduledDate: isoToDbDate(addDays(today, 3 + i * 4)),
        startsAt: at(addDays(today, 3 + i * 4), 8),
        endsAt: at(addDays(today, 3 + i * 4), 11),
        status: "PLANNED",
        scope: "Công tác CCHC năm: chỉ đạo điều hành, TTHC, chính quyền số (dữ liệu mẫu)",
        team: { create: team },
      },
    });
  }
}

export interface LiveYearSummary {
  yearId: string;
  year: number;
  entries: number;
  tasksDone: number;
  reports: number;
  evidenceFiles: number;
}

export async function createLiveYear(
  prisma: Prisma,
  args: {
    fromYearId: string;
    now: Date;
    units2021: SampleUnit[];
    people: SamplePeople;
    random: () => number;
    storage?: FileStorage;
  },
): Promise<LiveYearSummary> {
  const { people, random } = args;
  const today = toLocalIsoDate(args.now);
  const year = Number(today.slice(0, 4));
  const yearId = await createYear(prisma, { fromYearId: args.fromYearId, year, today });
  const calendar = liveCalendar(today);
  const self = calendar[0]!;
  const ctx = (viewer: Viewer, day: IsoDate, hour = 9): OperationContext => ({ prisma, viewer, now: at(day, hour) });
  const yesterday = addDays(today, -1);
  // every action of the sample happens before `now` (never in the future of the person reading it)
  const before = (day: IsoDate) => (day < today ? day : yesterday);

  await copyFramework(ctx(people.homeAffairs, before(addDays(self.opensOn, -10))), {
    fromYearId: args.fromYearId,
    toYearId: yearId,
  });
  const units = args.units2021.map((u) => ({ ...u, strength: Math.min(0.97, u.strength + (random() - 0.4) * 0.1) }));
  const summary: LiveYearSummary = { yearId, year, entries: 0, tasksDone: 0, reports: 0, evidenceFiles: 0 };

  summary.tasksDone = await playPlanProgress(prisma, {
    yearId,
    year,
    today,
    homeAffairs: people.homeAffairs,
    officers: people.officers,
    random,
    // most tasks due before today done on time, one late, one still open past its due date
    decide: ({ code, dueOn, startOn }) => {
      if (code === "IV.2") return null;
      if (dueOn >= today) return null;
      if (code === "II.1") return before(addDays(dueOn, between(random, 5, 12)));
      const day = addDays(dueOn, -between(random, 2, 15));
      return day > startOn ? day : addDays(startOn, 1);
    },
  });
  summary.reports = await sampleReports(prisma, { yearId, units, today, random, officers: people.officers });
  await inspectionWork(prisma, yearId, units, people, today);

  const version = async () =>
    (await prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId }, select: { version: true } })).version;
  await setYearStatus(ctx(people.homeAffairs, before(self.opensOn), 8), {
    id: yearId,
    version: await version(),
    status: "SELF_ASSESSMENT",
  });
  const leaves = await frameworkLeaves(prisma, yearId);
  const scored = units.filter((u) => u.scored);
  const claims = new Map<string, Awaited<ReturnType<typeof claimLeaves>>>();
  for (const [i, unit] of scored.entries()) {
    if (unit.code === MISSED_UNIT) continue;
    const officer = people.officers.get(unit.code)!;
    const planned = addDays(self.opensOn, 5 + (i % 20));
    const day = before([planned, self.closesOn].sort()[0]!);
    const partial = unit.code === REOPENED_UNIT;
    const mine = await claimLeaves(ctx(officer, day), { yearId, unit, leaves, random, share: partial ? 0.5 : 1 });
    claims.set(unit.unitId, mine);
    summary.entries += mine.length;
    if (args.storage && !partial && i % 3 === 0) {
      const claim = mine.find((c) => c.inputs.kind === "binary" || c.inputs.kind === "checklist");
      if (claim) {
        await attachEvidence(
          { ...ctx(officer, day, 10), storage: args.storage },
          { yearId, unit, leafCode: claim.leafCode, claim: claim.inputs, year },
        );
        summary.evidenceFiles++;
      }
    }
    if (!partial)
      await submitUnitStage(ctx(officer, day, 15), { yearId, unitId: unit.unitId, stage: CycleStage.SELF_ASSESSMENT });
  }

  // Round 1 is open: Home Affairs reopened the demo officer's self-assessment and appraised two units.
  const round1 = calendar[1]!;
  await setYearStatus(ctx(people.homeAffairs, before(round1.opensOn), 8), {
    id: yearId,
    version: await version(),
    status: "APPRAISAL",
  });
  const reopened = scored.find((u) => u.code === REOPENED_UNIT);
  if (reopened) {
    await reopenUnitStage(ctx(people.homeAffairs, before(round1.opensOn), 10), {
      yearId,
      unitId: reopened.unitId,
      stage: CycleStage.SELF_ASSESSMENT,
      untilOn: addDays(today, 10),
      reason: `${SAMPLE_LABEL}: Phòng Tư pháp đề nghị gia hạn tự đánh giá để bổ sung tài liệu kiểm chứng (công văn gửi Phòng Nội vụ); đồng ý gia hạn đến hết ngày ${addDays(today, 10).split("-").reverse().join("/")}.`,
    });
  }
  for (const [i, code] of APPRAISED_UNITS.entries()) {
    const unit = scored.find((u) => u.code === code);
    if (!unit) continue;
    await appraiseRound1(ctx(people.homeAffairs, before(addDays(round1.opensOn, 1 + i)), 14), {
      yearId,
      unit,
      leaves,
      claims: claims.get(unit.unitId) ?? [],
      random,
    });
  }
  summary.entries = await prisma.scoreEntry.count({ where: { yearId } });
  return summary;
}
