import { graphql } from '../graphql';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

/** "Lên"/"Xuống": a task swaps places with its neighbour in its area (Home Affairs). */
export const MovePlanTaskMutation = graphql(
  `
    mutation MovePlanTask($input: MovePlanTaskInput!) {
      movePlanTask(input: $input) {
        __typename
        ... on PlanTaskChanged {
          task {
            id
            position
            version
          }
        }
        ... on ConflictError {
          message
          code
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);
