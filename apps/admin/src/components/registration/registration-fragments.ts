import { graphql } from '../../graphql';

/** What the registration view shows: items, total and words, history, what the viewer may do. */
export const RegistrationViewFields = graphql(`
  fragment RegistrationViewFields on UnitRegistration {
    id
    version
    status
    preparerName
    headName
    submittedAt
    totalBudgetVnd
    totalInWords
    returnComment
    docxUrl
    xlsxUrl
    viewerCanEdit
    viewerCanSubmit
    viewerCanReview
    unit {
      id
      name
    }
    items {
      id
      version
      position
      content
      resultProduct
      startDate
      endDate
      leadText
      leadUnit {
        id
        name
      }
      coordinatingUnits {
        id
        name
      }
      budgetVnd
      note
    }
    events {
      id
      action
      comment
      at
      actorName
    }
  }
`);
