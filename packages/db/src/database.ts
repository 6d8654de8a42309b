// Opens the database: a real PostgreSQL server through the pg driver adapter when a URL is given,
// else embedded PGlite (PostgreSQL in WebAssembly) persisted in a data folder. Both get the same
// committed migrations applied before the Prisma client is used.
// On a server, the migrations run as the owner (`url`); the Prisma client may connect as a
// least-privileged application role instead (`appUrl` / `appRole`, from DATABASE_APP_URL and
// CCHC_APP_ROLE by default; see app-role.ts and docs/database-roles.md).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  type AppRoleOptions,
  appRoleSettingsFromEnv,
  assertLeastPrivileged,
  ensureAppRole,
  grantAppRole,
  urlUser,
  withUser,
} from "./app-role.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { applyMigrations, type SqlExecutor } from "./migrate.js";
import { installPlanCache } from "./plan-cache.js";

// identical requests reuse their compiled query plan (plan-cache.ts; CCHC_PRISMA_PLAN_CACHE=0: off)
installPlanCache();

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** A human description for logs: the data folder or the server (without password), and the role. */
  where: string;
  /** On a server: the user the Prisma client connects as (the application role, or the owner). */
  user?: string;
  /** Migrations applied by this open (empty when the schema was up to date). */
  applied: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL of a real server; when absent, PGlite is used. Migrations run as its user (the owner). */
  url?: string;
  /**
   * The application's connection (least-privileged role): when given, the Prisma client uses it
   * and the migrations still run through `url`. Default: env DATABASE_APP_URL.
   */
  appUrl?: string;
  /**
   * The application role: after the migrations, as the owner, create it if missing and (re)grant
   * its privileges; the client connects as it (through `appUrl`, else `url` with this user and
   * password). Default: env CCHC_APP_ROLE (and CCHC_APP_ROLE_PASSWORD).
   */
  appRole?: AppRoleOptions;
  /** Where the defaults of `appUrl` and `appRole` are read (default process.env; `{}` for none). */
  env?: Record<string, string | undefined>;
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
  const fromEnv = appRoleSettingsFromEnv(options.env ?? process.env);
  if (options.url) {
    const schema = options.schema;
    const appRole = options.appRole ?? fromEnv.appRole;
    const appUrl =
      options.appUrl ?? fromEnv.appUrl ?? (appRole ? withUser(options.url, appRole.name, appRole.password) : undefined);
    const appUser = appUrl ? urlUser(appUrl) : undefined;
    if (appRole && appUser !== appRole.name) {
      throw new Error(
        `The application's connection (DATABASE_APP_URL) is for user "${appUser ?? "?"}", not the application role "${appRole.name}" (CCHC_APP_ROLE).`,
      );
    }
    const poolFor = (connectionString: string): pg.PoolConfig => ({
      connectionString,
      max: 10,
      allowExitOnIdle: true,
      ...(schema ? { options: `-c search_path="${schema}"` } : {}),
    });
    let applied: string[] = [];
    if (migrate) {
      const client = new pg.Client(poolFor(options.url));
      await client.connect();
      try {
        const owner = pgExecutor(client);
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        applied = await applyMigrations(owner);
        if (appRole) {
          if (appRole.create ?? true) await ensureAppRole(owner, appRole);
          await grantAppRole(owner, appRole.name, schema ? { schema } : {});
        } else if (appUser) {
          // A role set up by hand (docs/database-roles.md): refuse one that could bypass the audit trigger.
          const [me] = await owner.query<{ user: string }>("SELECT current_user AS user");
          if (me?.user === appUser) {
            throw new Error(
              `DATABASE_APP_URL connects as "${appUser}", the migrations' owner (DATABASE_URL): use a least-privileged role (docs/database-roles.md).`,
            );
          }
          await assertLeastPrivileged(owner, appUser, schema ?? "public");
        }
      } finally {
        await client.end();
      }
    }
    const adapter = new PrismaPg(poolFor(appUrl ?? options.url), schema ? { schema } : undefined);
    const prisma = new PrismaClient({ adapter, ...log });
    attachQueryLog(prisma, options.onQuery);
    const user = appUser ?? urlUser(options.url);
    return {
      prisma,
      kind: "postgres",
      where:
        redact(appUrl ?? options.url) +
        (schema ? ` (schema ${schema})` : "") +
        (appUser ? ` as application role ${appUser}, migrations as ${urlUser(options.url) ?? "the URL's user"}` : ""),
      ...(user ? { user } : {}),
      applied,
      close: () => prisma.$disconnect(),
    };
  }
  if ((options.appUrl ?? fromEnv.appUrl) || (options.appRole ?? fromEnv.appRole)) {
    console.warn(
      "DATABASE_APP_URL / CCHC_APP_ROLE ignored: the embedded PGlite database has a single role (set DATABASE_URL for a server).",
    );
  }
  const lite = options.pglite ?? openPGlite(options.dataDir);
  await lite.waitReady;
  const applied = migrate ? await applyMigrations(pgliteExecutor(lite)) : [];
  // PGlite encodes array parameters by the array types it read when it opened: types the migrations
  // just created (the enums' arrays, e.g. "Role"[]) were unknown, so `roles: { hasSome: [...] }` sent
  // "INSPECTOR,HOME_AFFAIRS" and failed ("malformed array literal") until the next start.
  if (applied.length) await lite.refreshArrayTypes();
  yieldBeforeEachQuery(lite);
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

/**
 * PGlite runs in this thread and answers through promises only, so without this a request's
 * statements and its response all ran in one turn of the event loop: no other connection was read,
 * no timer fired (the request queue's 503 among them) until it was done, and under load some
 * requests waited seconds while others went through. Letting the loop turn before each statement
 * interleaves requests statement by statement, as a server connection pool does. Transactions run
 * on PGlite's transaction object, unchanged: they keep the connection to themselves anyway.
 */
function yieldBeforeEachQuery(lite: PGlite): void {
  const marked = lite as PGlite & { cchcYields?: true };
  if (marked.cchcYields) return;
  marked.cchcYields = true;
  const query = lite.query.bind(lite);
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  lite.query = (async (...args: Parameters<PGlite["query"]>) => {
    await turn();
    return query(...args);
  }) as PGlite["query"];
}

function attachQueryLog(prisma: PrismaClient, onQuery?: (sql: string) => void) {
  if (!onQuery) return;
  (prisma as unknown as { $on(e: "query", cb: (ev: { query: string }) => void): void }).$on("query", (ev) =>
    onQuery(ev.query),
  );
}
