// A bounded queue in front of the GraphQL endpoint. Embedded PGlite is one connection on the API
// process's own thread: fifty requests at once do not finish sooner than a few at a time, they only
// hold memory and finish late and unevenly. The gate lets `concurrency` requests run, keeps the rest
// in arrival order, and answers 503 with a Retry-After and a clear message when the queue is full or
// a request has waited `maxWaitMs`, so a user sees "busy, try again" in seconds instead of a hung
// page. A request that has started is never cut. A client that leaves while queued gives its place
// up. (Its timer can only fire because PGlite's statements let the event loop turn: database.ts.)
import type { RequestHandler, Response } from "express";

export interface RequestGateOptions {
  /** Requests that run at once. */
  concurrency: number;
  /** Longest wait in the queue before a 503. */
  maxWaitMs: number;
  /** Requests waiting at most; the next one is answered 503 at once. */
  maxQueue: number;
}

export interface RequestGate {
  handler: RequestHandler;
  /** Running and waiting requests now (tests, diagnostics). */
  stats(): { running: number; waiting: number; refused: number };
}

/** The gate's settings: on by default for the embedded database, off for a server unless configured. */
export function requestGateOptions(
  env: Record<string, string | undefined>,
  database: "pglite" | "postgres",
): RequestGateOptions | null {
  const concurrency = env.CCHC_MAX_CONCURRENT_REQUESTS;
  if (concurrency === "0") return null;
  if (concurrency === undefined && database === "postgres") return null;
  const positive = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined || value === "") return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${name} phải là số nguyên dương (must be a positive integer): ${value}`);
    return n;
  };
  return {
    concurrency: positive(concurrency, 4, "CCHC_MAX_CONCURRENT_REQUESTS"),
    maxWaitMs: positive(env.CCHC_QUEUE_WAIT_MS, 8_000, "CCHC_QUEUE_WAIT_MS"),
    maxQueue: positive(env.CCHC_MAX_QUEUED_REQUESTS, 500, "CCHC_MAX_QUEUED_REQUESTS"),
  };
}

export const SERVER_BUSY_MESSAGE =
  "Máy chủ đang bận, vui lòng thử lại sau vài giây. (The server is busy: try again in a few seconds.)";

function busy(res: Response, retryAfterSeconds: number): void {
  if (res.headersSent) return;
  res
    .status(503)
    .set("Retry-After", String(retryAfterSeconds))
    .json({ errors: [{ message: SERVER_BUSY_MESSAGE, extensions: { code: "SERVER_BUSY" } }] });
}

export function requestGate(options: RequestGateOptions): RequestGate {
  interface Waiting {
    start: () => void;
    timer: NodeJS.Timeout;
    gone: boolean;
  }
  let running = 0;
  let refused = 0;
  const queue: Waiting[] = [];
  const retryAfter = Math.max(1, Math.ceil(options.maxWaitMs / 4000));

  const next = () => {
    while (running < options.concurrency && queue.length) {
      const w = queue.shift()!;
      clearTimeout(w.timer);
      if (!w.gone) w.start();
    }
  };

  const handler: RequestHandler = (_req, res, nextHandler) => {
    const start = () => {
      running++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        running--;
        next();
      };
      res.once("finish", release);
      res.once("close", release);
      nextHandler();
    };
    if (running < options.concurrency && queue.length === 0) return start();
    if (queue.length >= options.maxQueue) {
      refused++;
      return busy(res, retryAfter);
    }
    const waiting: Waiting = {
      start,
      gone: false,
      timer: setTimeout(() => {
        waiting.gone = true;
        refused++;
        const at = queue.indexOf(waiting);
        if (at >= 0) queue.splice(at, 1);
        busy(res, retryAfter);
      }, options.maxWaitMs),
    };
    // a client that closes its connection while queued leaves the queue
    res.once("close", () => {
      if (waiting.gone) return;
      const at = queue.indexOf(waiting);
      if (at < 0) return;
      waiting.gone = true;
      clearTimeout(waiting.timer);
      queue.splice(at, 1);
    });
    queue.push(waiting);
  };

  return { handler, stats: () => ({ running, waiting: queue.length, refused }) };
}
