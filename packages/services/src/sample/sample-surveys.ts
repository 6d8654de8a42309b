// The sample's surveys, played through the real operations (createSurveyRound, importSurveyRespondents,
// saveSurveyCounts) by Home Affairs, every title labelled "(dữ liệu mẫu)":
// - 2021: two citizen rounds (6 tháng, cả năm): the wards' and communes' one-stop counters
//   (Bộ phận Một cửa) send respondent files (a CSV for six months, an XLSX for the year), the offices
//   only totals (aggregate counts); and the leaders' survey of the year (A/B/C/D per question);
// - the live year: the six-month round with the wards' file imported and two offices' totals, so
//   Home Affairs sees rates and leadership reads them; the year-end round opened and still empty
//   (Home Affairs' next import).
// Answers lean on each unit's sample strength; rows are distinct (an import refuses duplicates).
import { CITIZEN_ASPECTS, type IsoDate, leaderQuestionCode, type Viewer } from "@cchc/domain";
import ExcelJS from "exceljs";
import type { OperationContext } from "../context.js";
import { createSurveyRound } from "../survey/create-survey-round.js";
import { importSurveyRespondents } from "../survey/import-survey-respondents.js";
import { saveSurveyCounts } from "../survey/save-survey-counts.js";
import { surveyLeafIds } from "../survey/survey-leaves.js";
import { between, pick } from "./random.js";
import { at, type SampleUnit } from "./sample-cycle-steps.js";

type Prisma = OperationContext["prisma"];

const LABEL = "(dữ liệu mẫu)";
const HEADER = ["Mã đơn vị", ...CITIZEN_ASPECTS.map((a) => `${a.nameVi} (1-5)`), "Giới tính", "Nhóm tuổi"];
const GENDERS = ["Nam", "Nữ", "", "Nam", "Nữ"];
const AGES = ["Dưới 30", "30-45", "46-60", "Trên 60", ""];

/** Units with a one-stop counter (wards and communes): they survey respondents one by one. */
const oneStop = (u: { typeCode: string }) => u.typeCode === "xa";

/** A level 1–5 leaning on the unit's strength (0..1): mostly 4–5 for a strong unit. */
function level(random: () => number, strength: number): number {
  const r = random();
  const good = 0.62 + strength * 0.33;
  if (r < good * 0.45) return 5;
  if (r < good) return 4;
  if (r < good + (1 - good) * 0.6) return 3;
  if (r < good + (1 - good) * 0.9) return 2;
  return 1;
}

function respondentRows(random: () => number, units: readonly SampleUnit[], perUnit: [number, number]): string[][] {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const u of units) {
    const n = between(random, perUnit[0], perUnit[1]);
    let made = 0;
    for (let tries = 0; made < n && tries < n * 20; tries++) {
      const answers = CITIZEN_ASPECTS.map((_, i) =>
        // now and then a question left unanswered (feedback most often: few filed a complaint)
        random() < (i === 4 ? 0.25 : 0.03) ? "" : String(level(random, u.strength)),
      );
      if (answers.every((a) => a === "")) continue;
      const row = [u.code, ...answers, pick(random, GENDERS), pick(random, AGES)];
      const key = row.join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(row);
      made++;
    }
  }
  return rows;
}

const csvOf = (rows: string[][]) =>
  `\ufeff${[HEADER, ...rows].map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n")}\r\n`;

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Phiếu khảo sát");
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r.map((c, i) => (i >= 1 && i <= 5 && c !== "" ? Number(c) : c)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Totals of one office for the five aspects (only counts exist for units without a one-stop counter). */
function officeCounts(random: () => number, strength: number, total: [number, number]) {
  return CITIZEN_ASPECTS.map((a) => {
    const levels = [0, 0, 0, 0, 0];
    const n = between(random, total[0], total[1]);
    for (let i = 0; i < n; i++) {
      const l = level(random, strength);
      levels[l - 1] = (levels[l - 1] ?? 0) + 1;
    }
    return { aspect: a.code, levels };
  });
}

async function round(
  ctx: OperationContext,
  input: {
    yearId: string;
    kind: "CITIZEN" | "LEADER";
    periodCode: "H1" | "YEAR";
    title: string;
    startsOn: IsoDate;
    endsOn: IsoDate;
  },
): Promise<string> {
  return (await createSurveyRound(ctx, { ...input, title: `${input.title} ${LABEL}`, targetPercent: 85 })).surveyId;
}

export interface SampleSurveySummary {
  rounds: number;
  respondents: number;
  countRows: number;
}

/** 2021: two citizen rounds and the leaders' survey (the clock inside each round's window). */
export async function sampleFinishedYearSurveys(
  prisma: Prisma,
  args: { yearId: string; year: number; units: readonly SampleUnit[]; homeAffairs: Viewer; random: () => number },
): Promise<SampleSurveySummary> {
  const { yearId, year, random } = args;
  const ctx = (day: IsoDate): OperationContext => ({ prisma, viewer: args.homeAffairs, now: at(day, 10) });
  const scored = args.units.filter((u) => u.scored);
  const summary: SampleSurveySummary = { rounds: 0, respondents: 0, countRows: 0 };

  const citizenRound = async (periodCode: "H1" | "YEAR", window: [IsoDate, IsoDate], file: "csv" | "xlsx") => {
    const surveyId = await round(ctx(window[0]), {
      yearId,
      kind: "CITIZEN",
      periodCode,
      title:
        periodCode === "H1"
          ? `Khảo sát sự hài lòng của người dân, tổ chức 6 tháng đầu năm ${year}`
          : `Khảo sát sự hài lòng của người dân, tổ chức năm ${year}`,
      startsOn: window[0],
      endsOn: window[1],
    });
    summary.rounds++;
    const rows = respondentRows(random, scored.filter(oneStop), periodCode === "H1" ? [8, 14] : [14, 24]);
    const bytes = file === "csv" ? Buffer.from(csvOf(rows), "utf8") : await xlsxOf(rows);
    const imported = await importSurveyRespondents(ctx(window[1]), {
      surveyId,
      fileName: `phieu-khao-sat-mot-cua-${periodCode === "H1" ? "6-thang" : "ca-nam"}-${year}.${file}`,
      contentBase64: bytes.toString("base64"),
    });
    summary.respondents += imported.rowCount;
    for (const u of scored.filter((x) => !oneStop(x))) {
      const rowsOfUnit = officeCounts(random, u.strength, periodCode === "H1" ? [6, 12] : [10, 20]);
      await saveSurveyCounts(ctx(window[1]), { surveyId, unitId: u.unitId, rows: rowsOfUnit });
      summary.countRows += rowsOfUnit.length;
    }
  };
  await citizenRound("H1", [`${year}-06-01`, `${year}-06-20`], "csv");
  await citizenRound("YEAR", [`${year}-11-15`, `${year}-12-10`], "xlsx");

  // The leaders' survey: each leader answers A–D per question for every unit.
  const leaderId = await round(ctx(`${year}-12-01`), {
    yearId,
    kind: "LEADER",
    periodCode: "YEAR",
    title: `Lãnh đạo thị xã đánh giá công tác CCHC của các đơn vị năm ${year}`,
    startsOn: `${year}-12-01`,
    endsOn: `${year}-12-10`,
  });
  summary.rounds++;
  const questions = (await surveyLeafIds(prisma as never, yearId, "LEADER")).size;
  for (const u of scored) {
    const rows = Array.from({ length: questions }, (_, i) => {
      const total = between(random, 8, 14);
      const a = Math.round(total * Math.min(0.9, Math.max(0, u.strength - 0.15 + random() * 0.2)));
      const b = Math.round((total - a) * 0.7);
      return { aspect: leaderQuestionCode(i + 1), letters: [a, b, total - a - b, 0] };
    });
    if (rows.length === 0) continue;
    await saveSurveyCounts(ctx(`${year}-12-10`), { surveyId: leaderId, unitId: u.unitId, rows });
    summary.countRows += rows.length;
  }
  return summary;
}

/** The live year: the six-month round with the wards' file and two offices' totals; the year-end round opened, empty. */
export async function sampleLiveYearSurveys(
  prisma: Prisma,
  args: { yearId: string; year: number; now: Date; homeAffairs: Viewer; random: () => number },
): Promise<SampleSurveySummary> {
  const { yearId, year, random } = args;
  const ctx: OperationContext = { prisma, viewer: args.homeAffairs, now: args.now };
  const units = (
    await prisma.yearUnit.findMany({
      where: { yearId, scored: true },
      select: { unitId: true, nameInYear: true, unit: { select: { code: true, type: { select: { code: true } } } } },
      orderBy: { unit: { sortName: "asc" } },
    })
  ).map(
    (u, i): SampleUnit => ({
      unitId: u.unitId,
      code: u.unit.code,
      name: u.nameInYear,
      typeCode: u.unit.type.code,
      scored: true,
      strength: 0.55 + ((i * 37) % 40) / 100,
    }),
  );
  const h1 = await round(ctx, {
    yearId,
    kind: "CITIZEN",
    periodCode: "H1",
    title: `Khảo sát sự hài lòng của người dân, tổ chức 6 tháng đầu năm ${year}`,
    startsOn: `${year}-06-01`,
    endsOn: `${year}-06-20`,
  });
  const rows = respondentRows(random, units.filter(oneStop), [8, 14]);
  const imported = await importSurveyRespondents(ctx, {
    surveyId: h1,
    fileName: `phieu-khao-sat-mot-cua-6-thang-${year}.csv`,
    contentBase64: Buffer.from(csvOf(rows), "utf8").toString("base64"),
  });
  let countRows = 0;
  for (const u of units.filter((x) => !oneStop(x)).slice(0, 2)) {
    const counts = officeCounts(random, u.strength, [6, 12]);
    await saveSurveyCounts(ctx, { surveyId: h1, unitId: u.unitId, rows: counts });
    countRows += counts.length;
  }
  await round(ctx, {
    yearId,
    kind: "CITIZEN",
    periodCode: "YEAR",
    title: `Khảo sát sự hài lòng của người dân, tổ chức năm ${year}`,
    startsOn: `${year}-11-15`,
    endsOn: `${year + 1}-01-15`,
  });
  return { rounds: 2, respondents: imported.rowCount, countRows };
}
