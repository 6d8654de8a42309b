import type { VisitClash } from "@cchc/domain";
import { AppError } from "../errors.js";

/**
 * The visit would book a unit or an inspector twice in overlapping windows: nothing was written. Each
 * clash names who or which unit and the other visit's date and window (its message is Vietnamese).
 */
export class VisitConflictError extends AppError {
  constructor(readonly clashes: VisitClash[]) {
    super(clashes.map((c) => c.message).join(" "), "VISIT_CONFLICT");
  }
}
