// The 2021 sample year played through a finished cycle with the real operations, the clock inside
// each stage of its calendar (sampleCalendar(2021)): the plan's tasks done through the year, periodic
// reports, the Q3 inspection, claims with some evidence, round 1, explanations, round 2, bonus and
// penalty, surveys, then locked by Home Affairs, approved and published by leadership.
import { addDays, CycleStage, type IsoDate, type Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import type { FileStorage } from "../evidence/storage.js";
import { approveResults } from "../results/approve-results.js";
import { lockResults } from "../results/lock-results.js";
import { publishResults } from "../results/publish-results.js";
import { saveScoreEntries } from "../scoring/save-score-entries.js";
import { saveUnitAdjustment } from "../scoring/save-unit-adjustment.js";
import { submitUnitStage } from "../scoring/submit-unit-stage.js";
import { sampleReportHistory } from "./sample-reports.js";
import { setYearStatus } from "../year/set-year-status.js";
import { between } from "./random.js";
import {
  appraiseRound1,
  at,
  attachEvidence,
  type Claim,
  claimLeaves,
  type Dispute,
  frameworkLeaves,
  playPlanProgress,
  type SampleUnit,
  sampleReports,
} from "./sample-cycle-steps.js";
import type { SamplePeople } from "./sample-people.js";
import { sampleFinishedYearSurveys } from "./sample-surveys.js";
import { explanationComment, ROUND2_ACCEPTED, ROUND2_KEPT, SAMPLE_LABEL } from "./sample-values.js";

type Prisma = OperationContext["prisma"];

/** Tasks of the 2021 plan done late, and the one still in progress at the year's end (triggered by a notice). */
const DONE_LATE = new Set(["II.1", "IV.2"]);
const NOT_DONE = new Set(["IV.4"]);

/** Units the inspection team visited in Q3 2021, with what it found. */
const INSPECTED: ReadonlyArray<{ code: string; day: IsoDate; fixed: number; open: number; goodPractice?: string }> = [
  { code: "tai-chinh", day: "2021-07-08", fixed: 1, open: 0 },
  { code: "giao-duc", day: "2021-07-13", fixed: 1, open: 1 },
  {
    code: "long-thuy",
    day: "2021-07-20",
    fixed: 2,
    open: 0,
    goodPractice: "Bộ phận Một cửa bố trí khu vực hướng dẫn điền hồ sơ trực tuyến cho người dân.",
  },
  { code: "son-giang", day: "2021-07-27", fixed: 1, open: 0 },
  { code: "phuoc-tin", day: "2021-08-03", fixed: 0, open: 2 },
];

const WEAKNESSES = [
  { leaf: "3.1", text: "Niêm yết TTHC tại Bộ phận Một cửa chưa cập nhật theo quyết định công bố mới." },
  { leaf: "1.5", text: "Chưa có kế hoạch tuyên truyền CCHC riêng của đơn vị." },
  { leaf: "7.4", text: "Chuyên mục CCHC trên trang thông tin điện tử chậm cập nhật." },
];

async function inspections(prisma: Prisma, yearId: string, units: readonly SampleUnit[], people: SamplePeople) {
  const unitOf = new Map(units.map((u) => [u.code, u]));
  const leaves = await prisma.frameworkNode.findMany({
    where: { framework: { yearId }, code: { in: WEAKNESSES.map((w) => w.leaf) } },
    select: { id: true, code: true },
  });
  const leafId = new Map(leaves.map((l) => [l.code, l.id]));
  for (const v of INSPECTED) {
    const unit = unitOf.get(v.code);
    if (!unit) continue;
    const visit = await prisma.inspectionVisit.create({
      data: {
        yearId,
        unitId: unit.unitId,
        scheduledDate: at(v.day, 0),
        startsAt: at(v.day, 8),
        endsAt: at(v.day, 11),
        visitedDate: at(v.day, 0),
        status: "CONCLUDED",
        scope: "Công tác CCHC năm 2021: chỉ đạo điều hành, TTHC, hiện đại hóa hành chính (dữ liệu mẫu)",
        minutes: `${SAMPLE_LABEL}: biên bản kiểm tra công tác CCHC tại ${unit.name} ngày ${v.day.slice(8)}/${v.day.slice(5, 7)}/2021.`,
        conclusions: `${SAMPLE_LABEL}: đơn vị cơ bản thực hiện đúng kế hoạch CCHC; khắc phục ${v.fixed + v.open} tồn tại trước 30/09/2021.`,
        team: {
          create: [
            { userId: people.homeAffairs.userId, name: "Nguyễn Thị Hồng", role: "Trưởng đoàn", isLead: true },
            { userId: people.inspector.userId, name: people.inspector.fullName, role: "Thành viên" },
          ],
        },
      },
    });
    const total = v.fixed + v.open;
    for (let i = 0; i < total; i++) {
      const w = WEAKNESSES[i % WEAKNESSES.length]!;
      const fixed = i < v.fixed;
      await prisma.finding.create({
        data: {
          visitId: visit.id,
          kind: "WEAKNESS",
          description: `${SAMPLE_LABEL}: ${w.text}`,
          frameworkNodeId: leafId.get(w.leaf) ?? null,
          actions: {
            create: {
              description: `Khắc phục: ${w.text.charAt(0).toLocaleLowerCase("vi")}${w.text.slice(1)}`,
              ownerUnitId: unit.unitId,
              dueDate: at("2021-09-30", 0),
              status: fixed ? "VERIFIED" : i === v.fixed ? "SUBMITTED" : "OPEN",
              fixNote:
                fixed || i === v.fixed ? `${SAMPLE_LABEL}: đơn vị đã khắc phục, gửi báo cáo kèm hình ảnh.` : null,
              submittedAt: fixed || i === v.fixed ? at("2021-09-20") : null,
              verifiedAt: fixed ? at("2021-09-28") : null,
              verifiedById: fixed ? people.homeAffairs.userId : null,
            },
          },
        },
      });
    }
    if (v.goodPractice) {
      await prisma.finding.create({
        data: { visitId: visit.id, kind: "GOOD_PRACTICE", description: `${SAMPLE_LABEL}: ${v.goodPractice}` },
      });
    }
  }
}

export interface FinishedYearSummary {
  entries: number;
  tasksDone: number;
  reports: number;
  surveyAnswers: number;
  evidenceFiles: number;
  adjustments: number;
}

export async function playFinishedYear(
  prisma: Prisma,
  args: {
    yearId: string;
    units: SampleUnit[];
    people: SamplePeople;
    random: () => number;
    storage?: FileStorage;
  },
): Promise<FinishedYearSummary> {
  const { yearId, people, random } = args;
  const year = 2021;
  const ctx = (viewer: Viewer, day: IsoDate, hour = 9): OperationContext => ({ prisma, viewer, now: at(day, hour) });
  const scored = args.units.filter((u) => u.scored);
  const officerOf = (u: SampleUnit) => {
    const v = people.officers.get(u.code);
    if (!v) throw new Error(`Sample data: no officer for ${u.code}`);
    return v;
  };
  const summary: FinishedYearSummary = {
    entries: 0,
    tasksDone: 0,
    reports: 0,
    surveyAnswers: 0,
    evidenceFiles: 0,
    adjustments: 0,
  };

  // Through the year: the plan's tasks, the periodic reports, the Q3 inspection.
  summary.tasksDone = await playPlanProgress(prisma, {
    yearId,
    year,
    today: "2021-12-31",
    homeAffairs: people.homeAffairs,
    officers: people.officers,
    random,
    decide: ({ code, dueOn, startOn }) => {
      if (NOT_DONE.has(code)) return null;
      if (DONE_LATE.has(code)) return addDays(dueOn, between(random, 6, 15));
      const day = addDays(dueOn, -between(random, 2, 20));
      return day > startOn ? day : addDays(startOn, 1);
    },
  });
  summary.reports = await sampleReports(prisma, {
    yearId,
    units: args.units,
    today: "2021-12-31",
    random,
    officers: people.officers,
  });
  await sampleReportHistory(prisma, { yearId, units: args.units, homeAffairs: people.homeAffairs });
  await inspections(prisma, yearId, args.units, people);
  const inspected = new Set(INSPECTED.map((v) => v.code));
  const leaves = await frameworkLeaves(prisma, yearId);

  // Self-assessment (01/11–30/11): every scored unit claims, some with an evidence file, and submits.
  const version = async () =>
    (await prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId }, select: { version: true } })).version;
  await setYearStatus(ctx(people.homeAffairs, "2021-11-01", 8), {
    id: yearId,
    version: await version(),
    status: "SELF_ASSESSMENT",
  });
  const claims = new Map<string, Claim[]>();
  for (const [i, unit] of scored.entries()) {
    const day = addDays("2021-11-08", i);
    const officer = officerOf(unit);
    const mine = await claimLeaves(ctx(officer, day), { yearId, unit, leaves, random });
    claims.set(unit.unitId, mine);
    summary.entries += mine.length;
    if (args.storage) {
      for (const claim of mine.filter((c) => c.inputs.kind === "binary" || c.inputs.kind === "checklist").slice(0, 1)) {
        await attachEvidence(
          { ...ctx(officer, day, 10), storage: args.storage },
          { yearId, unit, leafCode: claim.leafCode, claim: claim.inputs, year },
        );
        summary.evidenceFiles++;
      }
    }
    await submitUnitStage(ctx(officer, addDays(day, 2)), {
      yearId,
      unitId: unit.unitId,
      stage: CycleStage.SELF_ASSESSMENT,
    });
  }

  // Round 1 (01/12–15/12): Home Affairs appraises every unit; leaf 1.4 is not applicable where no inspection was made.
  await setYearStatus(ctx(people.homeAffairs, "2021-12-01", 8), {
    id: yearId,
    version: await version(),
    status: "APPRAISAL",
  });
  const disputes = new Map<string, Dispute[]>();
  for (const [i, unit] of scored.entries()) {
    const notApplicable = inspected.has(unit.code)
      ? undefined
      : new Map([["1.4", `${SAMPLE_LABEL}: đơn vị không thuộc đợt kiểm tra CCHC năm 2021 của Phòng Nội vụ.`]]);
    const found = await appraiseRound1(ctx(people.homeAffairs, addDays("2021-12-02", Math.floor(i / 2))), {
      yearId,
      unit,
      leaves,
      claims: claims.get(unit.unitId) ?? [],
      random,
      notApplicable,
    });
    disputes.set(unit.unitId, found);
  }
  summary.entries += await prisma.scoreEntry.count({ where: { yearId, source: { in: ["ROUND1", "NOT_APPLICABLE"] } } });

  // Explanation (16/12–20/12): a few units explain one or two disputed leaves and submit.
  const explained = scored.filter((u) => (disputes.get(u.unitId)?.length ?? 0) > 0).slice(0, 5);
  const explainedLeaves = new Map<string, Dispute[]>();
  for (const [i, unit] of explained.entries()) {
    const chosen = disputes.get(unit.unitId)!.slice(0, 1 + (i % 2));
    explainedLeaves.set(unit.unitId, chosen);
    const officer = officerOf(unit);
    await saveScoreEntries(ctx(officer, addDays("2021-12-16", i % 4)), {
      yearId,
      unitId: unit.unitId,
      source: "EXPLANATION",
      entries: chosen.map((d) => ({
        leafCode: d.leafCode,
        version: null,
        comment: explanationComment(leaves.find((l) => l.code === d.leafCode)!),
      })),
    });
    await submitUnitStage(ctx(officer, "2021-12-20"), { yearId, unitId: unit.unitId, stage: CycleStage.EXPLANATION });
    summary.entries += chosen.length;
  }

  // Round 2 (21/12–10/01): the council decides on each explained leaf; bonus and penalty.
  for (const [i, unit] of explained.entries()) {
    const chosen = explainedLeaves.get(unit.unitId)!;
    await saveScoreEntries(ctx(people.homeAffairs, addDays("2021-12-27", i % 3)), {
      yearId,
      unitId: unit.unitId,
      source: "ROUND2",
      entries: chosen.map((d, j) =>
        (i + j) % 2 === 0
          ? { leafCode: d.leafCode, version: null, inputs: d.claim, comment: ROUND2_ACCEPTED }
          : {
              leafCode: d.leafCode,
              version: null,
              inputs: d.appraised,
              reasonCode: d.reasonCode,
              comment: ROUND2_KEPT,
            },
      ),
    });
    summary.entries += chosen.length;
  }
  const adjustments: Array<[string, "BONUS" | "PENALTY", number, string]> = [
    ["van-hoa", "BONUS", 1, "Mô hình “Một cửa thân thiện” được UBND tỉnh công nhận và nhân rộng"],
    ["long-thuy", "BONUS", 0.5, "Đơn vị được UBND tỉnh tặng Bằng khen về công tác CCHC năm 2021"],
    ["phuoc-tin", "PENALTY", 1, "Nộp báo cáo tự đánh giá, chấm điểm trễ hạn"],
    ["giao-duc", "PENALTY", 0.5, "Tài liệu kiểm chứng một tiêu chí không trung thực, đã được nhắc nhở"],
  ];
  for (const [code, kind, points, reason] of adjustments) {
    const unit = scored.find((u) => u.code === code);
    if (!unit) continue;
    await saveUnitAdjustment(ctx(people.homeAffairs, "2021-12-29"), {
      yearId,
      unitId: unit.unitId,
      kind,
      points,
      reason: `${reason} (${SAMPLE_LABEL.toLocaleLowerCase("vi")}).`,
    });
    summary.adjustments++;
  }
  // Surveys (sample-surveys.ts): two citizen rounds (the one-stop units' files imported, the offices' totals) and the leaders' survey.
  const surveys = await sampleFinishedYearSurveys(prisma, {
    yearId,
    year,
    units: args.units,
    homeAffairs: people.homeAffairs,
    random,
  });
  summary.surveyAnswers = surveys.respondents + surveys.countRows;

  // Lock (Home Affairs), approve and publish (leadership).
  const snap = async () =>
    (await prisma.resultSnapshot.findUnique({ where: { yearId }, select: { version: true } }))?.version ?? 0;
  await lockResults(ctx(people.homeAffairs, "2022-01-11"), { yearId, version: await snap() });
  await approveResults(ctx(people.leadership, "2022-01-14"), { yearId, version: await snap() });
  await publishResults(ctx(people.leadership, "2022-01-21"), { yearId, version: await snap() });
  return summary;
}
