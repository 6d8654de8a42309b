import type { EvidenceFileProblemCode } from "@cchc/domain";
import { AppError } from "../errors.js";

/** An uploaded file refused by the domain's evidence rules (empty, too large, type, name). */
export class FileRejectedError extends AppError {
  constructor(
    readonly reason: EvidenceFileProblemCode,
    message: string,
  ) {
    super(message, reason);
  }
}
