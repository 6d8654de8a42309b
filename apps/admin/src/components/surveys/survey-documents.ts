// The survey page's GraphQL documents (one query for the year's rounds, one for a round's details,
// the four mutations).
import { graphql } from '../../graphql';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';

export const SurveysPageQuery = graphql(`
  query SurveysPage($year: Int!) {
    year(year: $year) {
      id
      year
      viewerCanReadSurveys
      viewerCanManageSurveys
      surveys {
        id
        kind
        periodCode
        title
        targetPercent
      }
    }
  }
`);

export const SurveyRoundQuery = graphql(`
  query SurveyRound($id: ID!) {
    survey(id: $id) {
      id
      version
      kind
      periodCode
      title
      targetPercent
      startsOn
      endsOn
      viewerCanManage
      aspects {
        code
        name
      }
      overall {
        satisfied
        valid
        rate
        meetsTarget
      }
      aspectRates {
        aspect
        satisfied
        valid
        rate
        meetsTarget
      }
      leaderOverall {
        answers
        score
      }
      leaderQuestions {
        aspect
        answers
        a
        b
        c
        d
        score
      }
      units {
        unitId
        unitCode
        unitName
        respondents
        overall {
          satisfied
          valid
          rate
          meetsTarget
        }
        leaderOverall {
          answers
          score
        }
        counts {
          aspect
          version
          levels
          letters
        }
      }
      imports {
        id
        fileName
        rowCount
        importedAt
        importedByName
      }
    }
  }
`);

export const CreateSurveyRoundMutation = graphql(
  `
  mutation CreateSurveyRound($input: CreateSurveyRoundInput!) {
    createSurveyRound(input: $input) {
      __typename
      ... on SurveySuccess {
        survey {
          id
          title
        }
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

export const ImportSurveyRespondentsMutation = graphql(
  `
  mutation ImportSurveyRespondents($input: ImportSurveyRespondentsInput!) {
    importSurveyRespondents(input: $input) {
      __typename
      ... on ImportSurveyRespondentsSuccess {
        importId
        rowCount
        unitCount
      }
      ... on SurveyFileError {
        message
        code
        problemCount
        problems {
          row
          column
          code
          message
        }
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

export const SaveSurveyCountsMutation = graphql(
  `
  mutation SaveSurveyCounts($input: SaveSurveyCountsInput!) {
    saveSurveyCounts(input: $input) {
      __typename
      ... on SurveySuccess {
        survey {
          id
        }
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, VersionConflictErrorFields],
);

export const DeleteSurveyImportMutation = graphql(
  `
  mutation DeleteSurveyImport($input: DeleteSurveyImportInput!) {
    deleteSurveyImport(input: $input) {
      __typename
      ... on SurveySuccess {
        survey {
          id
        }
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);
