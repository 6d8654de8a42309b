// Load with autocannon (N connections for a duration) on one GraphQL POST; every response's latency
// is recorded here (autocannon reports p97.5/p99 but not p95), and each 2xx body may be checked.
import autocannon from "autocannon";

export interface LoadFigures {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, errors and time-outs (10 s). */
  failures: number;
  /** The same, by kind. */
  failuresBy: { non2xx: number; errors: number; timeouts: number };
  /** Mean response body, bytes. */
  bytes: number;
}

/** The q-quantile (0..1) of ascending `sorted`, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function load(options: {
  url: string;
  body: string;
  cookie?: string;
  /** More request headers. */
  headers?: Record<string, string>;
  connections: number;
  durationSec: number;
}): Promise<LoadFigures> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${options.url}/graphql`,
    method: "POST",
    connections: options.connections,
    duration: options.durationSec,
    timeout: 10,
    headers: {
      "content-type": "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: options.body,
  });
  // the promise is also the instance (an event emitter), as autocannon's README shows
  (instance as unknown as import("node:events").EventEmitter).on(
    "response",
    (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    },
  );
  const result = await instance;
  if (process.env.BENCH_DEBUG)
    console.log(
      JSON.stringify({
        requests: result.requests.total,
        non2xx: result.non2xx,
        codes: result.statusCodeStats,
        errors: result.errors,
        timeouts: result.timeouts,
        recorded: latencies.length,
      }),
    );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    reqPerSec: Math.round(latencies.length / options.durationSec),
    p50: round1(quantile(latencies, 0.5)),
    p95: round1(quantile(latencies, 0.95)),
    p99: round1(quantile(latencies, 0.99)),
    failures: result.non2xx + result.errors + result.timeouts,
    failuresBy: { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
    bytes: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}
