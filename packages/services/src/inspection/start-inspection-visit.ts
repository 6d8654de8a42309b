// The team is on the spot: the visit is in progress and takes findings.
import { type MoveInspectionVisitInput, moveInspectionVisitInputSchema, VisitStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { moveInspectionVisit } from "./move-inspection-visit.js";

export function startInspectionVisit(ctx: OperationContext, raw: MoveInspectionVisitInput) {
  const input = validate(moveInspectionVisitInputSchema, raw);
  return moveInspectionVisit(ctx, { ...input, to: VisitStatus.IN_PROGRESS });
}
