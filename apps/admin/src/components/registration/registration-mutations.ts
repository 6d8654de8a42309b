import { graphql } from '../../graphql';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';
import { RegistrationViewFields } from './registration-fragments';

export const SaveRegistrationItemMutation = graphql(
  `
  mutation SaveRegistrationItem($input: SaveRegistrationItemInput!) {
    saveRegistrationItem(input: $input) {
      __typename
      ... on RegistrationSuccess {
        itemId
        registration {
          ...RegistrationViewFields
        }
      }
      ... on RegistrationStatusError {
        message
        code
        status
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [
    RegistrationViewFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const DeleteRegistrationItemMutation = graphql(
  `
  mutation DeleteRegistrationItem($input: DeleteRegistrationItemInput!) {
    deleteRegistrationItem(input: $input) {
      __typename
      ... on RegistrationSuccess {
        registration {
          ...RegistrationViewFields
        }
      }
      ... on RegistrationStatusError {
        message
        code
        status
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [
    RegistrationViewFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const MoveRegistrationItemMutation = graphql(
  `
  mutation MoveRegistrationItem($input: MoveRegistrationItemInput!) {
    moveRegistrationItem(input: $input) {
      __typename
      ... on RegistrationSuccess {
        registration {
          ...RegistrationViewFields
        }
      }
      ... on RegistrationStatusError {
        message
        code
        status
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [
    RegistrationViewFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const SubmitRegistrationMutation = graphql(
  `
  mutation SubmitRegistration($input: SubmitRegistrationInput!) {
    submitRegistration(input: $input) {
      __typename
      ... on RegistrationSuccess {
        registration {
          ...RegistrationViewFields
        }
      }
      ... on RegistrationStatusError {
        message
        code
        status
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [
    RegistrationViewFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const AcceptRegistrationMutation = graphql(
  `
  mutation AcceptRegistration($input: ReviewRegistrationInput!) {
    acceptRegistration(input: $input) {
      __typename
      ... on RegistrationSuccess {
        registration {
          ...RegistrationViewFields
        }
      }
      ... on RegistrationStatusError {
        message
        code
        status
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [
    RegistrationViewFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const ReturnRegistrationMutation = graphql(
  `
  mutation ReturnRegistration($input: ReviewRegistrationInput!) {
    returnRegistration(input: $input) {
      __typename
      ... on RegistrationSuccess {
        registration {
          ...RegistrationViewFields
        }
      }
      ... on RegistrationStatusError {
        message
        code
        status
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [
    RegistrationViewFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const SubmitUnitPlanMutation = graphql(
  `
  mutation SubmitUnitPlan($input: SubmitUnitPlanInput!) {
    submitUnitPlan(input: $input) {
      __typename
      ... on SubmitUnitPlanSuccess {
        unitPlan {
          id
          version
          documentNumber
          issuedOn
          submittedAt
          submittedByName
          timing
          file {
            id
            fileName
            url
          }
        }
      }
      ... on RegistrationStatusError {
        message
        code
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, VersionConflictErrorFields],
);

/** The words of a failed answer (not a field problem): its code translated, else the server's words. */
export function answerText(
  t: (key: string | string[], options?: Record<string, unknown>) => string,
  answer: { __typename: string; message?: string; code?: string; problems?: ReadonlyArray<{ message: string }> },
): string {
  if (answer.__typename === 'ValidationError' && answer.problems?.length) {
    return answer.problems.map((p) => p.message).join(' ');
  }
  return t([`registration.answer.${answer.__typename}`], { defaultValue: answer.message ?? '' });
}
