// Every audited action with the shape of its before/after, in one catalogue. `writeAudit` accepts
// only these events, so an entry's snapshot always matches its action and can be read back typed.
import { TaskStatus, TimingKindDb } from "./enum-schemas.js";
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The fields of a plan task that `plan_task.update` records. */
export const planTaskSnapshot = z.object({
  version: z.number().int(),
  status: TaskStatus,
  timingKind: TimingKindDb,
  windowStart: isoDate.nullable(),
  windowEnd: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  timingOverridden: z.boolean(),
  timingNote: z.string().nullable(),
});
export type PlanTaskSnapshot = z.infer<typeof planTaskSnapshot>;

export const auditEvent = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("plan_task.update"),
    entity: z.literal("PlanTask"),
    entityId: z.string(),
    before: planTaskSnapshot,
    after: planTaskSnapshot,
    reason: z.string().nullable(),
  }),
  z.object({ action: z.literal("auth.login"), entity: z.literal("User"), entityId: z.string() }),
  z.object({
    action: z.literal("auth.login_failed"),
    entity: z.literal("User"),
    /** The account, when the email names one. */
    entityId: z.string().nullable(),
    after: z.object({ email: z.string() }),
  }),
  z.object({ action: z.literal("auth.logout"), entity: z.literal("User"), entityId: z.string() }),
  /** Written by the seed (packages/db), which cannot depend on this package: the shape is kept in step here. */
  z.object({
    action: z.literal("seed.sample_year"),
    entity: z.literal("EvaluationYear"),
    entityId: z.string(),
    after: z.object({
      year: z.number().int(),
      units: z.number().int(),
      tasks: z.number().int(),
      frameworkProblems: z.number().int(),
    }),
    reason: z.string().nullable(),
  }),
]);
export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditAction = AuditEvent["action"];
export const AUDIT_ACTIONS = auditEvent.options.map((o) => o.shape.action.value);
