// The expected-failure answers every mutation selects, defined once. `@_unmask` keeps their fields
// readable on the result (no readFragment needed); gql.tada removes the directive before sending.
import { graphql } from '../../graphql';

export const ValidationErrorFields = graphql(`
  fragment ValidationErrorFields on ValidationError @_unmask {
    message
    code
    problems {
      field
      code
      message
    }
  }
`);

export const ForbiddenErrorFields = graphql(`
  fragment ForbiddenErrorFields on ForbiddenError @_unmask {
    message
    code
    reason
  }
`);

export const NotFoundErrorFields = graphql(`
  fragment NotFoundErrorFields on NotFoundError @_unmask {
    message
    code
  }
`);

export const ConflictErrorFields = graphql(`
  fragment ConflictErrorFields on ConflictError @_unmask {
    message
    code
  }
`);

/** A conflict on a versioned record, with the version it has now (to reload and decide again). */
export const VersionConflictErrorFields = graphql(`
  fragment VersionConflictErrorFields on ConflictError @_unmask {
    message
    code
    currentVersion
  }
`);

export const StageClosedErrorFields = graphql(`
  fragment StageClosedErrorFields on StageClosedError @_unmask {
    message
    code
    locked
  }
`);
