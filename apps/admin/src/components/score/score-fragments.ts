/**
 * The data the score pages read, as fragments next to the components that show it: a framework
 * leaf with its scoring rule, a stored entry of a leaf, and a scorecard leaf with its entries.
 */
import { graphql, type ResultOf } from '../../graphql';

export const ScoreLeaf_FrameworkNodeFragment = graphql(`
  fragment ScoreLeaf_FrameworkNode on FrameworkNode {
    id
    code
    parentId
    depth
    position
    name
    maxPoints
    isLeaf
    method
    scoreSource
    appliesTo
    evidenceHint
    methodConfig
  }
`);

export const ScoreEntry_ScorecardEntryFragment = graphql(`
  fragment ScoreEntry_ScorecardEntry on ScorecardEntry {
    id
    source
    version
    points
    inputsJson
    comment
    reasonCode
    authorName
    updatedAt
    evidence {
      id
      fileName
      url
    }
  }
`);

export const ScoreCard_ScorecardLeafFragment = graphql(
  `
    fragment ScoreCard_ScorecardLeaf on ScorecardLeaf {
      code
      applicable
      points
      source
      missing
      entries {
        ...ScoreEntry_ScorecardEntry
      }
    }
  `,
  [ScoreEntry_ScorecardEntryFragment],
);

/** The appraisal's view of a leaf adds the rule the points came from and the engine's notes (automatic leaves). */
export const ScoreAppraisal_ScorecardLeafFragment = graphql(
  `
    fragment ScoreAppraisal_ScorecardLeaf on ScorecardLeaf {
      code
      applicable
      points
      source
      missing
      rule
      notes
      entries {
        ...ScoreEntry_ScorecardEntry
      }
    }
  `,
  [ScoreEntry_ScorecardEntryFragment],
);

export type FrameworkLeafData = ResultOf<typeof ScoreLeaf_FrameworkNodeFragment>;
export type EntryData = ResultOf<typeof ScoreEntry_ScorecardEntryFragment>;
export type ScorecardLeafData = Omit<ResultOf<typeof ScoreCard_ScorecardLeafFragment>, 'entries'> & {
  entries: EntryData[];
  /** The appraisal's view only. */
  rule?: string;
  notes?: readonly string[];
};
