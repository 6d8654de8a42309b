// The GraphQL face of the expected failures that live with the operations (@cchc/services): union
// members implementing `Error`, so clients match on them instead of parsing messages.
import {
  AppError,
  ConflictError,
  DemoPasswordRefusedError,
  LoginThrottledError,
  ForbiddenError,
  InvalidCredentialsError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from "@cchc/services";
import { builder } from "../builder.js";

export {
  AppError,
  ConflictError,
  DemoPasswordRefusedError,
  LoginThrottledError,
  ForbiddenError,
  InvalidCredentialsError,
  NotFoundError,
  ValidationError,
};

export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "An expected failure: a message for the person (Vietnamese) and a stable code.",
  fields: (t) => ({
    message: t.exposeString("message"),
    code: t.exposeString("code"),
  }),
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

export const DenyReasonEnum = builder.enumType("DenyReason", {
  values: ["NOT_SIGNED_IN", "YEAR_PUBLISHED", "NOT_YOUR_UNIT", "NOT_ON_TEAM", "ROLE"] as const,
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The viewer may not do this to this record (the `viewerCan…` fields say so beforehand).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: (t) => ({ reason: t.expose("reason", { type: DenyReasonEnum }) }),
});

const FieldProblemRef = builder.objectRef<FieldProblem>("FieldProblem").implement({
  fields: (t) => ({
    field: t.exposeString("field", { description: 'The input field, e.g. "timing.end".' }),
    code: t.exposeString("code", { description: "Stable; clients translate it." }),
    message: t.exposeString("message", { description: "Vietnamese; for clients without a translation." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    problems: t.field({ type: [FieldProblemRef], resolve: (e) => e.problems }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description:
    "The record changed since the person loaded it; nothing was written. Reload it (`entity`, `currentId`, " +
    "`currentVersion`; for a plan task `current` holds its values now) and decide again.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: (t) => ({
    entity: t.exposeString("entity", { description: 'The kind of record: "PlanTask", "User", "EvaluationYear".' }),
    currentId: t.exposeID("currentId"),
    currentVersion: t.exposeInt("currentVersion"),
    current: t.prismaField({
      type: "PlanTask",
      nullable: true,
      description: "The plan task as it is now (null when the record is not a plan task).",
      resolve: (query, e, _args, ctx) =>
        e.entity === "PlanTask" ? ctx.prisma.planTask.findUnique({ ...query, where: { id: e.currentId } }) : null,
    }),
  }),
});

builder.objectType(LoginThrottledError, {
  name: "LoginThrottledError",
  description: "Too many wrong passwords for this account or address: wait, or the lock ends.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof LoginThrottledError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds"),
    locked: t.exposeBoolean("locked", { description: "Temporarily locked (rather than a short delay)." }),
  }),
});

builder.objectType(DemoPasswordRefusedError, {
  name: "DemoPasswordRefusedError",
  description: "The public demo password is refused on a production server.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DemoPasswordRefusedError,
});
