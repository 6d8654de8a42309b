import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A problem as forms hold it: a stable code and the server's own (Vietnamese) words. */
export interface CodedMessage {
  code?: string | undefined;
  message: string;
}

/**
 * Words for coded problems, in the UI's language: `problems.<field>.<CODE>`, else
 * `problems.<CODE>`, else the message as the server (or the domain) wrote it. `params` fill the
 * translations' placeholders (e.g. the plan year). Field errors keep the code as their `type`.
 */
export function useProblemText(params: Record<string, unknown> = {}) {
  const { t } = useTranslation();
  const text = (problem: CodedMessage, field?: string): string => {
    if (!problem.code) return problem.message;
    const keys = field
      ? [`problems.${field}.${problem.code}`, `problems.${problem.code}`]
      : [`problems.${problem.code}`];
    return t(keys, { ...params, defaultValue: problem.message });
  };
  const fieldError = (error: FieldError | undefined, field: string): string | undefined =>
    error?.message === undefined ? undefined : text({ code: error.type, message: error.message }, field);
  return { text, fieldError };
}
