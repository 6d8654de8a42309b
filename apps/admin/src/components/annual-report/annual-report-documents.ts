// The GraphQL documents of the annual report panel (typed by gql.tada).
import { graphql } from '../../graphql';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';

export const AnnualReportPanelFragment = graphql(`
  fragment AnnualReportPanel_EvaluationYear on EvaluationYear @_unmask {
    id
    year
    status
    viewerCanIssueAnnualReport
    annualReportDownloads {
      draft
      docxUrl
      pdfUrl
      xlsxUrl
    }
    annualReport {
      id
      number
      issuedOn
      signerName
      signerTitle
      recipients
      issuedByName
      docxUrl
      pdfUrl
    }
  }
`);

export const AnnualReportPanelQuery = graphql(
  `
  query AnnualReportPanel($id: ID!) {
    evaluationYear(id: $id) {
      ...AnnualReportPanel_EvaluationYear
    }
  }
`,
  [AnnualReportPanelFragment],
);

export const IssueAnnualReportMutation = graphql(
  `
  mutation IssueAnnualReport($input: IssueAnnualReportInput!) {
    issueAnnualReport(input: $input) {
      __typename
      ... on IssueAnnualReportSuccess {
        year {
          ...AnnualReportPanel_EvaluationYear
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on ForbiddenError {
        ...ForbiddenErrorFields
      }
      ... on NotFoundError {
        ...NotFoundErrorFields
      }
      ... on YearNotPublishedError {
        message
        code
      }
      ... on AnnualReportAlreadyIssuedError {
        message
        code
      }
    }
  }
`,
  [AnnualReportPanelFragment, ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);
