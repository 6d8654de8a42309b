import { graphql } from '../../graphql';

/** What the results' state and its actions need of the year (also the answer of lock/approve/publish). */
export const SnapshotPanel_EvaluationYearFragment = graphql(`
  fragment SnapshotPanel_EvaluationYear on EvaluationYear {
    id
    year
    status
    asOf
    viewerCanLockResults
    authority {
      id
      code
    }
    resultSnapshot {
      id
      version
      lockedAt
      lockedByName
      approvedAt
      approvedByName
      publishedAt
      publishedByName
      viewerCanApprove
      viewerCanPublish
    }
  }
`);
