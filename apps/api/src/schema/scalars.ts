import { dbDateToIso } from "@cchc/db";
import { isIsoDate } from "@cchc/domain";
import { GraphQLError, Kind, valueFromASTUntyped } from "graphql";
import { builder } from "../builder.js";

function parseIsoDate(value: unknown): string {
  if (isIsoDate(value)) return value;
  throw new GraphQLError(`Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${String(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

builder.scalarType("Date", {
  description: 'A calendar date "YYYY-MM-DD" (Asia/Ho_Chi_Minh); no time, no zone shifting.',
  serialize: (value) => (value instanceof Date ? dbDateToIso(value) : value),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 with zone.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) {
      throw new GraphQLError(`Thời điểm không hợp lệ: ${String(value)}`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return d;
  },
});

builder.scalarType("JSON", {
  description: "A JSON value (e.g. a leaf's method inputs); its shape is checked by the operation that receives it.",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});
