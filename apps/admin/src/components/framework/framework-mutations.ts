// The framework editor's mutations. Each answers the framework as it is after the change (its nodes
// with what the tree and the editor show, totals, problems and version): graphcache merges it into
// the normalised Framework, so the page re-renders without another request.
import { graphql } from '../../graphql';
import { FrameworkTreeTable_FrameworkNodeFragment } from '../framework-tree-table';
import {
  ConflictErrorFields,
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
} from '../form/error-fragments';

export const FrameworkEditor_FrameworkFragment = graphql(
  `
    fragment FrameworkEditor_Framework on Framework {
      id
      version
      name
      maxPoints
      applicableMaxPhong: applicableMax(unitTypeCode: "phong")
      applicableMaxXa: applicableMax(unitTypeCode: "xa")
      problems
      problemsVi
      viewerCanEdit
      nodes {
        id
        ...FrameworkTreeTable_FrameworkNode
      }
    }
  `,
  [FrameworkTreeTable_FrameworkNodeFragment],
);

export const UpdateFrameworkNodeMutation = graphql(
  `
    mutation UpdateFrameworkNode($input: UpdateFrameworkNodeInput!) {
      updateFrameworkNode(input: $input) {
          __typename
          ... on FrameworkEditSuccess {
            framework {
              id
              ...FrameworkEditor_Framework
            }
            node {
              id
              code
            }
          }
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
          ...ConflictErrorFields
      }
    }
  `,
  [
    FrameworkEditor_FrameworkFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    ConflictErrorFields,
  ],
);

export const AddFrameworkNodeMutation = graphql(
  `
    mutation AddFrameworkNode($input: AddFrameworkNodeInput!) {
      addFrameworkNode(input: $input) {
          __typename
          ... on FrameworkEditSuccess {
            framework {
              id
              ...FrameworkEditor_Framework
            }
            node {
              id
              code
            }
          }
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
          ...ConflictErrorFields
      }
    }
  `,
  [
    FrameworkEditor_FrameworkFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    ConflictErrorFields,
  ],
);

export const RemoveFrameworkNodeMutation = graphql(
  `
    mutation RemoveFrameworkNode($input: RemoveFrameworkNodeInput!) {
      removeFrameworkNode(input: $input) {
          __typename
          ... on FrameworkEditSuccess {
            framework {
              id
              ...FrameworkEditor_Framework
            }
            node {
              id
              code
            }
          }
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
          ...ConflictErrorFields
      }
    }
  `,
  [
    FrameworkEditor_FrameworkFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    ConflictErrorFields,
  ],
);

export const MoveFrameworkNodeMutation = graphql(
  `
    mutation MoveFrameworkNode($input: MoveFrameworkNodeInput!) {
      moveFrameworkNode(input: $input) {
          __typename
          ... on FrameworkEditSuccess {
            framework {
              id
              ...FrameworkEditor_Framework
            }
            node {
              id
              code
            }
          }
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
          ...ConflictErrorFields
      }
    }
  `,
  [
    FrameworkEditor_FrameworkFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    ConflictErrorFields,
  ],
);

export const ImportFrameworkMutation = graphql(
  `
    mutation ImportFramework($input: ImportFrameworkInput!) {
      importFramework(input: $input) {
          __typename
          ... on FrameworkEditSuccess {
            framework {
              id
              ...FrameworkEditor_Framework
            }
            node {
              id
              code
            }
          }
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
          ...ConflictErrorFields
      }
    }
  `,
  [
    FrameworkEditor_FrameworkFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    ConflictErrorFields,
  ],
);

export const CopyFrameworkMutation = graphql(
  `
    mutation CopyFramework($input: CopyFrameworkInput!) {
      copyFramework(input: $input) {
          __typename
          ... on FrameworkEditSuccess {
            framework {
              id
              ...FrameworkEditor_Framework
            }
            node {
              id
              code
            }
          }
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
          ...ConflictErrorFields
      }
    }
  `,
  [
    FrameworkEditor_FrameworkFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    ConflictErrorFields,
  ],
);

export const FrameworkExportQuery = graphql(`
  query FrameworkExport($year: Int!) {
    year(year: $year) {
      id
      framework {
        id
        version
        exportJson
      }
    }
  }
`);

/** Any editor mutation's answer, as the editor reads it. */
export type EditAnswer =
  | { __typename: 'FrameworkEditSuccess' }
  | {
      __typename: 'ValidationError';
      message: string;
      code: string;
      problems: readonly { field: string; code: string; message: string }[];
    }
  | { __typename: 'ForbiddenError'; message: string; code: string; reason: string }
  | { __typename: 'NotFoundError'; message: string; code: string }
  | { __typename: 'ConflictError'; message: string; code: string };

/** The messages of a failed answer (the server's Vietnamese words, each problem on its own). */
export function answerMessages(answer: EditAnswer): string[] {
  if (answer.__typename === 'FrameworkEditSuccess') return [];
  if (answer.__typename === 'ValidationError' && answer.problems.length > 0)
    return answer.problems.map((p) => p.message);
  return [answer.message];
}
