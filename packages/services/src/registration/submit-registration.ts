// The unit's officer sends its registration (DRAFT or RETURNED, at least one item) to Home Affairs,
// with the names for the signature blocks. The history keeps each submission.
import { optionalText, TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { moveRegistration } from "./registration-move.js";

const schema = z.object({
  id: z.string().max(TEXT_LIMITS.id),
  version: z.number().int().min(1),
  /** "Người lập biểu" */
  preparerName: optionalText(TEXT_LIMITS.name),
  /** "Thủ trưởng cơ quan, đơn vị" */
  headName: optionalText(TEXT_LIMITS.name),
});
export type SubmitRegistrationInput = z.input<typeof schema>;

export function submitRegistration(ctx: OperationContext, raw: SubmitRegistrationInput) {
  const input = validate(schema, raw);
  return moveRegistration(ctx, "submit", {
    id: input.id,
    version: input.version,
    comment: null,
    extra: {
      ...(input.preparerName !== null ? { preparerName: input.preparerName } : {}),
      ...(input.headName !== null ? { headName: input.headName } : {}),
    },
  });
}
