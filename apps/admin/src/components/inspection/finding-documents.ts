// The GraphQL documents of the findings on the spot and the minutes (typed by gql.tada).
import { graphql } from '../../graphql';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';

export const FindingFieldsFragment = graphql(`
  fragment FindingCardFields on Finding @_unmask {
    id
    version
    clientId
    kind
    severity
    description
    latitude
    longitude
    recordedAt
    authorName
    viewerCanEdit
    criterion {
      id
      code
      name
    }
    photos {
      id
      fileName
      url
    }
  }
`);

export const VisitFindingsQuery = graphql(
  `
  query VisitFindings($id: ID!) {
    inspectionVisit(id: $id) {
      id
      yearId
      status
      viewerCanRecordFindings
      unit {
        id
        name
      }
      findings {
        ...FindingCardFields
      }
    }
  }
`,
  [FindingFieldsFragment],
);

export const VisitCriteriaQuery = graphql(`
  query VisitCriteria($yearId: ID!) {
    evaluationYear(id: $yearId) {
      id
      framework {
        id
        nodes {
          id
          code
          name
          isLeaf
        }
      }
    }
  }
`);

export const RecordFindingMutation = graphql(
  `
  mutation RecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      __typename
      ... on RecordFindingSuccess {
        created
        finding {
          ...FindingCardFields
        }
      }
      ... on Error {
        message
        code
      }
      ...ValidationErrorFields
    }
  }
`,
  [FindingFieldsFragment, ValidationErrorFields],
);

export const UpdateFindingMutation = graphql(
  `
  mutation UpdateFinding($input: UpdateFindingInput!) {
    updateFinding(input: $input) {
      __typename
      ... on UpdateFindingSuccess {
        finding {
          ...FindingCardFields
        }
      }
      ... on ConflictError {
        currentFinding {
          id
          version
          kind
          severity
          description
          latitude
          longitude
          criterion {
            id
          }
        }
      }
      ... on Error {
        message
        code
      }
      ...ValidationErrorFields
    }
  }
`,
  [FindingFieldsFragment, ValidationErrorFields],
);

export const DeleteFindingMutation = graphql(
  `
  mutation DeleteFinding($input: DeleteFindingInput!) {
    deleteFinding(input: $input) {
      __typename
      ... on DeleteFindingSuccess {
        deletedId
      }
      ...VersionConflictErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
      ... on Error {
        message
        code
      }
    }
  }
`,
  [VersionConflictErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

export const VisitMinutesQuery = graphql(`
  query VisitMinutes($id: ID!) {
    inspectionVisit(id: $id) {
      id
      version
      status
      place
      minutesNumber
      minutesNumberValue
      suggestedMinutesNumber
      minutesSummary
      conclusions
      concludedAt
      minutesUrl
      viewerCanRecordMinutes
      viewerCanConclude
      minutesFile {
        id
        fileName
        url
        sha256
      }
    }
  }
`);

export const RecordVisitMinutesMutation = graphql(
  `
  mutation RecordVisitMinutes($input: RecordVisitMinutesInput!) {
    recordVisitMinutes(input: $input) {
      __typename
      ... on VisitMinutesSuccess {
        visit {
          id
          version
          status
          minutesNumber
          minutesNumberValue
          minutesSummary
          conclusions
          place
          viewerCanRecordMinutes
          viewerCanConclude
          viewerCanRecordFindings
        }
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
      ...VersionConflictErrorFields
      ... on Error {
        message
        code
      }
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, VersionConflictErrorFields],
);

export const ConcludeVisitMutation = graphql(
  `
  mutation ConcludeVisit($input: ConcludeVisitInput!) {
    concludeVisit(input: $input) {
      __typename
      ... on VisitMinutesSuccess {
        visit {
          id
          version
          status
          concludedAt
          viewerCanRecordMinutes
          viewerCanConclude
          viewerCanRecordFindings
          minutesFile {
            id
            fileName
            url
            sha256
          }
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`,
);
