import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess { user { email fullName roles unit { name } permissions { viewPlan managePlan manageFramework } } }
    ... on Error { message code }
  }
}`;

describe("login", () => {
  it("signs Home Affairs in, sets an httpOnly cookie, and reports permissions", async () => {
    const res = await h.gql(LOGIN, { input: { email: "noivu@cchc.demo", password: "cchc-demo-2021" } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      login: {
        __typename: "LoginSuccess",
        user: {
          email: "noivu@cchc.demo",
          fullName: "Nguyễn Thị Hồng (Phòng Nội vụ)",
          roles: ["HOME_AFFAIRS"],
          unit: { name: "Phòng Nội vụ-Lao động, Thương binh và Xã hội" },
          permissions: { viewPlan: true, managePlan: true, manageFramework: true },
        },
      },
    });
    expect(res.setCookie).toMatch(/^cchc_session=[\w-]{20,}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    // The harness's business clock stands in 2021; the cookie must still expire in the real future.
    const expires = Date.parse(/Expires=([^;]+)/.exec(res.setCookie!)![1]!);
    expect(expires).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it.each([
    ["a wrong password", "noivu@cchc.demo", "sai-mat-khau"],
    ["an unknown email", "nobody@cchc.demo", "cchc-demo-2021"],
    ["an empty password", "noivu@cchc.demo", ""],
  ])("answers %s with InvalidCredentialsError in Vietnamese and no cookie", async (_name, email, password) => {
    const res = await h.gql(LOGIN, { input: { email, password } });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      login: {
        __typename: "InvalidCredentialsError",
        message: "Email hoặc mật khẩu không đúng.",
        code: "INVALID_CREDENTIALS",
      },
    });
    expect(res.setCookie).toBeNull();
  });

  it("accepts the email with other case and spaces", async () => {
    const res = await h.gql(LOGIN, { input: { email: "  NoiVu@CCHC.demo ", password: "cchc-demo-2021" } });
    expect((res.body.data as { login: { __typename: string } }).login.__typename).toBe("LoginSuccess");
  });

  it("writes the login to the audit log", async () => {
    const count = await h.db.prisma.auditLog.count({ where: { action: "auth.login" } });
    expect(count).toBeGreaterThan(0);
  });
});

describe("sessions", () => {
  it("me is null without a cookie and the user with one", async () => {
    expect((await h.gql(`{ me { email } }`)).body.data).toEqual({ me: null });
    const cookie = await h.login("lanhdao@cchc.demo");
    const res = await h.gql(`{ me { email roles permissions { viewDashboard managePlan } } }`, {}, cookie);
    expect(res.body.data).toEqual({
      me: {
        email: "lanhdao@cchc.demo",
        roles: ["LEADERSHIP"],
        permissions: { viewDashboard: true, managePlan: false },
      },
    });
  });

  it("refuses data to an anonymous caller with a clear code, not a 500", async () => {
    const res = await h.gql(`{ units { totalCount } }`);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({
      message: "Bạn cần đăng nhập để tiếp tục.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(res.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it("a forged cookie is no session", async () => {
    const res = await h.gql(`{ me { email } }`, {}, "cchc_session=forged-token-value");
    expect(res.body.data).toEqual({ me: null });
  });

  it("logout ends the session", async () => {
    const cookie = await h.login("kiemtra@cchc.demo");
    const out = await h.gql(`mutation { logout }`, {}, cookie);
    expect(out.body.data).toEqual({ logout: true });
    expect(out.setCookie).toMatch(/cchc_session=; .*Max-Age=0/);
    expect((await h.gql(`{ me { email } }`, {}, cookie)).body.data).toEqual({ me: null });
  });
});
