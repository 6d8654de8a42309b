// Test database templates, built once per test run by the vitest global setup (`setup` below) from
// the current migrations and seed, never cached across runs: each test file then starts from a copy
// instead of migrating and seeding its own database.
// - PGlite: two data-folder dumps (migrated; migrated and seeded) in a temporary folder; a test file
//   loads one with `loadDataDir` (~1 s instead of ~7 s for initdb + migrations + seed).
// - PostgreSQL: two template databases; a test file gets `CREATE DATABASE … TEMPLATE …` (a file
//   copy on the server) and drops it when done. TEST_DATABASE_URL's user (the owner) creates,
//   migrates, clones and drops them; the test files' Prisma clients connect as the least-privileged
//   application role TEST_APP_ROLE, as the running application would (its grants are in each
//   database's catalog, so the clones inherit them; the role itself is cluster-wide, created once).
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openAsBlob,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type AppRoleOptions, ensureAppRole } from "../app-role.js";
import { openDatabase, pgExecutor } from "../database.js";
import { seedSampleYear } from "../seed/index.js";

export type TestDatabaseTarget = { kind: "pglite" } | { kind: "postgres"; url: string };

/** What the global setup hands to test files (vitest `provide` / `inject`). */
export type TestTemplates =
  | { kind: "pglite"; empty: string; seeded: string }
  | { kind: "postgres"; empty: string; seeded: string };

export const PGLITE_CONF = ["log_startup_progress_interval=0"];

export function testDatabaseTarget(kind = process.env.CCHC_TEST_DB): TestDatabaseTarget {
  if (kind === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("CCHC_TEST_DB=postgres needs TEST_DATABASE_URL");
    return { kind: "postgres", url };
  }
  return { kind: "pglite" };
}

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `fn` with one admin connection to the database of TEST_DATABASE_URL. */
export async function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The application role the PostgreSQL test databases are used through (cluster-wide, shared by
 * every run; never the application's own `cchc_app`). Its password is TEST_DATABASE_URL's, if that
 * has one, so a server with password authentication works too.
 */
export const TEST_APP_ROLE = "cchc_test_app";

export function testAppRole(url: string): AppRoleOptions {
  const password = decodeURIComponent(new URL(url).password);
  return { name: TEST_APP_ROLE, ...(password ? { password } : {}), create: false };
}

/** Creates (or fixes) the test application role once, as TEST_DATABASE_URL's user. */
export async function ensureTestAppRole(url: string): Promise<AppRoleOptions> {
  const role = testAppRole(url);
  await withAdminClient(url, (client) => ensureAppRole(pgExecutor(client), role));
  return role;
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

async function dump(lite: PGlite, file: string) {
  writeFileSync(file, Buffer.from(await (await lite.dumpDataDir("none")).arrayBuffer()));
}

function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
  if (pkg.name !== "@electric-sql/pglite" || !pkg.version)
    throw new Error(`PGlite's package.json not found from ${dir}`);
  return pkg.version;
}

/**
 * An empty PGlite cluster straight after initdb (4–5 s of the ~7 s a fresh test database costs).
 * It holds no schema and depends only on the PGlite version and settings, so it alone is kept
 * between runs (node_modules/.cache); migrations and seed are applied on top of it every run.
 */
async function blankPGlite(): Promise<PGlite> {
  const version = pgliteVersion();
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../node_modules/.cache/cchc-test");
  const file = path.join(root, `pglite-${version}-initdb.tar`);
  if (existsSync(file)) {
    return new PGlite({ loadDataDir: await openAsBlob(file), postgresqlconf: PGLITE_CONF });
  }
  const lite = new PGlite({ postgresqlconf: PGLITE_CONF });
  await lite.waitReady;
  mkdirSync(root, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await dump(lite, partial);
  renameSync(partial, file);
  return lite;
}

async function buildPGliteTemplates(): Promise<{ templates: TestTemplates; teardown: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-test-template-"));
  const lite = await blankPGlite();
  try {
    const db = await openDatabase({ pglite: lite, env: {} });
    const empty = path.join(dir, "migrated.tar");
    await dump(lite, empty);
    await seedSampleYear(db.prisma);
    await db.close();
    const seeded = path.join(dir, "seeded.tar");
    await dump(lite, seeded);
    return {
      templates: { kind: "pglite", empty, seeded },
      teardown: async () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await lite.close();
  }
}

async function buildPostgresTemplates(
  url: string,
): Promise<{ templates: TestTemplates; teardown: () => Promise<void> }> {
  const empty = uniqueDatabaseName("cchc_tpl_migrated");
  const seeded = uniqueDatabaseName("cchc_tpl_seeded");
  const drop = () =>
    withAdminClient(url, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${seeded}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${empty}" WITH (FORCE)`);
    });
  try {
    const appRole = await ensureTestAppRole(url);
    await withAdminClient(url, (client) => client.query(`CREATE DATABASE "${empty}"`));
    // Migrated by the owner, then the application role's grants (kept by every clone).
    const migrated = await openDatabase({ url: withDatabase(url, empty), appRole, env: {} });
    await migrated.close();
    await closeTemplate(url, empty);
    await withAdminClient(url, (client) => client.query(`CREATE DATABASE "${seeded}" TEMPLATE "${empty}"`));
    // Seeded through the application role, as `npm start` seeds a new database.
    const db = await openDatabase({ url: withDatabase(url, seeded), migrate: false, appRole, env: {} });
    await seedSampleYear(db.prisma);
    await db.close();
    await closeTemplate(url, seeded);
  } catch (error) {
    await drop();
    throw error;
  }
  return { templates: { kind: "postgres", empty, seeded }, teardown: drop };
}

/** A database can only be cloned with no session on it: end stray pool sessions, refuse new ones. */
async function closeTemplate(url: string, database: string) {
  await withAdminClient(url, async (client) => {
    await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
    await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [database],
    );
  });
}

/** Builds the templates for one database target; returns them with their removal. */
export function buildTestTemplates(
  target: TestDatabaseTarget,
): Promise<{ templates: TestTemplates; teardown: () => Promise<void> }> {
  return target.kind === "postgres" ? buildPostgresTemplates(target.url) : buildPGliteTemplates();
}
