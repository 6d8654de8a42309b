// What a client sees of an error: a clear message and a code, never a stack trace. Expected
// failures keep their message; anything unexpected is logged and masked.
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { InputValidationError } from "@pothos/plugin-validation";
import { AppError } from "@cchc/services";
import { INTROSPECTION_DISABLED } from "./security/introspection.js";
import { QUERY_TOO_COMPLEX, QueryLimitError, TOKEN_LIMIT_MESSAGE } from "./security/query-limits.js";

const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  INTROSPECTION_DISABLED,
]);

export const INTERNAL_MESSAGE = "Lỗi máy chủ nội bộ. Vui lòng thử lại sau.";

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = (e) => console.error(e),
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  // A query limit (security/query-limits.ts): Apollo wraps it as a validation error; show our code.
  const limited =
    original instanceof QueryLimitError ? original : (original as { originalError?: unknown })?.originalError;
  if (limited instanceof QueryLimitError) {
    return {
      message: limited.message,
      ...base,
      extensions: { code: QUERY_TOO_COMPLEX, limit: limited.limit, max: limited.max },
    };
  }
  const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (tokens && formatted.extensions?.code === "GRAPHQL_PARSE_FAILED") {
    const max = Number(tokens[1]);
    return {
      message: new QueryLimitError("tokens", max).message,
      extensions: { code: QUERY_TOO_COMPLEX, limit: "tokens", max },
    };
  }
  if (original instanceof AppError) {
    return { message: original.message, ...base, extensions: { code: original.code } };
  }
  if (original instanceof InputValidationError) {
    return { message: `Dữ liệu không hợp lệ: ${original.message}`, ...base, extensions: { code: "BAD_USER_INPUT" } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    return { message: withoutEcho(formatted.message), ...base, extensions: { code } };
  }
  log(original);
  return { message: INTERNAL_MESSAGE, ...base, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * graphql-js quotes the offending value in its messages ("got invalid value …"): never send a large
 * input back. Long quoted values are elided and the whole message is capped.
 */
export function withoutEcho(message: string): string {
  const elided = message.replace(/"(?:[^"\\]|\\.){40,}"/g, '"…"').replace(/\{[^{}]{200,}\}/g, "{…}");
  return elided.length > 500 ? `${elided.slice(0, 499)}…` : elided;
}
