// Satisfaction rates of a survey round, from its answer counts: per aspect, per unit (and per unit
// and aspect), and overall, each against the round's target. A rate is (hài lòng + rất hài lòng) ÷
// valid answers, in percent rounded to two decimals; "meets the target" means more than the target
// (the plan: "trên 85%"), so exactly 85 % does not meet an 85 % target. No valid answer: no rate
// (null), never 0 %. The leaders' survey: per question and per unit, the weighted score
// (100 A + 60 B + 20 C + 0 D) ÷ answers, in percent.
import { CITIZEN_ASPECT_CODES, LEADER_ANSWER_WEIGHTS } from './survey-aspects';

/** Counts of one unit (or none) for one aspect: five levels 1 → 5, and the leaders' A–D. */
export interface SurveyCounts {
  unitId: string | null;
  aspect: string;
  levels: readonly [number, number, number, number, number];
  letters: Readonly<Record<'A' | 'B' | 'C' | 'D', number>>;
}

export interface SatisfactionRate {
  satisfied: number;
  valid: number;
  /** percent, two decimals; null without a valid answer */
  rate: number | null;
  /** rate > target; null without a rate */
  meetsTarget: boolean | null;
}

export interface LeaderScore {
  answers: number;
  counts: Record<'A' | 'B' | 'C' | 'D', number>;
  /** weighted percent, two decimals; null without an answer */
  score: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The satisfaction rate of summed counts against a target percent. */
export function satisfactionRate(
  rows: ReadonlyArray<Pick<SurveyCounts, 'levels'>>,
  targetPercent: number,
): SatisfactionRate {
  let satisfied = 0;
  let valid = 0;
  for (const r of rows) {
    satisfied += r.levels[3] + r.levels[4];
    valid += r.levels[0] + r.levels[1] + r.levels[2] + r.levels[3] + r.levels[4];
  }
  if (valid === 0) return { satisfied, valid, rate: null, meetsTarget: null };
  const rate = round2((100 * satisfied) / valid);
  return { satisfied, valid, rate, meetsTarget: (100 * satisfied) / valid > targetPercent };
}

/** The leaders' weighted score of summed A–D counts. */
export function leaderScore(rows: ReadonlyArray<Pick<SurveyCounts, 'letters'>>): LeaderScore {
  const counts = { A: 0, B: 0, C: 0, D: 0 };
  for (const r of rows) for (const k of ['A', 'B', 'C', 'D'] as const) counts[k] += r.letters[k];
  const answers = counts.A + counts.B + counts.C + counts.D;
  if (answers === 0) return { answers, counts, score: null };
  const weighted =
    counts.A * LEADER_ANSWER_WEIGHTS.A +
    counts.B * LEADER_ANSWER_WEIGHTS.B +
    counts.C * LEADER_ANSWER_WEIGHTS.C +
    counts.D * LEADER_ANSWER_WEIGHTS.D;
  return { answers, counts, score: round2(weighted / answers) };
}

export interface CitizenSurveyRates {
  overall: SatisfactionRate;
  aspects: Array<{ aspect: string } & SatisfactionRate>;
  units: Array<{ unitId: string; overall: SatisfactionRate; aspects: Array<{ aspect: string } & SatisfactionRate> }>;
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Every rate of a citizen survey: the five aspects in order (then any other aspect), units by id order of first appearance. */
export function citizenSurveyRates(rows: readonly SurveyCounts[], targetPercent: number): CitizenSurveyRates {
  const aspectOrder = (list: string[]) => {
    const known = CITIZEN_ASPECT_CODES.filter((c) => list.includes(c));
    return [...known, ...list.filter((c) => !(CITIZEN_ASPECT_CODES as readonly string[]).includes(c)).sort()];
  };
  const byAspect = groupBy(rows, (r) => r.aspect);
  const aspects = aspectOrder([...new Set([...CITIZEN_ASPECT_CODES, ...byAspect.keys()])]).map((aspect) => ({
    aspect,
    ...satisfactionRate(byAspect.get(aspect) ?? [], targetPercent),
  }));
  const byUnit = groupBy(
    rows.filter((r) => r.unitId !== null),
    (r) => r.unitId as string,
  );
  const units = [...byUnit.entries()].map(([unitId, list]) => {
    const unitAspects = groupBy(list, (r) => r.aspect);
    return {
      unitId,
      overall: satisfactionRate(list, targetPercent),
      aspects: aspectOrder([...unitAspects.keys()]).map((aspect) => ({
        aspect,
        ...satisfactionRate(unitAspects.get(aspect) ?? [], targetPercent),
      })),
    };
  });
  return { overall: satisfactionRate(rows, targetPercent), aspects, units };
}

export interface LeaderSurveyScores {
  overall: LeaderScore;
  questions: Array<{ aspect: string } & LeaderScore>;
  units: Array<{ unitId: string; overall: LeaderScore; questions: Array<{ aspect: string } & LeaderScore> }>;
}

/** Every weighted score of a leaders' survey, questions in natural order (LEADER_2 before LEADER_10). */
export function leaderSurveyScores(rows: readonly SurveyCounts[]): LeaderSurveyScores {
  const order = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const byAspect = groupBy(rows, (r) => r.aspect);
  const byUnit = groupBy(
    rows.filter((r) => r.unitId !== null),
    (r) => r.unitId as string,
  );
  return {
    overall: leaderScore(rows),
    questions: order([...byAspect.keys()]).map((aspect) => ({ aspect, ...leaderScore(byAspect.get(aspect) ?? []) })),
    units: [...byUnit.entries()].map(([unitId, list]) => {
      const q = groupBy(list, (r) => r.aspect);
      return {
        unitId,
        overall: leaderScore(list),
        questions: order([...q.keys()]).map((aspect) => ({ aspect, ...leaderScore(q.get(aspect) ?? []) })),
      };
    }),
  };
}
