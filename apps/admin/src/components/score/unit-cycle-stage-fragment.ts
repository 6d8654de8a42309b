// One stage of a unit's cycle as the score pages show it (the stage banner, the submit action, the
// appraisal summary), selected once. `@_unmask`: the fields read directly on the result.
import { graphql } from '../../graphql';

export const UnitCycleStageFields = graphql(`
  fragment UnitCycleStageFields on UnitCycleStage @_unmask {
    stage
    opensOn
    closesOn
    state
    reopenedUntil
    submittedAt
    submittedByName
    submittable
  }
`);
