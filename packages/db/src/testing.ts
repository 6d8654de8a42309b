// Test databases: PGlite in memory by default; a fresh schema on the real server when the test
// project asks for PostgreSQL (CCHC_TEST_DB=postgres with TEST_DATABASE_URL). Each test file gets
// its own database, migrated and (optionally) seeded with the sample year.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "./database.js";
import { seedSampleYear } from "./seed/index.js";

export interface TestDatabase extends Database {
  /** SQL statements run since the last reset (for N+1 assertions). */
  statements: string[];
  dispose(): Promise<void>;
}

export function testDatabaseTarget(): { kind: "pglite" } | { kind: "postgres"; url: string } {
  if (process.env.CCHC_TEST_DB === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("CCHC_TEST_DB=postgres needs TEST_DATABASE_URL");
    return { kind: "postgres", url };
  }
  return { kind: "pglite" };
}

export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const target = testDatabaseTarget();
  const statements: string[] = [];
  const onQuery = (sql: string) => {
    statements.push(sql);
  };
  let db: Database;
  let dispose: () => Promise<void>;
  if (target.kind === "postgres") {
    const schema = `test_${process.pid}_${randomBytes(4).toString("hex")}`;
    db = await openDatabase({ url: target.url, schema, onQuery });
    dispose = async () => {
      await db.close();
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    };
  } else {
    db = await openDatabase({ onQuery });
    dispose = () => db.close();
  }
  if (options.seed ?? true) await seedSampleYear(db.prisma);
  statements.length = 0;
  return { ...db, statements, dispose };
}
