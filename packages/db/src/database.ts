// Opens the database: a real PostgreSQL server through the pg driver adapter when a URL is given,
// else embedded PGlite (PostgreSQL in WebAssembly) persisted in a data folder. Both get the same
// committed migrations applied before the Prisma client is used.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";
import { applyMigrations, type SqlExecutor } from "./migrate.js";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** A human description for logs: the data folder or the server (without password). */
  where: string;
  /** Migrations applied by this open (empty when the schema was up to date). */
  applied: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL of a real server; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder (created if missing). Ignored with `url`. Omit both for an in-memory PGlite. */
  dataDir?: string;
  /** An already open PGlite (tests load one from a dumped template). */
  pglite?: PGlite;
  /** PostgreSQL schema to use on a real server (tests isolate each file in its own schema). */
  schema?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Log SQL statements to this function (tests count them to catch N+1 queries). */
  onQuery?: (sql: string) => void;
}

export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    exec: async (script) => {
      await db.exec(script);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
  };
}

export function pgExecutor(client: pg.ClientBase): SqlExecutor {
  return {
    exec: async (script) => {
      await client.query(script);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  };
}

export function openPGlite(dataDir?: string): PGlite {
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  // log_startup_progress_interval=0: a reopened data folder otherwise re-arms a timer forever.
  return new PGlite({
    ...(dataDir ? { dataDir: path.resolve(dataDir) } : {}),
    postgresqlconf: ["log_startup_progress_interval=0"],
  });
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres server";
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const migrate = options.migrate ?? true;
  const log: { log?: Array<{ emit: "event"; level: "query" }> } = options.onQuery
    ? { log: [{ emit: "event", level: "query" }] }
    : {};
  if (options.url) {
    const schema = options.schema;
    const poolConfig: pg.PoolConfig = {
      connectionString: options.url,
      max: 10,
      allowExitOnIdle: true,
      ...(schema ? { options: `-c search_path="${schema}"` } : {}),
    };
    let applied: string[] = [];
    if (migrate) {
      const client = new pg.Client(poolConfig);
      await client.connect();
      try {
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        applied = await applyMigrations(pgExecutor(client));
      } finally {
        await client.end();
      }
    }
    const adapter = new PrismaPg(poolConfig, schema ? { schema } : undefined);
    const prisma = new PrismaClient({ adapter, ...log });
    attachQueryLog(prisma, options.onQuery);
    return {
      prisma,
      kind: "postgres",
      where: redact(options.url) + (schema ? ` (schema ${schema})` : ""),
      applied,
      close: () => prisma.$disconnect(),
    };
  }
  const lite = options.pglite ?? openPGlite(options.dataDir);
  await lite.waitReady;
  const applied = migrate ? await applyMigrations(pgliteExecutor(lite)) : [];
  // pglite-prisma-adapter 0.6.1 is typed against an older driver-adapter-utils: cast at this seam.
  const adapter = new PrismaPGlite(lite) as unknown as PrismaPg;
  const prisma = new PrismaClient({ adapter, ...log });
  attachQueryLog(prisma, options.onQuery);
  return {
    prisma,
    kind: "pglite",
    where: options.dataDir ? path.resolve(options.dataDir) : "in-memory",
    applied,
    close: async () => {
      await prisma.$disconnect();
      if (!options.pglite) await lite.close();
    },
  };
}

function attachQueryLog(prisma: PrismaClient, onQuery?: (sql: string) => void) {
  if (!onQuery) return;
  (prisma as unknown as { $on(e: "query", cb: (ev: { query: string }) => void): void }).$on("query", (ev) =>
    onQuery(ev.query),
  );
}
