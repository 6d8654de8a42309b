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
import type { SqlExecutor } from "@cchc/db";
import { GENERATED_AUTHORITY_CODE, type GeneratedYear } from "@cchc/db/testing";
import { WHOLE_RANKING_QUERY } from "./lib/admin-documents.js";
import { buildBundle, type ChildServer, gql, signIn, startApi } from "./lib/api-process.js";
import { DEFAULT_SERVER_URL, type PreparedDatabase, preparePGlite, preparePostgres } from "./lib/databases.js";

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const PGLITE_UNITS = Number(process.env.BENCH_PGLITE_UNITS ?? UNITS);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const TARGETS = (process.env.BENCH_DB ?? "pglite,postgres").split(",").map((s) => s.trim());
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
const YEAR = 2030;
const HOME_AFFAIRS = "noivu@cchc.demo";

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

type ResultsAnswer = {
  year: { results: { __typename: string; message?: string; source?: string; rows?: unknown[] } } | null;
};

/** Cold (first) and warm (median of RUNS) times of the ranking through the API; checks its size. */
async function timeApi(api: ChildServer, expectRows: number): Promise<{ cold: number; warm: number; rows: number }> {
  const cookie = await signIn(api.url, HOME_AFFAIRS);
  const once = async () => {
    const t = performance.now();
    const { data: body } = await gql<ResultsAnswer>(
      api.url,
      WHOLE_RANKING_QUERY,
      { year: YEAR, authority: GENERATED_AUTHORITY_CODE },
      cookie,
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

/** Generates the year, times the raw SQL on the generator's connection, then ranks it through the API. */
async function bench(
  prepare: (options: Parameters<typeof preparePGlite>[0]) => Promise<PreparedDatabase>,
  units: number,
) {
  let rawSqlMs = 0;
  let rawSqlPrecedenceMs = 0;
  const prepared = await prepare({
    units,
    year: YEAR,
    afterGenerate: async (sql, generated) => {
      rawSqlMs = await timeSql(sql, RAW_SUM, generated.yearId, units);
      rawSqlPrecedenceMs = await timeSql(sql, RAW_PRECEDENCE, generated.yearId, units);
    },
  });
  try {
    const api = await startApi(prepared.env);
    try {
      const t = await timeApi(api, units);
      return figures(prepared.database, prepared.generated, t, rawSqlMs, rawSqlPrecedenceMs, api.peakRssMb());
    } finally {
      await api.stop();
    }
  } finally {
    await prepared.dispose();
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
  buildBundle();
  const all: Figures[] = [];
  for (const target of TARGETS) {
    if (target === "pglite") all.push(await bench(preparePGlite, PGLITE_UNITS));
    else if (target === "postgres") all.push(await bench((o) => preparePostgres(SERVER_URL, o), UNITS));
    else throw new Error(`BENCH_DB: unknown database "${target}" (pglite, postgres)`);
  }
  printTable(all);
  console.log(JSON.stringify({ bench: "results-db", runs: RUNS, figures: all }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
