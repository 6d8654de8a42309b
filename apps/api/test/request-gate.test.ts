// The bounded queue in front of /graphql (src/http/request-gate.ts): a few requests run at once, the
// rest wait in arrival order, and a request that waits too long or finds the queue full gets a 503
// with a Retry-After and the Vietnamese "busy" message, never a hung connection. Here in front of a
// handler that finishes only when the test says so.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  type RequestGate,
  type RequestGateOptions,
  requestGate,
  requestGateOptions,
  SERVER_BUSY_MESSAGE,
} from "../src/http/request-gate.js";

interface Gated {
  url: string;
  gate: RequestGate;
  /** requests the handler has started, by name, in order */
  started: string[];
  /** lets the named request's handler answer */
  finish(name: string): void;
  close(): Promise<void>;
}

const servers: Gated[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function gated(options: RequestGateOptions): Promise<Gated> {
  const gate = requestGate(options);
  const started: string[] = [];
  const waiting = new Map<string, () => void>();
  const app = express();
  app.use("/graphql", gate.handler);
  app.get("/graphql", (req, res) => {
    const name = String(req.query.name);
    started.push(name);
    waiting.set(name, () => res.json({ data: { name } }));
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const g: Gated = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    gate,
    started,
    finish: (name) => {
      const answer = waiting.get(name);
      if (!answer) throw new Error(`${name} has not started`);
      answer();
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  servers.push(g);
  return g;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("the request gate", () => {
  it("runs `concurrency` requests at once and starts the waiting ones in arrival order as others finish", async () => {
    const g = await gated({ concurrency: 2, maxWaitMs: 5_000, maxQueue: 10 });
    const answers = ["a", "b", "c", "d"].map((name) => fetch(`${g.url}?name=${name}`));
    await until(() => g.started.length === 2 && g.gate.stats().waiting === 2);
    expect(g.started).toEqual(["a", "b"]);
    g.finish("b");
    await until(() => g.started.length === 3);
    expect(g.started).toEqual(["a", "b", "c"]);
    g.finish("a");
    await until(() => g.started.length === 4);
    g.finish("c");
    g.finish("d");
    const bodies = await Promise.all(answers.map(async (a) => ((await a).status === 200 ? (await a).json() : null)));
    expect(bodies).toEqual(["a", "b", "c", "d"].map((name) => ({ data: { name } })));
    expect(g.gate.stats()).toEqual({ running: 0, waiting: 0, refused: 0 });
  });

  it("answers 503 with Retry-After and the busy message to a request that waited too long; the running one still finishes", async () => {
    const g = await gated({ concurrency: 1, maxWaitMs: 150, maxQueue: 10 });
    const first = fetch(`${g.url}?name=slow`);
    await until(() => g.started.length === 1);
    const second = await fetch(`${g.url}?name=late`);
    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("1");
    expect(await second.json()).toEqual({
      errors: [{ message: SERVER_BUSY_MESSAGE, extensions: { code: "SERVER_BUSY" } }],
    });
    expect(SERVER_BUSY_MESSAGE).toMatch(/^Máy chủ đang bận/);
    expect(g.started).toEqual(["slow"]); // the late request never reached the handler
    g.finish("slow");
    expect((await first).status).toBe(200);
    // the gate is free again
    const third = fetch(`${g.url}?name=next`);
    await until(() => g.started.length === 2);
    g.finish("next");
    expect((await third).status).toBe(200);
    expect(g.gate.stats()).toEqual({ running: 0, waiting: 0, refused: 1 });
  });

  it("refuses at once when the queue is full", async () => {
    const g = await gated({ concurrency: 1, maxWaitMs: 5_000, maxQueue: 1 });
    const running = fetch(`${g.url}?name=a`);
    await until(() => g.started.length === 1);
    const queued = fetch(`${g.url}?name=b`);
    await until(() => g.gate.stats().waiting === 1);
    const t0 = performance.now();
    const refused = await fetch(`${g.url}?name=c`);
    expect(refused.status).toBe(503);
    expect(performance.now() - t0).toBeLessThan(2_000); // not after the 5 s wait
    g.finish("a");
    await until(() => g.started.length === 2);
    g.finish("b");
    expect([(await running).status, (await queued).status]).toEqual([200, 200]);
    expect(g.started).toEqual(["a", "b"]);
  });

  it("a client that leaves while queued gives its place up", async () => {
    const g = await gated({ concurrency: 1, maxWaitMs: 5_000, maxQueue: 10 });
    const running = fetch(`${g.url}?name=a`);
    await until(() => g.started.length === 1);
    const leaving = new AbortController();
    const left = fetch(`${g.url}?name=gone`, { signal: leaving.signal }).catch((e: Error) => e.name);
    const staying = fetch(`${g.url}?name=stays`);
    await until(() => g.gate.stats().waiting === 2);
    leaving.abort();
    expect(await left).toBe("AbortError");
    await until(() => g.gate.stats().waiting === 1);
    g.finish("a");
    await until(() => g.started.length === 2);
    expect(g.started).toEqual(["a", "stays"]);
    g.finish("stays");
    expect([(await running).status, (await staying).status]).toEqual([200, 200]);
  });
});

describe("the gate's settings", () => {
  it.each([
    { env: {}, database: "pglite", expected: { concurrency: 4, maxWaitMs: 8_000, maxQueue: 500 } },
    { env: {}, database: "postgres", expected: null },
    { env: { CCHC_MAX_CONCURRENT_REQUESTS: "0" }, database: "pglite", expected: null },
    {
      env: { CCHC_MAX_CONCURRENT_REQUESTS: "16", CCHC_QUEUE_WAIT_MS: "3000" },
      database: "postgres",
      expected: { concurrency: 16, maxWaitMs: 3_000, maxQueue: 500 },
    },
    {
      env: { CCHC_MAX_QUEUED_REQUESTS: "50" },
      database: "pglite",
      expected: { concurrency: 4, maxWaitMs: 8_000, maxQueue: 50 },
    },
  ] as const)("$database with $env", ({ env, database, expected }) => {
    expect(requestGateOptions(env, database)).toEqual(expected);
  });

  it.each(["-1", "2.5", "many"])("refuses CCHC_MAX_CONCURRENT_REQUESTS=%s with a clear message", (value) => {
    expect(() => requestGateOptions({ CCHC_MAX_CONCURRENT_REQUESTS: value }, "pglite")).toThrow(
      /CCHC_MAX_CONCURRENT_REQUESTS phải là số nguyên dương/,
    );
  });
});
