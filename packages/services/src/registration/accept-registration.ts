// Home Affairs accepts a submitted registration (an optional comment). Kept in the history.
import { optionalText, TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { moveRegistration } from "./registration-move.js";

const schema = z.object({
  id: z.string().max(TEXT_LIMITS.id),
  version: z.number().int().min(1),
  comment: optionalText(TEXT_LIMITS.reason),
});
export type AcceptRegistrationInput = z.input<typeof schema>;

export function acceptRegistration(ctx: OperationContext, raw: AcceptRegistrationInput) {
  const input = validate(schema, raw);
  return moveRegistration(ctx, "accept", { id: input.id, version: input.version, comment: input.comment });
}
