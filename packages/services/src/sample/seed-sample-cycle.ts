// The second step of the sample data, run by the API on first start after the base seed
// (`seedSampleYear`, which the tests use as their template and which stays an OPEN 2021 with no
// scores): the 2021 year played through a finished, published cycle, and a live sample year for the
// current calendar year where every demo login finds work. Everything goes through the real
// operations with the clock set inside each stage; what has no operation yet (periodic reports,
// inspections, surveys, the new year's rows) is written as rows. Deterministic: a seeded random
// source, no Math.random. Idempotent: done once, recorded by a `seed.sample_cycle` audit entry;
// skipped when 2021 is no longer the untouched base seed (someone already worked in it).
import { SAMPLE_AUTHORITY } from "@cchc/db/seed";
import { toLocalIsoDate } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import type { FileStorage } from "../evidence/storage.js";
import { seededRandom } from "./random.js";
import { yearUnits } from "./sample-cycle-steps.js";
import { playFinishedYear } from "./sample-finished-year.js";
import { createLiveYear } from "./sample-live-year.js";
import { sampleCorrectiveActions } from "./sample-corrective-actions.js";
import { samplePeople } from "./sample-people.js";
import { sampleInspectionVisits } from "./sample-inspection-visits.js";
import { sampleInspectionFindings } from "./sample-inspection-findings.js";
import { sampleLiveYearSurveys } from "./sample-surveys.js";
import { sampleLiveReports } from "./sample-reports.js";
import { sampleLiveRegistrations, sampleRegistrations2021 } from "./sample-registrations.js";
import { sampleAnnualReport } from "./sample-annual-report.js";

export const SAMPLE_YEAR = 2021;

export type SampleCycleResult =
  | {
      created: true;
      publishedYearId: string;
      liveYearId: string;
      liveYear: number;
      units: number;
      entries: number;
      tasksDone: number;
      evidenceFiles: number;
      ms: number;
    }
  | { created: false; reason: string };

export async function seedSampleCycle(
  prisma: OperationContext["prisma"],
  options: { now: Date; storage?: FileStorage },
): Promise<SampleCycleResult> {
  const t0 = performance.now();
  if (await prisma.auditLog.findFirst({ where: { action: "seed.sample_cycle" }, select: { id: true } })) {
    return { created: false, reason: "already done" };
  }
  const sample = await prisma.evaluationYear.findFirst({
    where: { year: SAMPLE_YEAR, authority: { code: SAMPLE_AUTHORITY.code } },
    select: { id: true, status: true, authorityId: true, _count: { select: { scoreEntries: true } } },
  });
  if (!sample) return { created: false, reason: "no 2021 sample year" };
  if (sample.status !== "OPEN" || sample._count.scoreEntries > 0) {
    return { created: false, reason: "the 2021 sample year is already in use" };
  }
  const liveYear = Number(toLocalIsoDate(options.now).slice(0, 4));
  if (liveYear <= SAMPLE_YEAR + 1) return { created: false, reason: "the clock is not after the sample year" };
  if (await prisma.evaluationYear.findFirst({ where: { authorityId: sample.authorityId, year: liveYear } })) {
    return { created: false, reason: `the year ${liveYear} already exists` };
  }

  const random = seededRandom("cchc-sample-cycle-2021");
  const units = await yearUnits(prisma, sample.id, random);
  const people = await samplePeople(
    prisma,
    sample.authorityId,
    units.filter((u) => u.scored).map((u) => u.code),
  );
  await sampleRegistrations2021(prisma, { yearId: sample.id, units, people, storage: options.storage });
  const finished = await playFinishedYear(prisma, {
    yearId: sample.id,
    units,
    people,
    random,
    storage: options.storage,
  });
  const live = await createLiveYear(prisma, {
    fromYearId: sample.id,
    now: options.now,
    units2021: units,
    people,
    random: seededRandom(`cchc-sample-live-${liveYear}`),
    storage: options.storage,
  });
  await sampleLiveRegistrations(prisma, {
    yearId: live.yearId,
    year: liveYear,
    units,
    people,
    storage: options.storage,
  });
  await sampleLiveYearSurveys(prisma, {
    yearId: live.yearId,
    year: liveYear,
    now: options.now,
    homeAffairs: people.homeAffairs,
    random: seededRandom(`cchc-sample-surveys-${liveYear}`),
  });
  await sampleCorrectiveActions(prisma, {
    finishedYearId: sample.id,
    liveYearId: live.yearId,
    units,
    people,
    now: options.now,
    storage: options.storage,
  });
  await sampleLiveReports(prisma, {
    yearId: live.yearId,
    now: options.now,
    homeAffairs: people.homeAffairs,
    openForUnitIds: units.filter((u) => u.code === "tu-phap" || u.code === "long-phuoc").map((u) => u.unitId),
  });
  await sampleInspectionVisits(prisma, {
    finishedYearId: sample.id,
    finishedYear: SAMPLE_YEAR,
    liveYearId: live.yearId,
    liveYear,
    people,
    now: options.now,
  });
  await sampleInspectionFindings(prisma, {
    finishedYearId: sample.id,
    liveYearId: live.yearId,
    people,
    now: options.now,
    storage: options.storage,
  });
  await sampleAnnualReport(prisma, { yearId: sample.id, leadership: people.leadership, storage: options.storage });
  const entries = await prisma.scoreEntry.count({ where: { yearId: { in: [sample.id, live.yearId] } } });
  const tasksDone = finished.tasksDone + live.tasksDone;
  await prisma.$transaction((tx) =>
    writeAudit(tx, null, {
      action: "seed.sample_cycle",
      entity: "EvaluationYear",
      entityId: live.yearId,
      after: {
        publishedYear: SAMPLE_YEAR,
        liveYear,
        units: units.filter((u) => u.scored).length,
        entries,
        tasksDone,
      },
      reason: `Dữ liệu mẫu: chu kỳ đánh giá năm ${SAMPLE_YEAR} đã công bố và năm mẫu ${liveYear} đang thẩm định lần 1`,
    }),
  );
  return {
    created: true,
    publishedYearId: sample.id,
    liveYearId: live.yearId,
    liveYear,
    units: units.filter((u) => u.scored).length,
    entries,
    tasksDone,
    evidenceFiles: finished.evidenceFiles + live.evidenceFiles,
    ms: Math.round(performance.now() - t0),
  };
}
