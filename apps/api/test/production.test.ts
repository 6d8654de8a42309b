// The production path: the esbuild bundle (build.mjs) started with `node` and NODE_ENV=production
// on a fresh data folder, as `npm run start:prod` does. It serves /healthz and /readyz, refuses
// introspection, sets the headers, and a SIGTERM during a slow request lets that request finish.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";

const API = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "cchc-prod-"));
const bundle = path.join(API, "dist-test", `${path.basename(work)}.js`);
let child: ChildProcess;
let url: string;
let output = "";

function waitFor(pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${output}`)), ms);
    const check = () => {
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.on("exit", () => {
      clearTimeout(timer);
      const match = pattern.exec(output);
      if (match) resolve(match);
      else reject(new Error(`server exited:\n${output}`));
    });
    check();
  });
}

beforeAll(async () => {
  // Bundled beside dist/ (inside the repository, like the real one) so relative paths are exercised.
  const t0 = performance.now();
  execFileSync(process.execPath, [path.join(API, "build.mjs"), "--outfile", bundle], { stdio: "pipe" });
  console.log(`bundle built in ${Math.round(performance.now() - t0)} ms`);
  child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      CCHC_DATA_DIR: work,
      CCHC_SHUTDOWN_GRACE_MS: "5000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => {
    output += d;
  });
  child.stderr!.on("data", (d) => {
    output += d;
  });
  url = (await waitFor(/GraphQL:\s+(http:\/\/[\d.:]+)\/graphql/, 60_000))[1]!;
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { force: true });
  rmSync(`${bundle}.map`, { force: true });
  const dir = path.dirname(bundle);
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
});

test("the bundle serves health, readiness and GraphQL with production defaults and headers", async () => {
  expect(output).toMatch(/mode: production \(introspection: off\)/);
  const health = await fetch(`${url}/healthz`);
  expect(await health.json()).toEqual({ ok: true });
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toMatchObject({ ready: true });
  expect(ready.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(ready.headers.get("x-content-type-options")).toBe("nosniff");
  expect(ready.headers.get("referrer-policy")).toBe("no-referrer");
  expect(ready.headers.get("strict-transport-security")).toBeNull();

  const post = (query: string) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
  const intro = await post("{ __schema { types { name } } }");
  expect(intro.status).toBe(400);
  expect(((await intro.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
    "INTROSPECTION_DISABLED",
  );
  const typo = await post("{ unitTypez { id } }");
  expect(await typo.text()).not.toMatch(/Did you mean/);
  // Prisma's client works in the bundle: a failed sign-in reads the users table.
  const login = await post(
    `mutation { login(input: { email: "nobody@cchc.demo", password: "wrong" }) { __typename } }`,
  );
  expect(await login.json()).toEqual({ data: { login: { __typename: "InvalidCredentialsError" } } });
});

test("SIGTERM during a slow request: the request completes, then the process exits 0", async () => {
  const body = JSON.stringify({ query: "{ __typename }" });
  // A slow client: headers and half the body now, the rest after the signal.
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (d) => {
          text += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => req.end(body.slice(10)), 1500);
  });
  await new Promise((r) => setTimeout(r, 300));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  await waitFor(/draining/, 5000);
  // No new connections once draining.
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  const res = await response;
  expect(res.status).toBe(200);
  expect(JSON.parse(res.text)).toEqual({ data: { __typename: "Query" } });
  expect(await exited).toBe(0);
  expect(output).toMatch(/Đã dừng \/ stopped/);
});
