import { PERMISSIONS, permissionsOf, type Role as DomainRole } from "@cchc/domain";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@cchc/db";
import { builder } from "../builder.js";
import { createSession, destroySession } from "../auth/session.js";
import { InvalidCredentialsError } from "./errors.js";

export const RoleEnum = builder.enumType("Role", {
  values: ["ADMIN", "HOME_AFFAIRS", "INSPECTOR", "LEADERSHIP", "UNIT_OFFICER"] as const,
});

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
      resolve: (u) => permissionsOf({ userId: u.id, roles: u.roles as DomainRole[], unitId: u.unitId }),
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
      const email = input.email.trim().toLowerCase();
      const user = await ctx.prisma.user.findUnique({
        where: { email },
        select: { id: true, passwordHash: true, active: true },
      });
      // Verify even for an unknown email, so timing does not reveal which emails exist.
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
      if (!user || !user.active || !ok) throw new InvalidCredentialsError();
      const { token, expiresAt } = await createSession(ctx.prisma, user.id, new Date());
      await ctx.prisma.auditLog.create({ data: { actorId: user.id, action: "login", entity: "User", entityId: user.id } });
      ctx.setSessionCookie(token, expiresAt);
      return { userId: user.id };
    },
  }),
);

builder.mutationField("logout", (t) =>
  t.boolean({
    description: "Ends the current session (true even when there was none).",
    resolve: async (_root, _args, ctx) => {
      if (ctx.sessionId) await destroySession(ctx.prisma, ctx.sessionId);
      ctx.setSessionCookie(null);
      return true;
    },
  }),
);

// A real hash of a random secret: an unknown email then costs the same as a wrong password.
let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  return dummy;
}
