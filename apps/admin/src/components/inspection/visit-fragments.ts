// The visit as the calendar, the list and the visit page show it (one selection, spread where needed).
import { graphql } from '../../graphql';

export const VisitCard_InspectionVisitFragment = graphql(`
  fragment VisitCard_InspectionVisit on InspectionVisit @_unmask {
    id
    version
    status
    date
    startTime
    endTime
    place
    scopeText
    cancelReason
    unit {
      id
      name
    }
    team {
      id
      userId
      name
      role
      isLead
      organization
    }
    scope {
      node {
        id
        code
        name
      }
    }
    viewerCanUpdate
    viewerCanNotify
    viewerCanStart
    viewerCanCancel
  }
`);

export type VisitStatusName = 'PLANNED' | 'NOTIFIED' | 'IN_PROGRESS' | 'MINUTES_RECORDED' | 'CONCLUDED' | 'CANCELLED';

export const VISIT_STATUSES: readonly VisitStatusName[] = [
  'PLANNED',
  'NOTIFIED',
  'IN_PROGRESS',
  'MINUTES_RECORDED',
  'CONCLUDED',
  'CANCELLED',
];

/** The badge class of a status (styles.css). */
export function visitBadge(status: string): string {
  switch (status) {
    case 'CONCLUDED':
      return 'badge badge-done';
    case 'CANCELLED':
      return 'badge badge-cancelled';
    case 'IN_PROGRESS':
    case 'MINUTES_RECORDED':
      return 'badge badge-in-progress';
    case 'NOTIFIED':
      return 'badge badge-info';
    default:
      return 'badge';
  }
}
