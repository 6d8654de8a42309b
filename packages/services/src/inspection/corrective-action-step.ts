// What every step of a corrective action writes once the action is loaded and the step allowed
// (`requireActionStep`): the new status at the version the person saw (a conflict otherwise), one
// history event with the step's note or reason, and the audit entry with the action before and after.
import type { ActionStatus, Prisma } from "@cchc/db";
import type { AuditEvent, CorrectiveActionSnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { Tx } from "../context.js";
import { ConflictError } from "../errors.js";
import {
  CORRECTIVE_ACTION_SELECT,
  correctiveActionSnapshot,
  type requireActionStep,
} from "./corrective-action-record.js";

type StepRow = Awaited<ReturnType<typeof requireActionStep>>["row"];

export async function recordActionStep(
  tx: Tx,
  row: StepRow,
  step: {
    actorId: string;
    at: Date;
    to: ActionStatus;
    /** The step's other columns (the status and the version are set here). */
    data: Omit<Prisma.CorrectiveActionUpdateManyMutationInput, "status" | "version">;
    /** Kept on the history event: the fix's note, the verification's note, the reason to reopen. */
    note: string | null;
    /** Written after the status, before the action is read again (e.g. evidence attached to it). */
    afterWrite?: () => Promise<unknown>;
    /** The audit entry of the step, given the action's snapshots. */
    audit: (snapshots: {
      entityId: string;
      before: CorrectiveActionSnapshot;
      after: CorrectiveActionSnapshot;
    }) => AuditEvent;
  },
): Promise<{ actionId: string }> {
  const written = await tx.correctiveAction.updateMany({
    where: { id: row.id, version: row.version },
    data: { ...step.data, status: step.to, version: { increment: 1 } },
  });
  if (written.count === 0) throw new ConflictError("CorrectiveAction", row.id, row.version);
  await step.afterWrite?.();
  await tx.correctiveActionEvent.create({
    data: {
      actionId: row.id,
      fromStatus: row.status,
      toStatus: step.to,
      note: step.note,
      actorId: step.actorId,
      at: step.at,
    },
  });
  const after = await tx.correctiveAction.findUniqueOrThrow({
    where: { id: row.id },
    select: CORRECTIVE_ACTION_SELECT,
  });
  await writeAudit(
    tx,
    step.actorId,
    step.audit({ entityId: row.id, before: correctiveActionSnapshot(row), after: correctiveActionSnapshot(after) }),
  );
  return { actionId: row.id };
}
