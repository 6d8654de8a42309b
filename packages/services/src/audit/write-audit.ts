import { jsonColumns } from "@cchc/db";
import type { Tx } from "../context.js";
import { auditEvent, type AuditEvent } from "./catalogue.js";

/**
 * Appends one audit entry inside the operation's transaction (so it is written exactly when the
 * change is). The event is checked against the catalogue first: a snapshot that does not match its
 * action's shape is a programming error and fails the whole operation.
 */
export async function writeAudit(tx: Tx, actorId: string | null, event: AuditEvent): Promise<void> {
  const e = auditEvent.parse(event);
  await tx.auditLog.create({
    data: {
      actorId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: "before" in e && e.before !== null ? jsonColumns.auditSnapshot.toJson(e.before) : undefined,
      after: "after" in e ? jsonColumns.auditSnapshot.toJson(e.after) : undefined,
      reason: "reason" in e ? e.reason : null,
    },
  });
}

/**
 * Appends several audit entries in one statement (a batch operation), each checked like
 * `writeAudit`'s, stamped with the operation's clock (`at`).
 */
export async function writeAudits(
  tx: Tx,
  actorId: string | null,
  events: readonly AuditEvent[],
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  await tx.auditLog.createMany({
    data: events.map((event) => {
      const e = auditEvent.parse(event);
      return {
        at,
        actorId,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        before: "before" in e && e.before !== null ? jsonColumns.auditSnapshot.toJson(e.before) : undefined,
        after: "after" in e ? jsonColumns.auditSnapshot.toJson(e.after) : undefined,
        reason: "reason" in e ? e.reason : null,
      };
    }),
  });
}

/** Reads an audit row back as its catalogued event (throws on a row that does not match). */
export function readAudit(row: {
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}): AuditEvent {
  const { before, after, ...rest } = row;
  // a NULL column is an absent snapshot, or a `before: null` the action declares (a first save, a first lock)
  const shape = auditEvent.options.find((o) => o.shape.action.value === row.action)?.shape;
  const nullBefore = shape !== undefined && "before" in shape;
  return auditEvent.parse({
    ...rest,
    ...(before === null ? (nullBefore ? { before: null } : {}) : { before }),
    ...(after === null ? {} : { after }),
  });
}
