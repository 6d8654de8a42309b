// Home Affairs returns a submitted registration with a comment (what to fix; required). The officer
// then edits it and submits again. Kept in the history.
import { inputIssue, requiredText, TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { moveRegistration } from "./registration-move.js";

const schema = z.object({
  id: z.string().max(TEXT_LIMITS.id),
  version: z.number().int().min(1),
  comment: z
    .string()
    .min(1, inputIssue("REQUIRED", "Cần ghi ý kiến khi trả lại bản đăng ký."))
    .pipe(requiredText(TEXT_LIMITS.reason)),
});
export type ReturnRegistrationInput = z.input<typeof schema>;

export function returnRegistration(ctx: OperationContext, raw: ReturnRegistrationInput) {
  const input = validate(schema, raw);
  return moveRegistration(ctx, "return", { id: input.id, version: input.version, comment: input.comment });
}
