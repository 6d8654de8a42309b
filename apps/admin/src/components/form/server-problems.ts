import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { CombinedError } from 'urql';
import { placeProblems, type Problem } from '../../lib/user-form';
import type { CodedMessage } from './error-text';

/** A request that failed without an answer (network, GraphQL error): its words. */
export function requestErrorMessage(error: CombinedError): string {
  if (error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message).join('; ');
  return error.networkError?.message ?? error.message;
}

/** Problems → the first one of each field showing them, and the rest. */
export type Placement<F extends string> = (problems: readonly Problem[]) => {
  fields: Map<F, Problem>;
  rest: Problem[];
};

/**
 * Puts a server's problems on a form: each under its field (focus on the first such field), the
 * others (with `others`) at the top of the form, which gets focus when no field has a problem.
 * Answers the problems for the top. `place` says which field shows a problem (by default the path's
 * first part).
 */
export function showProblems<V extends FieldValues, F extends Path<V> & string>(
  form: { setError: UseFormSetError<V> },
  fields: readonly F[],
  problems: readonly Problem[],
  others: CodedMessage[],
  focusTop: () => void,
  place: Placement<F> = (all) => placeProblems(all, fields),
): CodedMessage[] {
  const placed = place(problems);
  const first = fields.find((name) => placed.fields.has(name));
  for (const name of fields) {
    const problem = placed.fields.get(name);
    if (problem) form.setError(name, { type: problem.code, message: problem.message }, { shouldFocus: name === first });
  }
  if (!first) focusTop();
  return [...others, ...placed.rest];
}

/** A forbidden answer as a coded message (`problems.denied.<REASON>`). */
export function deniedMessage(error: { reason: string; message: string }): CodedMessage {
  return { code: `denied.${error.reason}`, message: error.message };
}
