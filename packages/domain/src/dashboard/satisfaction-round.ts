// Which citizen survey round the dashboard shows: the year-end round when it has answers, else the
// latest round with answers (by period: YEAR after H1), else none.
export interface RoundWithAnswers {
  id: string;
  periodCode: string;
  /** valid answers in the round */
  answers: number;
}

const PERIOD_ORDER: Record<string, number> = { H1: 1, YEAR: 2 };

export function pickSatisfactionRound<T extends RoundWithAnswers>(rounds: readonly T[]): T | null {
  const withAnswers = rounds.filter((r) => r.answers > 0);
  withAnswers.sort((a, b) => (PERIOD_ORDER[b.periodCode] ?? 0) - (PERIOD_ORDER[a.periodCode] ?? 0));
  return withAnswers[0] ?? null;
}
