// The audit trail (append-only in the database): who did what, when, why, with before/after.
import { jsonColumns } from "@cchc/db";
import { builder } from "../builder.js";

builder.prismaObject("AuditLog", {
  name: "AuditEntry",
  description: "One audited action. Readable by the administrator, Home Affairs and leadership.",
  // Object-level: an entry reached through any path is shown only to those who may read the trail.
  authScopes: { permission: "viewAudit" },
  fields: (t) => ({
    id: t.id({ select: { id: true }, resolve: (e) => String(e.id) }),
    at: t.expose("at", { type: "DateTime" }),
    action: t.exposeString("action", { description: 'A catalogued action, e.g. "plan_task.update" (@cchc/services).' }),
    entity: t.exposeString("entity"),
    entityId: t.exposeString("entityId", { nullable: true }),
    actor: t.relation("actor", { nullable: true }),
    reason: t.exposeString("reason", { nullable: true }),
    before: t.string({
      nullable: true,
      description: "The snapshot before, as JSON text.",
      select: { before: true },
      resolve: (e) => (e.before === null ? null : JSON.stringify(jsonColumns.auditSnapshot.parse(e.before))),
    }),
    after: t.string({
      nullable: true,
      description: "The snapshot after, as JSON text.",
      select: { after: true },
      resolve: (e) => (e.after === null ? null : JSON.stringify(jsonColumns.auditSnapshot.parse(e.after))),
    }),
  }),
});

builder.queryField("auditEntries", (t) =>
  t.prismaConnection(
    {
      type: "AuditLog",
      cursor: "id",
      description: "The audit trail, newest first; optionally of one record.",
      authScopes: { permission: "viewAudit" },
      defaultSize: 50,
      maxSize: 200,
      args: {
        entity: t.arg.string({ required: false }),
        entityId: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditLog.findMany({
          ...query,
          where: {
            ...(args.entity ? { entity: args.entity } : {}),
            ...(args.entityId ? { entityId: args.entityId } : {}),
          },
          orderBy: { id: "desc" },
        }),
    },
    { description: "A page of audit entries." },
  ),
);
