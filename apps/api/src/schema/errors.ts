// Expected failures are results, not exceptions: union members implementing `Error`.
import { builder } from "../builder.js";

import { AppError } from "../app-error.js";

export { AppError };

export class InvalidCredentialsError extends AppError {
  constructor() {
    super("Email hoặc mật khẩu không đúng.", "INVALID_CREDENTIALS");
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
