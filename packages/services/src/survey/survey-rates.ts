// A round's rates (query): its answer counts read once, then the domain's citizen rates (per aspect,
// per unit, overall against the target) or the leaders' weighted scores.
import {
  type CitizenSurveyRates,
  citizenSurveyRates,
  type LeaderSurveyScores,
  leaderSurveyScores,
  type SurveyCounts,
} from "@cchc/domain";
import type { OperationContext } from "../context.js";

/** The columns of SurveyResult the rates need. */
export const SURVEY_COUNT_SELECT = {
  unitId: true,
  aspect: true,
  veryDissatisfied: true,
  dissatisfied: true,
  neutral: true,
  satisfied: true,
  verySatisfied: true,
  answerA: true,
  answerB: true,
  answerC: true,
  answerD: true,
} as const;

type CountRow = {
  unitId: string | null;
  aspect: string;
  veryDissatisfied: number;
  dissatisfied: number;
  neutral: number;
  satisfied: number;
  verySatisfied: number;
  answerA: number;
  answerB: number;
  answerC: number;
  answerD: number;
};

export function surveyCountsOf(r: CountRow): SurveyCounts {
  return {
    unitId: r.unitId,
    aspect: r.aspect,
    levels: [r.veryDissatisfied, r.dissatisfied, r.neutral, r.satisfied, r.verySatisfied],
    letters: { A: r.answerA, B: r.answerB, C: r.answerC, D: r.answerD },
  };
}

export type SurveyRates =
  | { kind: "CITIZEN"; targetPercent: number; rates: CitizenSurveyRates }
  | { kind: "LEADER"; targetPercent: number; scores: LeaderSurveyScores };

/** The rates of a round from its rows (already read). */
export function surveyRatesOf(
  survey: { kind: "CITIZEN" | "LEADER"; targetPercent: number },
  rows: readonly CountRow[],
): SurveyRates {
  const counts = rows.map(surveyCountsOf);
  return survey.kind === "CITIZEN"
    ? { kind: "CITIZEN", targetPercent: survey.targetPercent, rates: citizenSurveyRates(counts, survey.targetPercent) }
    : { kind: "LEADER", targetPercent: survey.targetPercent, scores: leaderSurveyScores(counts) };
}

/** The rates of a round (no access check: the caller has checked survey.read). */
export async function surveyRates(prisma: OperationContext["prisma"], surveyId: string): Promise<SurveyRates | null> {
  const survey = await prisma.survey.findUnique({
    where: { id: surveyId },
    select: { kind: true, targetPercent: true, results: { select: SURVEY_COUNT_SELECT } },
  });
  return survey ? surveyRatesOf(survey, survey.results) : null;
}
