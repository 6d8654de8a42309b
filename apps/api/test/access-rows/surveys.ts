// Surveys (SIPAS): Home Affairs writes (survey.manage); everyone else is refused and nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

const CSV = (unit: string) =>
  Buffer.from(`Mã đơn vị,ACCESS,PROCEDURE,OFFICIAL,RESULT,FEEDBACK\n${unit},5,4,4,5,3\n`, "utf8").toString("base64");

/** A fresh citizen round of the 2021 sample year (OPEN), with no respondents (setup, not under test). */
async function freshRound(): Promise<string> {
  const p = kit.h.db.prisma;
  await p.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
  await p.survey.deleteMany({ where: { yearId: kit.yearId, title: { startsWith: "Ma trận quyền" } } });
  const s = await p.survey.create({
    data: { yearId: kit.yearId, kind: "CITIZEN", periodCode: "H1", title: "Ma trận quyền (khảo sát)" },
  });
  return s.id;
}

async function surveyState() {
  const p = kit.h.db.prisma;
  return {
    surveys: await p.survey.findMany({ where: { yearId: kit.yearId }, orderBy: { id: "asc" } }),
    results: await p.surveyResult.findMany({ where: { survey: { yearId: kit.yearId } }, orderBy: { id: "asc" } }),
    imports: await p.surveyImport.count({ where: { survey: { yearId: kit.yearId } } }),
    respondents: await p.surveyRespondent.count({ where: { survey: { yearId: kit.yearId } } }),
  };
}

let surveyId = "";
let importId = "";

export const SURVEY_ROWS: Record<string, Case[]> = {
  createSurveyRound: [
    {
      name: "open a citizen survey round for the year's end",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await freshRound();
        await kit.h.db.prisma.survey.deleteMany({ where: { yearId: kit.yearId, periodCode: "YEAR" } });
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { __typename ... on Error { code message } } }`,
          { input: { yearId: kit.yearId, kind: "CITIZEN", periodCode: "YEAR", title: "Khảo sát cuối năm" } },
          cookie,
          "createSurveyRound",
        ),
      state: surveyState,
    },
  ],
  importSurveyRespondents: [
    {
      name: "import a file of citizen respondents into a round",
      allowed: ["homeAffairs"],
      prepare: async () => {
        surveyId = await freshRound();
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: ImportSurveyRespondentsInput!) { importSurveyRespondents(input: $input) { __typename ... on Error { code message } } }`,
          { input: { surveyId, fileName: "phieu.csv", contentBase64: CSV("tu-phap") } },
          cookie,
          "importSurveyRespondents",
        ),
      state: surveyState,
    },
  ],
  saveSurveyCounts: [
    {
      name: "enter Phòng Tư pháp's aggregate counts in a round",
      allowed: ["homeAffairs"],
      prepare: async () => {
        surveyId = await freshRound();
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: SaveSurveyCountsInput!) { saveSurveyCounts(input: $input) { __typename ... on Error { code message } } }`,
          { input: { surveyId, unitId: kit.justiceUnitId, rows: [{ aspect: "ACCESS", levels: [1, 2, 3, 4, 5] }] } },
          cookie,
          "saveSurveyCounts",
        ),
      state: surveyState,
    },
  ],
  deleteSurveyImport: [
    {
      name: "undo an import of respondents",
      allowed: ["homeAffairs"],
      prepare: async () => {
        surveyId = await freshRound();
        const p = kit.h.db.prisma;
        const imp = await p.surveyImport.create({ data: { surveyId, fileName: "phieu.csv", rowCount: 1 } });
        importId = imp.id;
        await p.surveyRespondent.create({
          data: {
            surveyId,
            importId,
            unitId: kit.justiceUnitId,
            answers: { ACCESS: 5 },
            fingerprint: "x",
            rowNumber: 2,
          },
        });
        await p.surveyResult.create({
          data: { surveyId, unitId: kit.justiceUnitId, aspect: "ACCESS", verySatisfied: 1 },
        });
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: DeleteSurveyImportInput!) { deleteSurveyImport(input: $input) { __typename ... on Error { code message } } }`,
          { input: { importId } },
          cookie,
          "deleteSurveyImport",
        ),
      state: surveyState,
    },
  ],
};
