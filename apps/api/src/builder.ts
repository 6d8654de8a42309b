// The Pothos builder: configuration only (plugins, scalars, context, Prisma). Types live in src/schema.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { can, type Permission } from "@cchc/domain";
import { getDatamodel, type PrismaClient, type PrismaTypes } from "@cchc/db";
import type { Context } from "./context.js";
import { AppError } from "./app-error.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: { loggedIn: boolean; permission: Permission };
  Scalars: {
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // Plugin order matters: scope-auth wraps outermost, errors before prisma.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new AppError("Bạn không có quyền thực hiện thao tác này.", "FORBIDDEN")
        : new AppError("Bạn cần đăng nhập để tiếp tục.", "UNAUTHENTICATED"),
    authScopes: (ctx) => ({
      loggedIn: ctx.viewer !== null,
      permission: (p) => can(ctx.viewer, p),
    }),
  },
  errors: { defaultTypes: [] },
  prisma: {
    // The client is per request (tests open several databases), so it comes from the context.
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
});
