// Satisfaction per aspect against the target: the year's citizen survey round the domain picks (the
// year-end round when it has answers, else the six-month one), its rates by the domain's rules. One
// statement (the rounds with their counts). Survey rounds are not dated per answer: the as-of day
// does not apply.
import { type CitizenSurveyRates, citizenSurveyRates, pickSatisfactionRound } from "@cchc/domain";
import { SURVEY_COUNT_SELECT, surveyCountsOf } from "../survey/survey-rates.js";
import type { DashboardScope } from "./dashboard-scope.js";

export interface DashboardSatisfaction {
  surveyId: string;
  title: string;
  periodCode: string;
  targetPercent: number;
  rates: CitizenSurveyRates;
}

export async function dashboardSatisfaction(scope: DashboardScope): Promise<DashboardSatisfaction | null> {
  const surveys = await scope.ctx.prisma.survey.findMany({
    where: { yearId: scope.year.id, kind: "CITIZEN" },
    select: {
      id: true,
      title: true,
      periodCode: true,
      targetPercent: true,
      results: {
        select: SURVEY_COUNT_SELECT,
        where: scope.unitTypeId ? { unit: { unitTypeId: scope.unitTypeId } } : {},
      },
    },
  });
  const rounds = surveys.map((s) => {
    const counts = s.results.map(surveyCountsOf);
    return { ...s, counts, answers: counts.reduce((n, c) => n + c.levels.reduce((a, b) => a + b, 0), 0) };
  });
  const round = pickSatisfactionRound(rounds);
  if (!round) return null;
  return {
    surveyId: round.id,
    title: round.title,
    periodCode: round.periodCode,
    targetPercent: round.targetPercent,
    rates: citizenSurveyRates(round.counts, round.targetPercent),
  };
}
