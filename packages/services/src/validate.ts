import { inputProblems } from "@cchc/domain";
import type { z } from "zod";
import { ValidationError } from "./errors.js";

/** Parses an operation's input with its domain schema, or throws every problem under its field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(inputProblems(parsed.error));
  return parsed.data;
}
