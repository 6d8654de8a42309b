// Which framework leaf of the round's year each aspect (citizen) or question (leaders) feeds: the
// domain's surveyAspectLeaves over the year's survey leaves in framework order.
import { type SurveyKind, surveyAspectLeaves } from "@cchc/domain";
import type { Tx } from "../context.js";

const natural = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

export async function surveyLeafIds(tx: Tx, yearId: string, kind: SurveyKind): Promise<Map<string, string>> {
  const nodes = await tx.frameworkNode.findMany({
    where: { framework: { yearId }, method: { in: ["SURVEY_RATE", "SURVEY_LIKERT"] } },
    select: { id: true, code: true, name: true, method: true },
  });
  nodes.sort((a, b) => natural(a.code, b.code));
  const map = surveyAspectLeaves(
    kind,
    nodes.map((n) => ({
      id: n.id,
      code: n.code,
      name: n.name,
      method: n.method === "SURVEY_RATE" ? "survey_rate" : "survey_likert",
    })),
  );
  return new Map([...map].map(([aspect, leaf]) => [aspect, leaf.id]));
}
