// Accounts over the real API: the login throttle, the administrator's account management, changing
// one's own password, logging out everywhere, and the demo password on a production server.
import { createUser } from "@cchc/db/testing";
import { accountThrottleKey } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login("admin@cchc.demo");
});
afterAll(async () => {
  await h?.close();
});

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on Error { code message }
    ... on LoginThrottledError { retryAfterSeconds locked }
  }
}`;

type LoginResult = { login: { __typename: string; code?: string; retryAfterSeconds?: number; locked?: boolean } };

const tryLogin = (email: string, password: string) => h.gql<LoginResult>(LOGIN, { input: { email, password } });

describe("login throttle", () => {
  it("lets three wrong passwords through, then makes the account wait, and audits each refusal", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    for (let i = 0; i < 3; i++) {
      expect((await tryLogin(u.email, "sai")).body.data!.login.__typename).toBe("InvalidCredentialsError");
    }
    const waited = (await tryLogin(u.email, u.password)).body.data!.login;
    expect(waited).toMatchObject({
      __typename: "LoginThrottledError",
      code: "LOGIN_THROTTLED",
      locked: false,
      retryAfterSeconds: 1,
    });
    // Even the right password waits: the throttle answers before the password is checked.
    expect(await h.db.prisma.auditLog.count({ where: { action: "auth.login_throttled" } })).toBeGreaterThan(0);
    const failed = await h.db.prisma.auditLog.count({ where: { action: "auth.login_failed", entityId: u.id } });
    expect(failed).toBe(3);
  });

  it("locks an account for 15 minutes after ten failures, whatever the password", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    // Nine earlier failures, long enough ago that no delay is pending.
    await h.db.prisma.loginThrottle.create({
      data: { key: accountThrottleKey(u.email), failures: 9, lastFailureAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect((await tryLogin(u.email, "sai")).body.data!.login.__typename).toBe("InvalidCredentialsError");
    const locked = (await tryLogin(u.email, u.password)).body.data!.login;
    expect(locked).toMatchObject({ __typename: "LoginThrottledError", locked: true });
    expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // The administrator's new password lifts the account's lock.
    const reset = await h.gql(
      `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { __typename } }`,
      { input: { id: u.id, newPassword: "mat-khau-moi-2021" } },
      admin,
    );
    expect(reset.body.data).toEqual({ resetUserPassword: { __typename: "UserSuccess" } });
    expect((await tryLogin(u.email, "mat-khau-moi-2021")).body.data!.login.__typename).toBe("LoginSuccess");
  });

  it("counts every one of 40 simultaneous wrong passwords (no lost updates) and then refuses without hashing", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const answers = await Promise.all(Array.from({ length: 40 }, () => tryLogin(u.email, "doan-mo")));
    const kinds = answers.map((a) => a.body.data!.login.__typename);
    expect(kinds.every((k) => k === "InvalidCredentialsError" || k === "LoginThrottledError")).toBe(true);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const row = await h.db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: accountThrottleKey(u.email) } });
    // Each attempt sees the failures counted before it: three free tries are checked, the rest wait
    // (refused before any hashing); no failure is lost or double-counted.
    expect(row.failures).toBe(kinds.filter((k) => k === "InvalidCredentialsError").length);
    // Three free tries, then each try waits a growing delay after the last failure; on a loaded
    // machine a slow hash can outlast a delay, so a few more may be checked, never the 40.
    expect(row.failures).toBeGreaterThanOrEqual(3);
    expect(row.failures).toBeLessThanOrEqual(6);
    expect(kinds.filter((k) => k === "LoginThrottledError").length).toBe(40 - row.failures);
  });

  it("throttles an address across accounts", async () => {
    // The failures above were counted against this test client's address too.
    const address = await h.db.prisma.loginThrottle.findFirstOrThrow({ where: { key: { startsWith: "address:" } } });
    const saved = { ...address };
    await h.db.prisma.loginThrottle.update({
      where: { key: address.key },
      data: { failures: 100, lastFailureAt: new Date(), lockedUntil: new Date(Date.now() + 60_000) },
    });
    try {
      const res = (await tryLogin("lanhdao@cchc.demo", "cchc-demo-2021")).body.data!.login;
      expect(res).toMatchObject({ __typename: "LoginThrottledError", locked: true });
    } finally {
      await h.db.prisma.loginThrottle.delete({ where: { key: saved.key } });
    }
  });

  it("refuses a second login in one request", async () => {
    const res = await h.gql(
      `mutation { a: login(input: { email: "x@y.z", password: "a" }) { __typename } b: login(input: { email: "x@y.z", password: "b" }) { __typename } }`,
    );
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
  });
});

const CREATE = `mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on UserSuccess { user { id email fullName roles active version unit { code } } }
    ... on ValidationError { problems { field code } }
  }
}`;

type CreateResult = {
  createUser: {
    __typename: string;
    user?: { id: string; email: string; fullName: string; roles: string[]; active: boolean; version: number };
    problems?: Array<{ field: string; code: string }>;
  };
};

describe("managing accounts (the administrator)", () => {
  it("creates an account that can sign in, normalising the email and name", async () => {
    const unit = await h.db.prisma.unit.findFirstOrThrow({ where: { code: "tu-phap" } });
    const res = await h.gql<CreateResult>(
      CREATE,
      {
        input: {
          email: "  Can.Bo@CCHC.test ",
          fullName: "Nguye\u0302\u0303n Va\u0306n A",
          roles: ["UNIT_OFFICER"],
          unitId: unit.id,
          password: "mot-mat-khau-dai",
        },
      },
      admin,
    );
    expect(res.body.data!.createUser).toMatchObject({
      __typename: "UserSuccess",
      user: { email: "can.bo@cchc.test", fullName: "Nguyễn Văn A", roles: ["UNIT_OFFICER"], active: true, version: 1 },
    });
    expect((await tryLogin("can.bo@cchc.test", "mot-mat-khau-dai")).body.data!.login.__typename).toBe("LoginSuccess");
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    expect(JSON.stringify(audit.after)).not.toContain("mot-mat-khau-dai");
  });

  it("lists every problem: a taken email, a short password, an officer without a unit", async () => {
    const res = await h.gql<CreateResult>(
      CREATE,
      { input: { email: "noivu@cchc.demo", fullName: "\u200b", roles: ["UNIT_OFFICER"], password: "ngan" } },
      admin,
    );
    expect(res.body.data!.createUser.problems).toEqual(
      expect.arrayContaining([
        { field: "fullName", code: "REQUIRED" },
        { field: "password", code: "PASSWORD_TOO_SHORT" },
        { field: "unitId", code: "UNIT_REQUIRED" },
      ]),
    );
    const taken = await h.gql<CreateResult>(
      CREATE,
      { input: { email: "NoiVu@cchc.demo", fullName: "Trùng", roles: ["HOME_AFFAIRS"], password: "mot-mat-khau-dai" } },
      admin,
    );
    expect(taken.body.data!.createUser.problems).toEqual([{ field: "email", code: "EMAIL_TAKEN" }]);
  });

  it("deactivates an account: its sessions end at once and it cannot sign in", async () => {
    const u = await createUser(h.db.prisma, { roles: ["LEADERSHIP"] });
    const session = await h.login(u.email, u.password);
    const res = await h.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on UserSuccess { user { active version } } } }`,
      { input: { id: u.id, version: 1, active: false } },
      admin,
    );
    expect(res.body, JSON.stringify(res.body)).toMatchObject({
      data: { updateUser: { __typename: "UserSuccess", user: { active: false, version: 2 } } },
    });
    expect((await h.gql(`{ me { email } }`, {}, session)).body.data).toEqual({ me: null });
    expect((await tryLogin(u.email, u.password)).body.data!.login.__typename).toBe("InvalidCredentialsError");
    // A second administrator working from the old version gets a conflict, not a silent overwrite.
    const stale = await h.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ConflictError { entity currentVersion } } }`,
      { input: { id: u.id, version: 1, fullName: "Tên khác" } },
      admin,
    );
    expect(stale.body.data, JSON.stringify(stale.body)).toEqual({
      updateUser: { __typename: "ConflictError", entity: "User", currentVersion: 2 },
    });
  });

  it("does not let the administrator lock themselves out", async () => {
    const me = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@cchc.demo" } });
    const res = await h.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ValidationError { problems { code } } } }`,
      { input: { id: me.id, version: me.version, active: false } },
      admin,
    );
    expect(res.body.data).toEqual({
      updateUser: { __typename: "ValidationError", problems: [{ code: "SELF_LOCKOUT" }] },
    });
  });

  it("pages the accounts for the administrator only", async () => {
    const page = await h.gql<{ users: { totalCount: number; edges: Array<{ node: { email: string } }> } }>(
      `{ users(first: 3) { totalCount edges { node { email } } } }`,
      {},
      admin,
    );
    expect(page.body.data!.users.edges).toHaveLength(3);
    expect(page.body.data!.users.totalCount).toBeGreaterThan(7);
    const officer = await h.login("tuphap@cchc.demo");
    const refused = await h.gql(`{ users(first: 3) { totalCount } }`, {}, officer);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("one's own sessions and password", () => {
  it("changes the password with the current one, ending the other sessions but not this one", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const here = await h.login(u.email, u.password);
    const elsewhere = await h.login(u.email, u.password);
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ValidationError { problems { field code } } } }`;
    const wrong = await h.gql(CHANGE, { input: { currentPassword: "sai", newPassword: "mat-khau-moi-2021" } }, here);
    expect(wrong.body.data).toEqual({
      changePassword: {
        __typename: "ValidationError",
        problems: [{ field: "currentPassword", code: "WRONG_PASSWORD" }],
      },
    });
    const ok = await h.gql(CHANGE, { input: { currentPassword: u.password, newPassword: "mat-khau-moi-2021" } }, here);
    expect(ok.body.data).toEqual({ changePassword: { __typename: "UserSuccess" } });
    expect((await h.gql<{ me: unknown }>(`{ me { email } }`, {}, here)).body.data!.me).toEqual({ email: u.email });
    expect((await h.gql(`{ me { email } }`, {}, elsewhere)).body.data).toEqual({ me: null });
  });

  it("logs out everywhere", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const a = await h.login(u.email, u.password);
    const b = await h.login(u.email, u.password);
    const res = await h.gql(`mutation { logOutEverywhere }`, {}, a);
    expect(res.body.data).toEqual({ logOutEverywhere: 2 });
    for (const cookie of [a, b]) expect((await h.gql(`{ me { email } }`, {}, cookie)).body.data).toEqual({ me: null });
  });
});

describe("the demo password on a production server", () => {
  it("is refused at sign-in and as a new password", async () => {
    const prod = await startHarness({ refuseDemoPassword: true });
    try {
      const res = await prod.gql<LoginResult>(LOGIN, {
        input: { email: "noivu@cchc.demo", password: "cchc-demo-2021" },
      });
      expect(res.body.data!.login).toMatchObject({
        __typename: "DemoPasswordRefusedError",
        code: "DEMO_PASSWORD_REFUSED",
      });
      expect(res.setCookie).toBeNull();
    } finally {
      await prod.close();
    }
  });
});

it("logged no unexpected server errors", () => {
  expect(h.errors).toEqual([]);
});
