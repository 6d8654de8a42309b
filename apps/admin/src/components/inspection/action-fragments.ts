/** The data a corrective action's card reads (its finding, owner, history, evidence, what the viewer may do). */
import { graphql, type ResultOf } from '../../graphql';

export const ActionCard_CorrectiveActionFragment = graphql(`
  fragment ActionCard_CorrectiveAction on CorrectiveAction {
    id
    version
    description
    dueDate
    status
    overdue
    fixNote
    owner {
      id
      name
    }
    finding {
      id
      description
      criterion {
        code
        name
      }
      visit {
        id
        date
        unitName
      }
    }
    events {
      id
      toStatus
      note
      at
      actorName
    }
    evidence {
      id
      fileName
      url
    }
    viewerCanSubmitFix
    viewerCanVerify
    viewerCanReopen
  }
`);
export type ActionCardData = ResultOf<typeof ActionCard_CorrectiveActionFragment>;

export const ActionFindingFields = graphql(`
  fragment ActionFindingFields on ActionFinding {
    id
    description
    criterion {
      code
    }
    visit {
      id
      date
      unitId
      unitName
    }
  }
`);
export type ActionFindingData = ResultOf<typeof ActionFindingFields>;
