// A database for the benchmarks with the sample year seeded and a generated year of N units
// (@cchc/db/testing generateYear): a throwaway database `cchc_bench_<pid>` on a PostgreSQL server, or
// a PGlite folder in the temp directory. The API is then started on it (`env`) and `dispose()` drops it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, openPGlite, pgExecutor, pgliteExecutor, type SqlExecutor } from "@cchc/db";
import { seedSampleYear } from "@cchc/db/seed";
import { type GeneratedYear, generateYear } from "@cchc/db/testing";
import pg from "pg";

export type BenchDatabase = "pglite" | "postgres";

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface PreparedDatabase {
  database: BenchDatabase;
  /** What the API process needs to open it. */
  env: Record<string, string>;
  generated: GeneratedYear;
  /** Drops the database (or deletes the folder). */
  dispose(): Promise<void>;
}

export interface PrepareOptions {
  units: number;
  year: number;
  /** Runs with the generator's connection still open (e.g. raw SQL timings). */
  afterGenerate?: (sql: SqlExecutor, generated: GeneratedYear) => Promise<void>;
  log?: (line: string) => void;
}

/** A database `cchc_bench_<pid>` on the server at `serverUrl`, seeded and with a generated year. */
export async function preparePostgres(serverUrl: string, options: PrepareOptions): Promise<PreparedDatabase> {
  const log = options.log ?? console.log;
  const database = `cchc_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  const dispose = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  };
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const dbUrl = url.toString();
    log(`PostgreSQL (${database}): generating ${options.units} units…`);
    const db = await openDatabase({ url: dbUrl, env: {} });
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      await seedSampleYear(db.prisma);
      const generated = await generateYear(db.prisma, pgExecutor(client), {
        units: options.units,
        year: options.year,
        log,
      });
      await options.afterGenerate?.(pgExecutor(client), generated);
      return { database: "postgres", env: { DATABASE_URL: dbUrl }, generated, dispose };
    } finally {
      await client.end();
      await db.close();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** A PGlite folder in the temp directory, seeded and with a generated year (closed before returning). */
export async function preparePGlite(options: PrepareOptions): Promise<PreparedDatabase> {
  const log = options.log ?? console.log;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-"));
  const dispose = async () => rmSync(dataDir, { recursive: true, force: true });
  try {
    log(`PGlite (${dataDir}): generating ${options.units} units…`);
    const lite = openPGlite(path.join(dataDir, "pglite"));
    const db = await openDatabase({ pglite: lite, env: {} });
    try {
      await seedSampleYear(db.prisma);
      const generated = await generateYear(db.prisma, pgliteExecutor(lite), {
        units: options.units,
        year: options.year,
        log,
      });
      await options.afterGenerate?.(pgliteExecutor(lite), generated);
      // one process at a time on a PGlite folder: the API opens it once this one is closed
      return { database: "pglite", env: { CCHC_DATA_DIR: dataDir, DATABASE_URL: "" }, generated, dispose };
    } finally {
      await db.close();
      await lite.close();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
}
