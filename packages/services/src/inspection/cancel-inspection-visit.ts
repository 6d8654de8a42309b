// Cancel a visit before its conclusion, with a reason (kept on the visit and in the audit log); the
// window is free again.
import { type CancelInspectionVisitInput, cancelInspectionVisitInputSchema, VisitStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { moveInspectionVisit } from "./move-inspection-visit.js";

export function cancelInspectionVisit(ctx: OperationContext, raw: CancelInspectionVisitInput) {
  const input = validate(cancelInspectionVisitInputSchema, raw);
  return moveInspectionVisit(ctx, { ...input, to: VisitStatus.CANCELLED });
}
