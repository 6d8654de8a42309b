// Security headers, production defaults (introspection, suggestions), trust proxy and readiness,
// over real HTTP. Several apps share one test database; the readiness test closes its own.
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkReadiness } from "../src/http/health.js";
import { type AppOptions, type RunningApp, startApp } from "../src/server.js";
import { NOW } from "./harness.js";

let db: TestDatabase;
const apps: RunningApp[] = [];

async function start(options: Partial<AppOptions> = {}): Promise<RunningApp> {
  const app = await startApp({ prisma: db.prisma, port: 0, now: () => NOW, adminDist: null, ...options });
  apps.push(app);
  return app;
}

async function gql(app: RunningApp, query: string, init: { cookie?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { res, body };
}

async function login(app: RunningApp, email: string, headers: Record<string, string> = {}) {
  const { res } = await gql(
    app,
    `mutation { login(input: { email: "${email}", password: "cchc-demo-2021" }) { __typename } }`,
    { headers },
  );
  const setCookie = res.headers.get("set-cookie");
  if (!setCookie) throw new Error(`login failed for ${email}`);
  return { cookie: setCookie.split(";")[0]!, setCookie };
}

const INTROSPECTION = `{ __schema { queryType { name } } }`;

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await db?.dispose();
});

describe("security headers", () => {
  test("on every response: strict CSP, nosniff, referrer policy, frame denial; no HSTS on plain HTTP", async () => {
    const app = await start();
    for (const res of [
      await fetch(`${app.url}/healthz`),
      (await gql(app, "{ __typename }")).res,
      await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
    ]) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toBeNull();
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });

  test("behind a trusted TLS proxy: HSTS and a Secure session cookie; an untrusted X-Forwarded-Proto is ignored", async () => {
    const trusted = await start({ trustProxy: "loopback" });
    const viaTls = await login(trusted, "admin@cchc.demo", { "x-forwarded-proto": "https" });
    expect(viaTls.setCookie).toMatch(/; Secure/);
    const res = await fetch(`${trusted.url}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);

    const untrusted = await start();
    const plain = await login(untrusted, "admin@cchc.demo", { "x-forwarded-proto": "https" });
    expect(plain.setCookie).not.toMatch(/Secure/);
    const res2 = await fetch(`${untrusted.url}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(res2.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("production defaults", () => {
  test("introspection refused and suggestions hidden in production", async () => {
    const app = await start({ production: true });
    expect(app.settings).toMatchObject({ production: true, introspection: "off", blockSuggestions: true });
    const { cookie } = await login(app, "admin@cchc.demo");
    for (const c of [undefined, cookie]) {
      const { res, body } = await gql(app, INTROSPECTION, { cookie: c });
      expect(res.status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe("INTROSPECTION_DISABLED");
    }
    const typed = await gql(app, `{ __type(name: "User") { name } }`, { cookie });
    expect(typed.body.errors?.[0]?.extensions?.code).toBe("INTROSPECTION_DISABLED");
    const typo = await gql(app, "{ unitTypez { id } }", { cookie });
    expect(typo.res.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).toMatch(/unitTypez/);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|unitTypes/);
    const enumTypo = await gql(app, `{ year(year: 2021) { planTasks(status: DON) { id } } }`, { cookie });
    expect(JSON.stringify(enumTypo.body)).not.toMatch(/Did you mean|DONE/);
    // __typename is not introspection.
    const plain = await gql(app, "{ __typename }");
    expect(plain.res.status).toBe(200);
  });

  test("CCHC_INTROSPECTION=admins: a signed-in administrator only", async () => {
    const app = await start({ production: true, introspection: "admins" });
    expect((await gql(app, INTROSPECTION)).res.status).toBe(400);
    const officer = await login(app, "noivu@cchc.demo");
    expect((await gql(app, INTROSPECTION, { cookie: officer.cookie })).body.errors?.[0]?.extensions?.code).toBe(
      "INTROSPECTION_DISABLED",
    );
    const admin = await login(app, "admin@cchc.demo");
    const allowed = await gql(app, INTROSPECTION, { cookie: admin.cookie });
    expect(allowed.res.status).toBe(200);
    expect(allowed.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  test("in development introspection and suggestions stay on", async () => {
    const app = await start({ production: false });
    expect((await gql(app, INTROSPECTION)).res.status).toBe(200);
    const typo = await gql(app, "{ unitTypez { id } }");
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "unitTypes"/);
  });
});

describe("health and readiness", () => {
  test("/healthz is alive; /readyz checks the database and the migrations, 503 when the database is closed", async () => {
    const own = await openTestDatabase({ seed: false });
    const app = await startApp({ prisma: own.prisma, port: 0, adminDist: null });
    try {
      expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true });
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true });

      await own.dispose();
      const t0 = performance.now();
      const down = await fetch(`${app.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ ready: false, reason: "DATABASE_UNAVAILABLE" });
      expect(performance.now() - t0).toBeLessThan(3000);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  test("/readyz names pending migrations", async () => {
    // A readiness check against a migration list with one the database has not applied.
    const result = await checkReadiness({ prisma: db.prisma }, ["29990101000000_future"]);
    expect(result).toMatchObject({ ready: false, reason: "MIGRATIONS_PENDING", detail: ["29990101000000_future"] });
  });
});

// A connection left idle longer than Node's default keep-alive (5 s) is still open: with PGlite a
// long query can hold the event loop past that timer, which then closed connections clients had just
// sent a request on (ECONNRESET in the API benchmark).
test("an idle keep-alive connection stays open past Node's 5 s default", async () => {
  const app = await start();
  const { request } = await import("node:http");
  const agent = new (await import("node:http")).Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
      const req = request(`${app.url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
      });
      req.on("error", reject);
      req.end();
    });
  const first = await get();
  await new Promise((r) => setTimeout(r, 6_000));
  const second = await get();
  agent.destroy();
  expect([first.status, second.status]).toEqual([200, 200]);
  // the same socket carried both requests: the server did not close it while idle
  expect(second.socket).toBe(first.socket);
}, 20_000);
