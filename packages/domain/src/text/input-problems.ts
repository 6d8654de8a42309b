// Problems of an input, each under its field with a stable code the admin translates and a
// Vietnamese message for a client without a translation: how every input schema reports.
import type { z } from 'zod';

export interface InputProblem {
  /** The input field, dotted: "timing.end". */
  field: string;
  code: string;
  /** Vietnamese, for a client that has no translation of the code. */
  message: string;
}

/** The options of a zod refinement that reports `code` with `message`. */
export function inputIssue(code: string, message: string) {
  return { message, params: { code } };
}

/** zod's issues as problems under their fields, each with a stable code. */
export function inputProblems(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => {
    const params = 'params' in issue ? (issue.params as { code?: string } | undefined) : undefined;
    return {
      field: issue.path.map(String).join('.'),
      code: params?.code ?? 'INVALID',
      message: params?.code ? issue.message : 'Giá trị không hợp lệ.',
    };
  });
}
