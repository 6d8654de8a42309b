import { can, PERMISSIONS, permissionsOf, Role } from "@cchc/domain";
import {
  changePassword,
  createUser,
  DemoPasswordRefusedError,
  LoginThrottledError,
  logIn,
  logOut,
  logOutEverywhere,
  resetPassword,
  updateUser,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ForbiddenError, InvalidCredentialsError, NotFoundError, ValidationError } from "./errors.js";

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
    active: t.exposeBoolean("active"),
    version: t.exposeInt("version", {
      description: "Send it back with updateUser; a stale one answers ConflictError.",
    }),
    viewerCanManage: t.boolean({
      description: "Whether the viewer may change this account (the administrator).",
      select: { id: true },
      resolve: (u, _args, ctx) => can(ctx.viewer, "user.manage", { type: "User", userId: u.id }),
    }),
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
    errors: {
      types: [InvalidCredentialsError, LoginThrottledError, DemoPasswordRefusedError],
      directResult: true,
      union: { name: "LoginResult" },
    },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Sessions live on the wall clock, not the business clock.
      const { userId, token, expiresAt } = await logIn(ctx.prisma, input, {
        address: ctx.clientAddress,
        now: new Date(),
        refuseDemoPassword: ctx.refuseDemoPassword,
      });
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

builder.queryField("users", (t) =>
  t.prismaConnection(
    {
      type: "User",
      cursor: "id",
      description: "Every account, by email (the administrator).",
      authScopes: { permission: "manageUsers" },
      defaultSize: 50,
      maxSize: 200,
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.user.findMany({ ...query, orderBy: [{ email: "asc" }, { id: "asc" }] }),
      totalCount: (_root, _args, ctx) => ctx.prisma.user.count(),
    },
    { description: "A page of accounts." },
  ),
);

const UserSuccess = builder.objectRef<{ userId: string }>("UserSuccess").implement({
  description: "The account as it is after the change.",
  fields: (t) => ({
    user: t.prismaField({
      type: "User",
      resolve: (query, root, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: root.userId } }),
    }),
  }),
});

const CreateUserInput = builder.inputType("CreateUserInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    fullName: t.string({ required: true }),
    roles: t.field({ type: [RoleEnum], required: true }),
    unitId: t.id({ required: false, description: "Required for a unit officer (cán bộ đầu mối)." }),
    password: t.string({ required: true, description: "The first password: at least 10 characters." }),
  }),
});

const UpdateUserInput = builder.inputType("UpdateUserInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    fullName: t.string({ required: false }),
    roles: t.field({ type: [RoleEnum], required: false }),
    unitId: t.id({ required: false, description: "null removes the unit; absent keeps it." }),
    active: t.boolean({ required: false, description: "false deactivates the account and ends its sessions." }),
  }),
});

const ResetUserPasswordInput = builder.inputType("ResetUserPasswordInput", {
  fields: (t) => ({ id: t.id({ required: true }), newPassword: t.string({ required: true }) }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({ currentPassword: t.string({ required: true }), newPassword: t.string({ required: true }) }),
});

const userErrors = [ForbiddenError, NotFoundError, ValidationError] as const;

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserSuccess,
    description: "Create an account (the administrator).",
    authScopes: { loggedIn: true },
    errors: { types: [...userErrors], directResult: true, union: { name: "CreateUserResult" } },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createUser(
        operation(ctx),
        { ...input, unitId: input.unitId === undefined || input.unitId === null ? null : String(input.unitId) },
        { refuseDemoPassword: ctx.refuseDemoPassword },
      ),
  }),
  updateUser: t.field({
    type: UserSuccess,
    description: "Change an account's name, roles, unit or whether it is active (the administrator).",
    authScopes: { loggedIn: true },
    errors: { types: [...userErrors, ConflictError], directResult: true, union: { name: "UpdateUserResult" } },
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateUser(operation(ctx), {
        id: String(input.id),
        version: input.version,
        ...(input.fullName != null ? { fullName: input.fullName } : {}),
        ...(input.roles != null ? { roles: input.roles } : {}),
        ...(input.unitId !== undefined ? { unitId: input.unitId === null ? null : String(input.unitId) } : {}),
        ...(input.active != null ? { active: input.active } : {}),
      }),
  }),
  resetUserPassword: t.field({
    type: UserSuccess,
    description: "Set a new password for an account and end its sessions (the administrator).",
    authScopes: { loggedIn: true },
    errors: { types: [...userErrors], directResult: true, union: { name: "ResetUserPasswordResult" } },
    args: { input: t.arg({ type: ResetUserPasswordInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      resetPassword(
        operation(ctx),
        { id: String(input.id), newPassword: input.newPassword },
        {
          refuseDemoPassword: ctx.refuseDemoPassword,
        },
      ),
  }),
  changePassword: t.field({
    type: UserSuccess,
    description: "Change one's own password (the current one is required); one's other sessions end.",
    authScopes: { loggedIn: true },
    errors: { types: [ValidationError], directResult: true, union: { name: "ChangePasswordResult" } },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      changePassword({ ...operation(ctx), sessionId: ctx.sessionId }, input, {
        refuseDemoPassword: ctx.refuseDemoPassword,
      }),
  }),
  logOutEverywhere: t.int({
    description: "End every session of the signed-in person, this one included; answers how many ended.",
    authScopes: { loggedIn: true },
    resolve: async (_root, _args, ctx) => {
      const { sessionsEnded } = await logOutEverywhere(operation(ctx));
      ctx.setSessionCookie(null);
      return sessionsEnded;
    },
  }),
}));
