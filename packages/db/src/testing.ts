// Test databases: PGlite in memory by default; a database of its own on the real server when the
// test project asks for PostgreSQL (CCHC_TEST_DB=postgres with TEST_DATABASE_URL). Each test file
// gets its own database, migrated and (optionally) seeded with the sample year: a copy of the
// templates the global setup built for this run (see testing/templates.ts), or, without the
// global setup, a database migrated and seeded on the spot.
import { openAsBlob } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { type Database, openDatabase } from "./database.js";
import { seedSampleYear } from "./seed/index.js";
import {
  ensureTestAppRole,
  PGLITE_CONF,
  type TestTemplates,
  testAppRole,
  testDatabaseTarget,
  uniqueDatabaseName,
  withAdminClient,
  withDatabase,
} from "./testing/templates.js";

export { setup } from "./testing/global-setup.js";
export { TEST_APP_ROLE, testDatabaseTarget } from "./testing/templates.js";
export type { TestDatabaseTarget, TestTemplates } from "./testing/templates.js";
export * from "./testing/factories.js";
export * from "./testing/generate-year.js";

export interface TestDatabase extends Database {
  /** SQL statements run since the last reset (for N+1 assertions). */
  statements: string[];
  /** PostgreSQL: this database's URL as its owner (TEST_DATABASE_URL's user); `prisma` uses the application role. */
  ownerUrl?: string;
  dispose(): Promise<void>;
}

/** The templates the global setup provided to this test project, if it ran. */
async function providedTemplates(): Promise<TestTemplates | undefined> {
  try {
    const { inject } = await import("vitest");
    return inject("cchcTestTemplates");
  } catch {
    return undefined;
  }
}

export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const seed = options.seed ?? true;
  const target = testDatabaseTarget();
  const templates = await providedTemplates();
  const template = templates?.kind === target.kind ? (seed ? templates.seeded : templates.empty) : undefined;
  const statements: string[] = [];
  const onQuery = (sql: string) => {
    statements.push(sql);
  };
  let db: Database;
  let dispose: () => Promise<void>;
  let ownerUrl: string | undefined;
  if (target.kind === "postgres") {
    const database = uniqueDatabaseName("cchc_test");
    // The owner creates the copy; the Prisma client connects as the application role (its grants
    // come with the template; without one, the migrations below grant them).
    const appRole = template ? testAppRole(target.url) : await ensureTestAppRole(target.url);
    await withAdminClient(target.url, (client) =>
      client.query(template ? `CREATE DATABASE "${database}" TEMPLATE "${template}"` : `CREATE DATABASE "${database}"`),
    );
    ownerUrl = withDatabase(target.url, database);
    db = await openDatabase({ url: ownerUrl, migrate: !template, appRole, env: {}, onQuery });
    dispose = async () => {
      await db.close();
      await withAdminClient(target.url, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    };
  } else if (template) {
    const lite = new PGlite({ loadDataDir: await openAsBlob(template), postgresqlconf: PGLITE_CONF });
    db = await openDatabase({ pglite: lite, migrate: false, env: {}, onQuery });
    dispose = async () => {
      await db.close();
      await lite.close();
    };
  } else {
    db = await openDatabase({ env: {}, onQuery });
    dispose = () => db.close();
  }
  if (seed && !template) await seedSampleYear(db.prisma);
  statements.length = 0;
  return { ...db, statements, ...(ownerUrl ? { ownerUrl } : {}), dispose };
}
