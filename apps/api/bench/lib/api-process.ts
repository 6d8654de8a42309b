// The API's production bundle as a child process, for the benchmarks: build it, start it on a free
// port (NODE_ENV=production, the demo password allowed for the sign-in), wait for /readyz, sign in.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@cchc/db/seed";

export const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BUNDLE = path.join(API_DIR, "dist/bench/main.js");

/** `node build.mjs` into dist/bench/main.js (the production bundle, as `npm run start:prod` builds it). */
export function buildBundle(): void {
  execFileSync(process.execPath, ["build.mjs", "--outfile", BUNDLE], { cwd: API_DIR, stdio: "inherit" });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  child: ChildProcess;
  url: string;
  /** What the process printed (stdout and stderr), the last 4,000 characters. */
  output(): string;
  /** The process's peak resident memory (VmHWM), MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts `args` (a script and its arguments) under this Node as its own process with PORT/HOST set,
 * and waits until `readyPath` answers 200 (or as `ready` decides).
 */
export async function startChild(
  args: string[],
  env: Record<string, string>,
  options: { readyPath?: string; ready?: (res: Response) => boolean; cwd?: string; timeoutMs?: number } = {},
): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? API_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args[0]} exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}${options.readyPath ?? "/readyz"}`);
      if ((options.ready ?? ((r) => r.ok))(res)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${args[0]} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    output: () => output.slice(-4000),
    peakRssMb: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
        return Math.round(kb / 1024);
      } catch {
        return Number.NaN; // the process is gone
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 20_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The API's production bundle (buildBundle first). `nodeArgs` go before the bundle (e.g.
 * `--cpu-prof`); `env` adds DATABASE_URL or CCHC_DATA_DIR.
 */
export function startApi(env: Record<string, string>, nodeArgs: string[] = []): Promise<ChildServer> {
  return startChild([...nodeArgs, BUNDLE], { ...env, NODE_ENV: "production", CCHC_ALLOW_DEMO_PASSWORD: "1" });
}

export interface GqlAnswer<T> {
  data: T;
  /** The raw answer's bytes. */
  bytes: number;
  cookie: string | undefined;
}

/** One GraphQL POST; GraphQL errors throw. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<GqlAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { data: body.data as T, bytes: Buffer.byteLength(text), cookie: res.headers.get("set-cookie")?.split(";")[0] };
}

/** Signs in with the demo password; answers the session cookie (`name=value`). */
export async function signIn(url: string, email: string): Promise<string> {
  const login = await gql(url, `mutation($input: LoginInput!) { login(input: $input) { __typename } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  if (!login.cookie) throw new Error(`sign-in as ${email} failed`);
  return login.cookie;
}
