import { useRef, useState } from 'react';
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { Problem } from '../../lib/user-form';
import { useProblemText, type CodedMessage } from './error-text';
import { deniedMessage, type Placement, requestErrorMessage, showProblems } from './server-problems';

/** The error answers a mutation shares (besides its success and a conflict). */
export type ErrorAnswer =
  | { __typename: 'ValidationError'; code: string; message: string; problems: readonly Problem[] }
  | { __typename: 'ForbiddenError'; code: string; message: string; reason: string }
  | { __typename: 'NotFoundError'; code: string; message: string };

/**
 * A form that sends a mutation and shows what the server answered: problems under their fields
 * (by code, translated), the others at the top of the form (`alertRef`, `messages`), which gets
 * focus when no field has a problem.
 */
export function useServerForm<V extends FieldValues, F extends Path<V> & string>({
  form,
  fields,
  failedKey,
  params,
  place,
}: {
  form: { setError: UseFormSetError<V> };
  fields: readonly F[];
  /** The words of a request without an answer; `{{message}}` is the request's error. */
  failedKey: string;
  /** Placeholders of the problems' translations. */
  params?: Record<string, unknown>;
  /** Problems → the fields showing them, and the rest (by default: by the path's first part). */
  place?: Placement<F>;
}) {
  const { t } = useTranslation();
  const [top, setTop] = useState<CodedMessage[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);
  const { text, fieldError } = useProblemText(params);
  const focusTop = () => window.setTimeout(() => alertRef.current?.focus(), 0);

  const fail = (problems: readonly Problem[], others: CodedMessage[] = []) =>
    setTop(showProblems(form, fields, problems, others, focusTop, place));

  /** A request that failed without an answer (or with none). */
  const failRequest = (error: CombinedError | undefined) =>
    fail([], [{ message: t(failedKey, { message: error ? requestErrorMessage(error) : '' }) }]);

  /** A validation, forbidden or not-found answer; `notFoundCode` names what was not found. */
  const failAnswer = (answer: ErrorAnswer, notFoundCode?: string) => {
    switch (answer.__typename) {
      case 'ValidationError':
        return fail(answer.problems, answer.problems.length === 0 ? [answer] : []);
      case 'ForbiddenError':
        return fail([], [deniedMessage(answer)]);
      case 'NotFoundError':
        return fail([], [notFoundCode ? { code: notFoundCode, message: answer.message } : answer]);
    }
  };

  /** The form's own check failed: its problem of the whole form (if any) at the top. */
  const showInvalid = (invalid: FieldErrors<V>) => {
    const root = invalid.root;
    setTop(root?.message ? [{ code: String(root.type), message: root.message }] : []);
  };

  return {
    alertRef,
    messages: top.map((problem) => text(problem)),
    setTop,
    focusTop,
    fail,
    failRequest,
    failAnswer,
    showInvalid,
    fieldError,
  };
}
