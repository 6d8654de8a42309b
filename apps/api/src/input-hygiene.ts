// Input hygiene in one place, for every argument of every operation: before anything runs, each
// string in the variables and in the document's literals is checked: NUL (and other control
// characters) and lone UTF-16 surrogates are refused with BAD_USER_INPUT naming where, and
// variables are NFC-normalised (a Vietnamese letter typed as base + combining marks becomes one code
// point). Per-field rules (visible text, length caps) live in the domain's input schemas
// (packages/domain/src/text/input-text.ts). Messages never repeat the input.
import type { ApolloServerPlugin } from "@apollo/server";
import { hasControlCharacter, isWellFormedText } from "@cchc/domain";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";

/** Longer strings than this are refused anywhere, before any field's own cap. */
export const MAX_STRING_LENGTH = 100_000;

function problemOf(value: string): string | null {
  if (value.length > MAX_STRING_LENGTH) return `dài quá ${MAX_STRING_LENGTH} ký tự`;
  if (!isWellFormedText(value)) return "chứa ký tự không hợp lệ (UTF-16 hỏng)";
  if (hasControlCharacter(value)) return "chứa ký tự điều khiển không hợp lệ";
  return null;
}

function refuse(where: string, problem: string): never {
  throw new GraphQLError(`Dữ liệu không hợp lệ: giá trị tại "${where}" ${problem}.`, {
    extensions: { code: "BAD_USER_INPUT", field: where, http: { status: 400 } },
  });
}

/** Checks and NFC-normalises every string in a JSON value, in place; object keys are checked too. */
export function cleanVariables(value: unknown, where: string): unknown {
  if (typeof value === "string") {
    const problem = problemOf(value);
    if (problem) refuse(where, problem);
    return value.normalize("NFC");
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleanVariables(value[i], `${where}.${i}`);
    return value;
  }
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const keyProblem = problemOf(key);
      if (keyProblem) refuse(where, `có tên trường ${keyProblem}`);
      record[key] = cleanVariables(record[key], `${where}.${key}`);
    }
  }
  return value;
}

function checkLiterals(document: DocumentNode): void {
  visit(document, {
    [Kind.STRING]: (node) => {
      const problem = problemOf(node.value);
      if (problem) refuse(`dòng ${node.loc?.startToken.line ?? "?"}`, problem);
    },
  });
}

export function inputHygienePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkLiterals(document);
          if (request.variables) cleanVariables(request.variables, "$");
        },
      };
    },
  };
}
