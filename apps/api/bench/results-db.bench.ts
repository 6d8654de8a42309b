/**
 * Database benchmark: a generated year (default 10,000 scored units × the sample framework's 49
 * leaves, ~1 million score entries; packages/db/src/testing/generate-year.ts), ranked through the
 * API (the API runs as its own process: sign in as Home Affairs, ask EvaluationYear.results the way
 * the results page does: every unit's index, tier, rank and area sub-indices), on PGlite and on
 * PostgreSQL, against a raw SQL aggregate over the same rows in the same run (the sum of points per
 * unit, ordered). The API is the production bundle (`node build.mjs`, NODE_ENV=production; the demo
 * password allowed for the sign-in). Prints a table, the API/SQL ratio and a final JSON line. Figures only, no
 * assertions.
 *
 * Settings (env): BENCH_DB=pglite,postgres · BENCH_UNITS=10000 · BENCH_PGLITE_UNITS (default
 * BENCH_UNITS) · BENCH_RUNS=5 (warm runs) · BENCH_DATABASE_URL (a server where a database
 * `cchc_bench_<pid>` may be created and dropped; default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, openPGlite, pgExecutor, pgliteExecutor, type SqlExecutor } from "@cchc/db";
import { DEMO_PASSWORD, seedSampleYear } from "@cchc/db/seed";
import { GENERATED_AUTHORITY_CODE, type GeneratedYear, generateYear } from "@cchc/db/testing";
import pg from "pg";

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const PGLITE_UNITS = Number(process.env.BENCH_PGLITE_UNITS ?? UNITS);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const TARGETS = (process.env.BENCH_DB ?? "pglite,postgres").split(",").map((s) => s.trim());
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const YEAR = 2030;
const HOME_AFFAIRS = "noivu@cchc.demo";

/**
 * The ranking as the admin's results page asks it (apps/admin/src/pages/results-page.tsx with the
 * ResultsRanking_ResultRow fragment): every unit's points, index, tier, rank and area sub-indices.
 */
const RESULTS_QUERY = `query BenchResults($year: Int!, $authority: String) {
  year(year: $year, authorityCode: $authority) {
    results {
      __typename
      ... on Error { code message }
      ... on YearResults {
        source computedAt
        rows {
          earned bonus penalty
          unit { id } unitName unitType { id code nameVi nameEn }
          points maxPoints index rank rankOf
          tier { code nameVi nameEn }
          areaIndices { areaCode index }
        }
      }
    }
  }
}`;

const BUNDLE = path.join(API_DIR, "dist/bench/main.js");

/** The raw SQL: the sum of points per unit, ordered. */
const RAW_SUM = `SELECT "unitId", sum("points") AS points FROM "ScoreEntry" WHERE "yearId" = $1
  GROUP BY "unitId" ORDER BY points DESC NULLS LAST, "unitId"`;

/** For reference: the same with the precedence roughly honoured (one value per leaf, by source). */
const RAW_PRECEDENCE = `SELECT "unitId", sum(points) AS points FROM (
  SELECT DISTINCT ON ("unitId", "nodeId") "unitId", "points" FROM "ScoreEntry"
  WHERE "yearId" = $1 AND "source" NOT IN ('EXPLANATION')
  ORDER BY "unitId", "nodeId", array_position(ARRAY['OVERRIDE','NOT_APPLICABLE','ROUND2','ROUND1','AUTO','SURVEY','SELF']::"EntrySource"[], "source")
) counted GROUP BY "unitId" ORDER BY points DESC NULLS LAST, "unitId"`;

interface Figures {
  database: "pglite" | "postgres";
  units: number;
  rows: number;
  generateMs: number;
  apiColdMs: number;
  apiWarmP50Ms: number;
  rawSqlMs: number;
  rawSqlPrecedenceMs: number;
  ratio: number;
  apiPeakRssMb: number;
  rankedRows: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

async function timeSql(sql: SqlExecutor, query: string, yearId: string, expectRows: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t = performance.now();
    const rows = await sql.query(query, [yearId]);
    times.push(performance.now() - t);
    if (rows.length !== expectRows) throw new Error(`raw SQL: ${rows.length} units, expected ${expectRows}`);
  }
  return median(times.slice(1)); // the first run warms the cache
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

interface Api {
  child: ChildProcess;
  url: string;
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Starts the API's production bundle as its own process and waits until it is ready. */
async function startApi(env: Record<string, string>): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: API_DIR,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      CCHC_ALLOW_DEMO_PASSWORD: "1",
    },
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
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return Math.round(kb / 1024);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { body: body.data as T, cookie: res.headers.get("set-cookie")?.split(";")[0] };
}

type ResultsAnswer = {
  year: { results: { __typename: string; message?: string; source?: string; rows?: unknown[] } } | null;
};

/** Cold (first) and warm (median of RUNS) times of the ranking through the API; checks its size. */
async function timeApi(api: Api, expectRows: number): Promise<{ cold: number; warm: number; rows: number }> {
  const login = await gql(api.url, `mutation($input: LoginInput!) { login(input: $input) { __typename } }`, {
    input: { email: HOME_AFFAIRS, password: DEMO_PASSWORD },
  });
  if (!login.cookie) throw new Error("sign-in as Home Affairs failed");
  const once = async () => {
    const t = performance.now();
    const { body } = await gql<ResultsAnswer>(
      api.url,
      RESULTS_QUERY,
      { year: YEAR, authority: GENERATED_AUTHORITY_CODE },
      login.cookie,
    );
    const ms = performance.now() - t;
    const results = body.year?.results;
    if (results?.__typename !== "YearResults") throw new Error(`results: ${JSON.stringify(results)}`);
    const rows = results.rows?.length ?? 0;
    if (rows !== expectRows) throw new Error(`results: ${rows} rows, expected ${expectRows}`);
    return { ms, rows };
  };
  const cold = await once();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await once()).ms);
  return { cold: cold.ms, warm: median(warm), rows: cold.rows };
}

async function benchPostgres(): Promise<Figures> {
  const database = `cchc_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  const dbUrl = url.toString();
  try {
    console.log(`PostgreSQL (${database}): generating ${UNITS} units…`);
    const db = await openDatabase({ url: dbUrl, env: {} });
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    let generated: GeneratedYear;
    let rawSqlMs: number;
    let rawSqlPrecedenceMs: number;
    try {
      await seedSampleYear(db.prisma);
      generated = await generateYear(db.prisma, pgExecutor(client), { units: UNITS, year: YEAR, log: console.log });
      rawSqlMs = await timeSql(pgExecutor(client), RAW_SUM, generated.yearId, UNITS);
      rawSqlPrecedenceMs = await timeSql(pgExecutor(client), RAW_PRECEDENCE, generated.yearId, UNITS);
    } finally {
      await client.end();
      await db.close();
    }
    const api = await startApi({ DATABASE_URL: dbUrl });
    try {
      const t = await timeApi(api, UNITS);
      return figures("postgres", generated, t, rawSqlMs, rawSqlPrecedenceMs, api.peakRssMb());
    } finally {
      await api.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

async function benchPGlite(): Promise<Figures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-"));
  try {
    console.log(`PGlite (${dataDir}): generating ${PGLITE_UNITS} units…`);
    const lite = openPGlite(path.join(dataDir, "pglite"));
    const db = await openDatabase({ pglite: lite, env: {} });
    let generated: GeneratedYear;
    let rawSqlMs: number;
    let rawSqlPrecedenceMs: number;
    try {
      await seedSampleYear(db.prisma);
      generated = await generateYear(db.prisma, pgliteExecutor(lite), {
        units: PGLITE_UNITS,
        year: YEAR,
        log: console.log,
      });
      rawSqlMs = await timeSql(pgliteExecutor(lite), RAW_SUM, generated.yearId, PGLITE_UNITS);
      rawSqlPrecedenceMs = await timeSql(pgliteExecutor(lite), RAW_PRECEDENCE, generated.yearId, PGLITE_UNITS);
    } finally {
      await db.close();
      await lite.close();
    }
    // one process at a time on a PGlite folder: the API opens it once the generator has closed it
    const api = await startApi({ CCHC_DATA_DIR: dataDir, DATABASE_URL: "" });
    try {
      const t = await timeApi(api, PGLITE_UNITS);
      return figures("pglite", generated, t, rawSqlMs, rawSqlPrecedenceMs, api.peakRssMb());
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function figures(
  database: Figures["database"],
  g: GeneratedYear,
  t: { cold: number; warm: number; rows: number },
  rawSqlMs: number,
  rawSqlPrecedenceMs: number,
  apiPeakRssMb: number,
): Figures {
  return {
    database,
    units: g.units,
    rows: g.entries,
    generateMs: g.ms,
    apiColdMs: round1(t.cold),
    apiWarmP50Ms: round1(t.warm),
    rawSqlMs: round1(rawSqlMs),
    rawSqlPrecedenceMs: round1(rawSqlPrecedenceMs),
    ratio: Math.round((t.warm / rawSqlMs) * 100) / 100,
    apiPeakRssMb,
    rankedRows: t.rows,
  };
}

function printTable(all: Figures[]) {
  const head = [
    "database",
    "units",
    "rows",
    "generate ms",
    "API cold ms",
    `API warm p50 ms (n=${RUNS})`,
    "raw SQL ms",
    "raw SQL w/ precedence ms",
    "ratio API/SQL",
    "API peak RSS MB",
  ];
  const lines = all.map((f) => [
    f.database,
    String(f.units),
    String(f.rows),
    String(f.generateMs),
    String(f.apiColdMs),
    String(f.apiWarmP50Ms),
    String(f.rawSqlMs),
    String(f.rawSqlPrecedenceMs),
    `${f.ratio}×`,
    String(f.apiPeakRssMb),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join(" │ ");
  console.log(`\n${fmt(head)}\n${widths.map((w) => "─".repeat(w)).join("─┼─")}`);
  for (const l of lines) console.log(fmt(l));
  for (const f of all.filter((x) => x.database === "postgres")) {
    console.log(
      `\nPostgreSQL: API warm p50 / raw SQL = ${f.ratio}× (goal ≤ 1.5×: ${f.ratio <= 1.5 ? "met" : "NOT met"})`,
    );
  }
}

async function main() {
  execFileSync(process.execPath, ["build.mjs", "--outfile", BUNDLE], { cwd: API_DIR, stdio: "inherit" });
  const all: Figures[] = [];
  for (const target of TARGETS) {
    if (target === "pglite") all.push(await benchPGlite());
    else if (target === "postgres") all.push(await benchPostgres());
    else throw new Error(`BENCH_DB: unknown database "${target}" (pglite, postgres)`);
  }
  printTable(all);
  console.log(JSON.stringify({ bench: "results-db", runs: RUNS, figures: all }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
