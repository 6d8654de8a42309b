// The round a survey operation works on, with its year, checked for the viewer: Home Affairs for
// writes (survey.manage, a published year is read-only), Home Affairs, leadership and the
// administrator for reads (survey.read).
import type { Viewer } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";

export async function requireSurveyRound(
  ctx: Pick<OperationContext, "viewer">,
  tx: Tx,
  surveyId: string,
  action: "survey.manage" | "survey.read",
): Promise<{
  viewer: Viewer;
  survey: { id: string; kind: "CITIZEN" | "LEADER"; yearId: string; version: number; targetPercent: number };
  year: { id: string; year: number; status: string };
}> {
  const survey = await tx.survey.findUnique({
    where: { id: surveyId },
    select: {
      id: true,
      kind: true,
      yearId: true,
      version: true,
      targetPercent: true,
      year: { select: { id: true, year: true, status: true } },
    },
  });
  if (!survey) throw new NotFoundError("đợt khảo sát");
  const viewer = requireAllowed(ctx.viewer, action, { type: "EvaluationYear", yearStatus: survey.year.status });
  return { viewer, survey, year: survey.year };
}
