// The visit a finding belongs to, loaded and checked for the writer: it exists, the viewer may do the
// action on it (Home Affairs, or an inspector on its team: the domain's `can`), and its findings are
// open (in progress or minutes recorded) unless `open: false` is asked.
import { type Action, visitAcceptsFindings, type VisitStatus } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { FindingsClosedError } from "./visit-step-errors.js";
import { VISIT_RESOURCE_SELECT, visitResource } from "./visit-resource.js";

export const FINDING_VISIT_SELECT = {
  ...VISIT_RESOURCE_SELECT,
  id: true,
  version: true,
  yearId: true,
} as const;

export async function requireFindingVisit(
  ctx: OperationContext,
  tx: Tx,
  visitId: string,
  action: Action = "finding.record",
  options: { open?: boolean } = {},
) {
  const visit = await tx.inspectionVisit.findUnique({ where: { id: visitId }, select: FINDING_VISIT_SELECT });
  if (!visit) throw new NotFoundError("cuộc kiểm tra");
  const viewer = requireAllowed(ctx.viewer, action, visitResource(visit));
  if (options.open !== false && !visitAcceptsFindings(visit.status as VisitStatus)) {
    throw new FindingsClosedError(visit.status);
  }
  return { visit, viewer };
}
