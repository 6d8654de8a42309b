// Expected failures are results, not exceptions: union members implementing `Error`.
import { builder } from "../builder.js";

import { AppError } from "../app-error.js";

export { AppError };

export class InvalidCredentialsError extends AppError {
  constructor() {
    super("Email hoặc mật khẩu không đúng.", "INVALID_CREDENTIALS");
  }
}

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** Input a person can correct: every problem, each under the field it belongs to. */
export class ValidationError extends AppError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join(" "), "VALIDATION_FAILED");
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`Không tìm thấy ${what}.`, "NOT_FOUND");
  }
}

export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "An expected failure: a message for the person (Vietnamese) and a stable code.",
  fields: (t) => ({
    message: t.exposeString("message"),
    code: t.exposeString("code"),
  }),
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

const FieldProblemRef = builder.objectRef<FieldProblem>("FieldProblem").implement({
  fields: (t) => ({
    field: t.exposeString("field", { description: "The input field, e.g. \"timing.end\"." }),
    code: t.exposeString("code"),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    problems: t.field({ type: [FieldProblemRef], resolve: (e) => e.problems }),
  }),
});
