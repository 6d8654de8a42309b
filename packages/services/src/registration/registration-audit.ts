// The audited actions of the unit's own plan and the registration form (kept in the one catalogue,
// ../audit/catalogue.ts, which spreads these). Budgets are strings of digits (bigint đồng).
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"]);

/** A unit's own plan as `unit_plan.submit` records it. */
export const unitPlanSnapshot = z.object({
  version: z.number().int(),
  yearId: z.string(),
  unitId: z.string(),
  documentNumber: z.string(),
  issuedOn: isoDate,
  submittedAt: z.string(),
  fileId: z.string().nullable(),
  /** on_time / late on the server's clock */
  timing: z.string(),
});
export type UnitPlanSnapshot = z.infer<typeof unitPlanSnapshot>;

/** One item of a registration as `registration_item.*` record it. */
export const registrationItemSnapshot = z.object({
  version: z.number().int(),
  registrationId: z.string(),
  position: z.number().int(),
  content: z.string(),
  resultProduct: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  leadUnitId: z.string().nullable(),
  coordinatingUnitIds: z.array(z.string()),
  budgetVnd: z.string(),
  note: z.string().nullable(),
});
export type RegistrationItemSnapshot = z.infer<typeof registrationItemSnapshot>;

/** The registration's state as its moves record it. */
export const registrationStateSnapshot = z.object({
  version: z.number().int(),
  status,
  totalBudgetVnd: z.string(),
  items: z.number().int(),
});
export type RegistrationStateSnapshot = z.infer<typeof registrationStateSnapshot>;

export const REGISTRATION_AUDIT_EVENTS = [
  /** A unit's own CCHC plan sent, or replaced (before: the replaced one). */
  z.object({
    action: z.literal("unit_plan.submit"),
    entity: z.literal("UnitPlanDocument"),
    entityId: z.string(),
    before: unitPlanSnapshot.nullable().default(null),
    after: unitPlanSnapshot,
  }),
  z.object({
    action: z.literal("registration_item.save"),
    entity: z.literal("RegistrationItem"),
    entityId: z.string(),
    /** null (absent once read back) for a new item */
    before: registrationItemSnapshot.nullable().default(null),
    after: registrationItemSnapshot.extend({ totalBudgetVnd: z.string() }),
  }),
  z.object({
    action: z.literal("registration_item.delete"),
    entity: z.literal("RegistrationItem"),
    entityId: z.string(),
    before: registrationItemSnapshot,
  }),
  z.object({
    action: z.literal("registration_item.move"),
    entity: z.literal("RegistrationItem"),
    entityId: z.string(),
    before: z.object({ position: z.number().int() }),
    after: z.object({ position: z.number().int() }),
  }),
  /** The registration sent to Home Affairs. */
  z.object({
    action: z.literal("registration.submit"),
    entity: z.literal("UnitRegistration"),
    entityId: z.string(),
    before: registrationStateSnapshot,
    after: registrationStateSnapshot,
    reason: z.string().nullable(),
  }),
  /** The registration accepted by Home Affairs. */
  z.object({
    action: z.literal("registration.accept"),
    entity: z.literal("UnitRegistration"),
    entityId: z.string(),
    before: registrationStateSnapshot,
    after: registrationStateSnapshot,
    reason: z.string().nullable(),
  }),
  /** The registration returned by Home Affairs with its comment (the reason). */
  z.object({
    action: z.literal("registration.return"),
    entity: z.literal("UnitRegistration"),
    entityId: z.string(),
    before: registrationStateSnapshot,
    after: registrationStateSnapshot,
    reason: z.string().nullable(),
  }),
] as const;
