// Tell the unit of a planned visit: from now on its officer sees the visit, its window and scope.
import { type MoveInspectionVisitInput, moveInspectionVisitInputSchema, VisitStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { validate } from "../validate.js";
import { moveInspectionVisit } from "./move-inspection-visit.js";

export function notifyInspectionVisit(ctx: OperationContext, raw: MoveInspectionVisitInput) {
  const input = validate(moveInspectionVisitInputSchema, raw);
  return moveInspectionVisit(ctx, { ...input, to: VisitStatus.NOTIFIED });
}
