import { PERMISSIONS, permissionsOf, Role } from "@cchc/domain";
import { logIn, logOut } from "@cchc/services";
import { builder } from "../builder.js";
import { InvalidCredentialsError } from "./errors.js";

export const RoleEnum = builder.enumType(Role, { name: "Role" });

const ViewerPermissions = builder
  .objectRef<Record<(typeof PERMISSIONS)[number], boolean>>("ViewerPermissions")
  .implement({
    description: "What the signed-in person may do; the admin app shows or hides actions from these.",
    fields: (t) =>
      Object.fromEntries(PERMISSIONS.map((p) => [p, t.exposeBoolean(p)])) as Record<
        (typeof PERMISSIONS)[number],
        ReturnType<typeof t.exposeBoolean>
      >,
  });

export const User = builder.prismaObject("User", {
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    fullName: t.exposeString("fullName"),
    roles: t.field({ type: [RoleEnum], select: { roles: true }, resolve: (u) => u.roles }),
    unit: t.relation("unit", { nullable: true }),
    permissions: t.field({
      type: ViewerPermissions,
      select: { id: true, roles: true, unitId: true },
      resolve: (u) => permissionsOf({ userId: u.id, roles: u.roles, unitId: u.unitId }),
    }),
  }),
});

builder.queryField("me", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The signed-in person, or null.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
);

const LoginInput = builder.inputType("LoginInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const LoginSuccess = builder.objectRef<{ userId: string }>("LoginSuccess").implement({
  fields: (t) => ({
    user: t.prismaField({
      type: "User",
      resolve: (query, root, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: root.userId } }),
    }),
  }),
});

builder.mutationField("login", (t) =>
  t.field({
    type: LoginSuccess,
    errors: { types: [InvalidCredentialsError], directResult: true, union: { name: "LoginResult" } },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Sessions live on the wall clock, not the business clock.
      const { userId, token, expiresAt } = await logIn(ctx.prisma, input, new Date());
      ctx.setSessionCookie(token, expiresAt);
      return { userId };
    },
  }),
);

builder.mutationField("logout", (t) =>
  t.boolean({
    description: "Ends the current session (true even when there was none).",
    resolve: async (_root, _args, ctx) => {
      await logOut(
        ctx.prisma,
        ctx.sessionId && ctx.viewer ? { sessionId: ctx.sessionId, userId: ctx.viewer.userId } : null,
      );
      ctx.setSessionCookie(null);
      return true;
    },
  }),
);
