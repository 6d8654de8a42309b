/**
 * API speed benchmark (`npm run bench:api`): in one run, the API's production bundle on PostgreSQL
 * (a throwaway database on the machine's server) and on PGlite (a temp folder), each with the sample
 * year and a generated year of BENCH_UNITS units, and a bare Apollo Server (same @apollo/server and
 * graphql, production mode, the API's SDL without resolvers answering the JSON the API answered:
 * lib/bare-apollo.mjs). For each query, autocannon at 50 connections for BENCH_DURATION seconds:
 *
 * - plan: the plan page's query (apps/admin/src/pages/plan-page.tsx, PlanPage) for 2021;
 * - scorecard: a unit's scorecard (scorecard-page.tsx, ScorecardPage; the 48 of 49 leaves that apply
 *   to a department, with sources and entries) in 2021;
 * - ranking: the results page's ranking for the generated year: its first page as the virtualized
 *   table asks it (results-ranking.tsx, ResultsRankingPage, 100 rows of the whole ranking), or, while
 *   the admin has no paged ranking, the results page's query (ResultsPage) with every row;
 * - rankingAll (only when named in BENCH_QUERIES): every row of the ranking in one answer (the
 *   results-db benchmark's query), for reference;
 * - me: the app layout's `me` (app-layout.tsx, AppLayoutMe).
 *
 * The documents are read from the admin's source at run time (lib/admin-documents.ts), as Home Affairs.
 * Prints req/s, p50, p95, p99 (ms), the ratio to the bare server, the targets with met / not met, the
 * admin's bundle size (apps/admin/scripts/bundle-size.mjs, when present), then one JSON line.
 *
 * Settings (env): BENCH_DB=postgres,pglite · BENCH_UNITS=10000 · BENCH_PGLITE_UNITS (default BENCH_UNITS) · BENCH_DURATION=10 (seconds per
 * query and server) · BENCH_CONNECTIONS=50 · BENCH_WARMUP=2 (seconds per query before measuring) ·
 * BENCH_QUERIES=plan,scorecard,ranking,me · BENCH_DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres; a database `cchc_bench_<pid>` is created and dropped)
 * · BENCH_NO_ANSWER_CACHE_TOO (default 1; 0 skips both): on PostgreSQL, the same queries again asking
 * for fresh answers (row "pg-fresh": the answer cache's miss) and with the cache off (row
 * "pg-nocache": every request runs its resolvers); the "postgres" row asks the same query as the same
 * person with nothing written, so after the first it is the cache's hit
 * · BENCH_NO_PLAN_CACHE_TOO=1: also with Prisma's compiled-plan cache off (row "pg-noplan", both
 * caches off), for a side-by-side figure · BENCH_PROFILE=<dir>: the API runs with `--cpu-prof` into
 * that folder and the profile's top functions and packages are printed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminOperation, hasAdminOperation, WHOLE_RANKING_QUERY } from "./lib/admin-documents.js";
import { API_DIR, buildBundle, type ChildServer, gql, signIn, startApi, startChild } from "./lib/api-process.js";
import { type BenchDatabase, DEFAULT_SERVER_URL, preparePGlite, preparePostgres } from "./lib/databases.js";
import { type LoadFigures, load } from "./lib/load.js";
import { summarizeProfiles } from "./lib/profile.js";

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
/** Units of the generated year on PGlite (default BENCH_UNITS; its generation is the slowest step). */
const PGLITE_UNITS = Number(process.env.BENCH_PGLITE_UNITS ?? UNITS);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DATABASES = (process.env.BENCH_DB ?? "postgres,pglite").split(",").map((s) => s.trim()) as BenchDatabase[];
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
/** Also measure the API on PostgreSQL with its answer cache off (src/answer-cache.ts). */
const NO_ANSWER_CACHE_TOO = process.env.BENCH_NO_ANSWER_CACHE_TOO !== "0";
/** Also measure it with Prisma's plan cache off too (packages/db/src/plan-cache.ts). */
const NO_PLAN_CACHE_TOO = process.env.BENCH_NO_PLAN_CACHE_TOO === "1";
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : null;
const YEAR = 2030;
const SAMPLE_YEAR = 2021;
const HOME_AFFAIRS = "noivu@cchc.demo";

type QueryName = "plan" | "scorecard" | "ranking" | "me" | "rankingAll";
const DEFAULT_QUERIES: QueryName[] = ["plan", "scorecard", "ranking", "me"];
const QUERIES = (process.env.BENCH_QUERIES?.split(",").map((s) => s.trim()) ?? DEFAULT_QUERIES) as QueryName[];
const PAGED_RANKING = hasAdminOperation("ResultsRankingPage");
/** The ranking's first page as the admin's virtualized table asks it (RANKING_PAGE_SIZE). */
const RANKING_PAGE_ROWS = 100;
const OPERATIONS: Record<QueryName, string> = {
  plan: "PlanPage",
  scorecard: "ScorecardPage",
  ranking: PAGED_RANKING ? "ResultsRankingPage" : "ResultsPage",
  me: "AppLayoutMe",
  rankingAll: "BenchResults",
};
const documentOf = (q: QueryName) => (q === "rankingAll" ? WHOLE_RANKING_QUERY : adminOperation(OPERATIONS[q]));

/**
 * "pg-fresh": the API on PostgreSQL, every request asking for a fresh answer (`Cache-Control:
 * no-cache`: the cache's miss, i.e. its revision read and keeping the answer, on top of the resolvers);
 * "pg-nocache": the API on PostgreSQL with its answer cache off; "pg-noplan": with Prisma's plan cache
 * off too (BENCH_NO_PLAN_CACHE_TOO=1); for comparison.
 */
type Server = BenchDatabase | "pg-fresh" | "pg-nocache" | "pg-noplan" | "bare";

/** The same API restarted on the same PostgreSQL database with these settings. */
const POSTGRES_VARIANTS: Array<{ server: Server; on: boolean; env: Record<string, string>; what: string }> = [
  {
    server: "pg-nocache",
    on: NO_ANSWER_CACHE_TOO,
    env: { CCHC_ANSWER_CACHE: "0" },
    what: "the answer cache off (CCHC_ANSWER_CACHE=0): every request runs its resolvers",
  },
  {
    server: "pg-noplan",
    on: NO_PLAN_CACHE_TOO,
    env: { CCHC_ANSWER_CACHE: "0", CCHC_PRISMA_PLAN_CACHE: "0" },
    what: "the answer cache and the plan cache off (CCHC_PRISMA_PLAN_CACHE=0)",
  },
];

const NO_FIGURES: LoadFigures = {
  requests: 0,
  reqPerSec: 0,
  p50: Number.NaN,
  p95: Number.NaN,
  p99: Number.NaN,
  failures: 0,
  failuresBy: { non2xx: 0, errors: 0, timeouts: 0 },
  bytes: 0,
};

interface Row extends LoadFigures {
  server: Server;
  query: QueryName;
  /** The server stopped answering. */
  error?: string;
  /** req/s over the bare server's for the same query. */
  ratioToBare: number | null;
}

interface Prepared {
  body: string;
  /** The answer's `data`, for the bare server. */
  data: unknown;
  bytes: number;
}

type Json = Record<string, unknown>;

/** The variables of each query on this database, checked answers and the request bodies. */
async function prepareQueries(api: ChildServer, cookie: string, units: number): Promise<Record<QueryName, Prepared>> {
  const scorecardYear = await gql<{
    year: { id: string; results: { rows?: Array<{ unit: { id: string }; unitType: { code: string } }> } };
  }>(api.url, adminOperation("ScorecardYear"), { year: SAMPLE_YEAR }, cookie);
  const yearId = scorecardYear.data.year.id;
  // the best-ranked unit of the unit type whose scorecard has the most leaves (a department: 48 of the 49)
  let unitId: string | undefined;
  let most = -1;
  const seen = new Set<string>();
  for (const row of scorecardYear.data.year.results.rows ?? []) {
    if (seen.has(row.unitType.code)) continue;
    seen.add(row.unitType.code);
    const card = await gql<{ unitScorecard: { leaves?: unknown[] } }>(
      api.url,
      adminOperation("ScorecardPage"),
      { yearId, unitId: row.unit.id },
      cookie,
    );
    const leaves = card.data.unitScorecard.leaves?.length ?? 0;
    if (leaves > most) [most, unitId] = [leaves, row.unit.id];
  }
  if (!unitId) throw new Error(`${SAMPLE_YEAR}: no ranked unit for the scorecard`);
  const variables: Record<QueryName, Json> = {
    plan: { year: SAMPLE_YEAR },
    scorecard: { yearId, unitId },
    ranking: PAGED_RANKING ? { year: YEAR, offset: 0, limit: RANKING_PAGE_ROWS, sort: "RANK" } : { year: YEAR },
    me: {},
    rankingAll: { year: YEAR },
  };
  const out = {} as Record<QueryName, Prepared>;
  for (const q of QUERIES) {
    const query = documentOf(q);
    const answer = await gql<Json>(api.url, query, variables[q], cookie);
    check(q, answer.data, units);
    out[q] = {
      body: JSON.stringify({ operationName: OPERATIONS[q], query, variables: variables[q] }),
      data: answer.data,
      bytes: answer.bytes,
    };
  }
  return out;
}

/** The answers are what the queries are meant to measure (or the figures would mean nothing). */
function check(q: QueryName, data: Json, units: number): void {
  // biome-ignore lint/suspicious/noExplicitAny: a quick look into JSON
  const d = data as any;
  const fail = (why: string) => {
    throw new Error(`${q}: ${why}: ${JSON.stringify(data).slice(0, 300)}`);
  };
  if (q === "plan" && !(d.year?.planTasks?.length >= 20)) fail("expected the sample plan's 20 tasks");
  if (q === "scorecard") {
    if (d.unitScorecard?.__typename !== "UnitScorecard") fail("no scorecard");
    // the leaves that apply to the unit's type (48 of the sample framework's 49 for a department)
    if (d.unitScorecard.leaves.length < 45) fail(`expected ≥ 45 leaves, got ${d.unitScorecard.leaves.length}`);
  }
  if (q === "ranking" && PAGED_RANKING) {
    const page = d.year?.resultsPage ?? d.year?.results?.page;
    if (!(page?.total >= units) || page.rows.length !== RANKING_PAGE_ROWS)
      fail(`expected a page of ${RANKING_PAGE_ROWS} rows of ≥ ${units}`);
  } else if (q === "ranking" || q === "rankingAll") {
    const rows = d.year?.results?.rows?.length ?? 0;
    if (d.year?.results?.__typename !== "YearResults" || rows < units)
      fail(`expected ≥ ${units} ranked rows, got ${rows}`);
  }
  if (q === "me" && !d.me?.id) fail("not signed in");
}

/**
 * autocannon stops at the end of its duration without waiting for the answers in flight: the server
 * still works through them. One more request, answered after them, lets the next run start on an idle server.
 */
async function drain(url: string, body: string, cookie?: string): Promise<void> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body,
  });
  await res.text();
}

async function measure(
  server: Server,
  url: string,
  prepared: Record<QueryName, Prepared>,
  cookie?: string,
  headers?: Record<string, string>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const q of QUERIES) {
    const body = prepared[q].body;
    let figures: LoadFigures;
    try {
      if (WARMUP > 0) await load({ url, body, cookie, headers, connections: CONNECTIONS, durationSec: WARMUP });
      await drain(url, body, cookie);
      figures = await load({ url, body, cookie, headers, connections: CONNECTIONS, durationSec: DURATION });
      await drain(url, body, cookie);
    } catch (error) {
      // the server stopped answering (it died, or ran out of memory): say so, measure nothing more on it
      const why =
        error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : String(error);
      console.log(`  ${server.padEnd(8)} ${q.padEnd(9)} FAILED: ${why}`);
      for (const rest of QUERIES.slice(QUERIES.indexOf(q)))
        rows.push({ server, query: rest, ...NO_FIGURES, error: why, ratioToBare: null });
      return rows;
    }
    console.log(
      `  ${server.padEnd(8)} ${q.padEnd(9)} ${figures.reqPerSec} req/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms${figures.failures ? `, failures: ${JSON.stringify(figures.failuresBy)}` : ""}`,
    );
    rows.push({ server, query: q, ...figures, ratioToBare: null });
  }
  return rows;
}

async function benchDatabase(
  database: BenchDatabase,
): Promise<{ rows: Row[]; prepared: Record<QueryName, Prepared>; peakRssMb: number }> {
  const units = database === "postgres" ? UNITS : PGLITE_UNITS;
  const prepareOptions = { units, year: YEAR };
  const db =
    database === "postgres" ? await preparePostgres(SERVER_URL, prepareOptions) : await preparePGlite(prepareOptions);
  try {
    const profileArgs = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROFILE_DIR, database)}`] : [];
    const api = await startApi(db.env, profileArgs);
    try {
      const cookie = await signIn(api.url, HOME_AFFAIRS);
      const prepared = await prepareQueries(api, cookie, units);
      console.log(`${database}: the API (production bundle), ${CONNECTIONS} connections, ${DURATION} s per query`);
      const rows = await measure(database, api.url, prepared, cookie);
      if (database === "postgres" && NO_ANSWER_CACHE_TOO) {
        console.log("postgres: the same API, every request asking for a fresh answer (Cache-Control: no-cache)");
        rows.push(...(await measure("pg-fresh", api.url, prepared, cookie, { "cache-control": "no-cache" })));
      }
      if (rows.some((r) => r.error))
        console.log(
          `the API on ${database} (exit ${api.child.exitCode}, signal ${api.child.signalCode}) printed:\n${api.output()}`,
        );
      const peakRssMb = api.peakRssMb();
      const variants = database === "postgres" ? POSTGRES_VARIANTS.filter((v) => v.on) : [];
      if (variants.length) await api.stop();
      for (const variant of variants) {
        const plain = await startApi({ ...db.env, ...variant.env }, profileArgs);
        try {
          const plainCookie = await signIn(plain.url, HOME_AFFAIRS);
          console.log(`postgres: the same API with ${variant.what}`);
          rows.push(...(await measure(variant.server, plain.url, prepared, plainCookie)));
        } finally {
          await plain.stop();
        }
      }
      return { rows, prepared, peakRssMb };
    } finally {
      await api.stop();
    }
  } finally {
    await db.dispose();
  }
}

async function benchBare(prepared: Record<QueryName, Prepared>): Promise<Row[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bare-"));
  try {
    const file = path.join(dir, "answers.json");
    writeFileSync(file, JSON.stringify(Object.fromEntries(QUERIES.map((q) => [OPERATIONS[q], prepared[q].data]))));
    const bare = await startChild(
      [path.join(API_DIR, "bench/lib/bare-apollo.mjs")],
      { NODE_ENV: "production", BENCH_BARE_ANSWERS: file },
      { readyPath: "/", ready: (res) => res.status < 500 },
    );
    try {
      // the same JSON as the API's?
      for (const q of QUERIES) {
        const res = await fetch(`${bare.url}/`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: prepared[q].body,
        });
        const text = await res.text();
        if (JSON.stringify(JSON.parse(text).data) !== JSON.stringify(prepared[q].data))
          throw new Error(`bare ${q}: a different answer than the API's: ${text.slice(0, 300)}`);
      }
      console.log(`bare Apollo Server, ${CONNECTIONS} connections, ${DURATION} s per query`);
      return await measure("bare", bare.url.replace(/\/$/, ""), prepared, undefined);
    } finally {
      await bare.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The admin's bundle-size figures (apps/admin/scripts/bundle-size.mjs prints one JSON line), or null. */
function bundleSize(): Json | null {
  const adminDir = path.resolve(API_DIR, "../admin");
  const script = path.join(adminDir, "scripts/bundle-size.mjs");
  if (!existsSync(script)) return null;
  try {
    if (!existsSync(path.join(adminDir, "dist/index.html")))
      execFileSync("npm", ["run", "build"], { cwd: adminDir, stdio: "inherit" });
    const out = execFileSync(process.execPath, [script], { cwd: adminDir, encoding: "utf8" });
    const line = out
      .trim()
      .split("\n")
      .reverse()
      .find((l) => l.trim().startsWith("{"));
    return line ? (JSON.parse(line) as Json) : null;
  } catch (error) {
    console.error(`bundle size: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

interface Target {
  what: string;
  met: boolean;
  figure: string;
}

function targets(rows: Row[]): Target[] {
  const get = (server: Server, q: QueryName) => rows.find((r) => r.server === server && r.query === q);
  const out: Target[] = [];
  for (const q of ["plan", "scorecard"] as QueryName[]) {
    const bare = get("bare", q);
    // the API as it runs (a repeated question is the answer cache's hit), then every request executed
    for (const [server, label] of [
      ["postgres", ""],
      ["pg-nocache", ", answer cache off"],
    ] as const) {
      const pg = get(server, q);
      if (pg && bare)
        out.push({
          what: `PostgreSQL ${q}${label}: ≥ 30% of the bare server's req/s`,
          met: pg.reqPerSec >= 0.3 * bare.reqPerSec,
          figure: `${Math.round((pg.reqPerSec / bare.reqPerSec) * 100)}%`,
        });
      if (pg) out.push({ what: `PostgreSQL ${q}${label}: p95 < 50 ms`, met: pg.p95 < 50, figure: `${pg.p95} ms` });
    }
  }
  for (const q of ["ranking", "rankingAll"] as QueryName[]) {
    const ranking = get("postgres", q);
    if (ranking)
      out.push({ what: `PostgreSQL ${q}: p95 < 300 ms`, met: ranking.p95 < 300, figure: `${ranking.p95} ms` });
  }
  for (const q of QUERIES) {
    const pg = get("postgres", q);
    const lite = get("pglite", q);
    if (pg && lite)
      out.push({
        what: `PGlite ${q}: within 2× of PostgreSQL (req/s ≥ ½, p95 ≤ 2×)`,
        met: lite.reqPerSec >= pg.reqPerSec / 2 && lite.p95 <= 2 * pg.p95,
        figure: `${lite.reqPerSec} vs ${pg.reqPerSec} req/s, p95 ${lite.p95} vs ${pg.p95} ms`,
      });
  }
  return out;
}

function table(head: string[], lines: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" │ ");
  return [fmt(head), widths.map((w) => "─".repeat(w)).join("─┼─"), ...lines.map(fmt)].join("\n");
}

async function main() {
  const t0 = performance.now();
  buildBundle();
  const rows: Row[] = [];
  const peakRssMb: Partial<Record<BenchDatabase, number>> = {};
  let captured: Record<QueryName, Prepared> | undefined;
  for (const database of DATABASES) {
    if (database !== "postgres" && database !== "pglite")
      throw new Error(`BENCH_DB: unknown database "${database}" (postgres, pglite)`);
    const result = await benchDatabase(database);
    rows.push(...result.rows);
    peakRssMb[database] = result.peakRssMb;
    captured ??= result.prepared;
  }
  if (captured) rows.push(...(await benchBare(captured)));
  for (const r of rows) {
    const bare = rows.find((b) => b.server === "bare" && b.query === r.query);
    r.ratioToBare = bare?.reqPerSec ? Math.round((r.reqPerSec / bare.reqPerSec) * 100) / 100 : null;
  }
  const bundle = bundleSize();

  console.log(
    `\n${table(
      ["server", "query", "req/s", "p50 ms", "p95 ms", "p99 ms", "× bare req/s", "failures", "answer KB"],
      rows.map((r) => [
        r.server,
        r.query,
        String(r.reqPerSec),
        String(r.p50),
        String(r.p95),
        String(r.p99),
        r.ratioToBare === null ? "" : `${r.ratioToBare}×`,
        String(r.failures),
        (r.bytes / 1024).toFixed(1),
      ]),
    )}`,
  );
  console.log(
    `(${CONNECTIONS} connections, ${DURATION} s each; ranking of ${UNITS} generated units${PGLITE_UNITS !== UNITS && DATABASES.includes("pglite") ? ` (PGlite: ${PGLITE_UNITS})` : ""}${PAGED_RANKING ? `, its first page of ${RANKING_PAGE_ROWS} rows` : ", every row"}; API peak RSS ${Object.entries(
      peakRssMb,
    )
      .map(([d, mb]) => `${d} ${mb} MB`)
      .join(", ")})`,
  );
  const checks = targets(rows);
  if (bundle) {
    const kb = Number(bundle.initialGzipKB);
    checks.push({ what: "admin: initial JavaScript ≤ 200 KB gzip", met: kb <= 200, figure: `${kb} KB` });
    console.log(`\nadmin bundle: ${JSON.stringify(bundle)}`);
  } else console.log("\nadmin bundle: apps/admin/scripts/bundle-size.mjs not found (or failed): no figure");
  console.log(
    `\n${table(
      ["target", "", "figure", "met"],
      checks.map((c) => [c.what, "", c.figure, c.met ? "met" : "NOT met"]),
    )}`,
  );
  if (PROFILE_DIR) {
    for (const database of DATABASES) {
      const dir = path.join(PROFILE_DIR, database);
      if (!existsSync(dir)) continue;
      const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
      console.log(
        `\nCPU profile of the API on ${database} (${dir}):\n${summarizeProfiles(files.map((f) => path.join(dir, f)))}`,
      );
    }
  }
  const seconds = Math.round((performance.now() - t0) / 1000);
  console.log(
    JSON.stringify({
      bench: "api",
      connections: CONNECTIONS,
      durationSec: DURATION,
      units: UNITS,
      pgliteUnits: PGLITE_UNITS,
      rankingQuery: OPERATIONS.ranking,
      seconds,
      figures: rows,
      peakRssMb,
      bundle,
      targets: checks,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
