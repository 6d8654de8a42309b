// Surveys: every argument fuzzed; none of these inputs can succeed (a window ending before it starts
// and a target over 100; rounds and imports that do not exist).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";

export const SURVEY_TARGETS: Record<string, Target> = {
  createSurveyRound: {
    document: `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      yearId: hostile.ids.year,
      kind: "CITIZEN",
      periodCode: "H1",
      title: "Kiểm thử",
      targetPercent: 101,
      startsOn: "2021-06-10",
      endsOn: "2021-06-01",
    }),
  },
  importSurveyRespondents: {
    document: `mutation($input: ImportSurveyRespondentsInput!) { importSurveyRespondents(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      surveyId: "khong-co-dot-khao-sat",
      fileName: "phieu.csv",
      contentBase64: Buffer.from("Mã đơn vị,ACCESS,PROCEDURE,OFFICIAL,RESULT,FEEDBACK\ntu-phap,5,5,5,5,5\n").toString(
        "base64",
      ),
    }),
  },
  saveSurveyCounts: {
    document: `mutation($input: SaveSurveyCountsInput!) { saveSurveyCounts(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      surveyId: "khong-co-dot-khao-sat",
      unitId: hostile.ids.unit,
      rows: [{ aspect: "ACCESS", levels: [0, 0, 1, 2, 3] }],
    }),
  },
  deleteSurveyImport: {
    document: `mutation($input: DeleteSurveyImportInput!) { deleteSurveyImport(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ importId: "khong-co-lan-nhap" }),
  },
};
