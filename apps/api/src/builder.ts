// The Pothos builder: configuration only (plugins, scalars, context, Prisma). Types live in src/schema.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { hasPermission, type Permission } from "@cchc/domain";
import { getDatamodel, type PrismaClient, type PrismaTypes } from "@cchc/db";
import { ForbiddenError } from "@cchc/services";
import type { Context } from "./context.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: { loggedIn: boolean; permission: Permission };
  Scalars: {
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Plugin order matters: scope-auth wraps outermost, errors before prisma.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    unauthorizedError: (_parent, ctx) => new ForbiddenError(ctx.viewer ? "ROLE" : "NOT_SIGNED_IN"),
    authScopes: (ctx) => ({
      loggedIn: ctx.viewer !== null,
      permission: (p) => hasPermission(ctx.viewer, p),
    }),
  },
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Records keep their database ids; no global Node lookups.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  prisma: {
    // The client is per request (tests open several databases), so it comes from the context.
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
});
