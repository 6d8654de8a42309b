// The application's least-privileged role (docs/database-roles.md). On PostgreSQL every test file's
// Prisma client already connects as it (TEST_APP_ROLE); here: what that role can and cannot do to
// the audit log. PGlite has a single (superuser) role: only the trigger protects the audit log
// there, and the role tests are skipped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAppRole, grantStatements, withUser } from "../src/app-role.js";
import { openDatabase, pgExecutor } from "../src/database.js";
import { openTestDatabase, TEST_APP_ROLE, type TestDatabase, testDatabaseTarget } from "../src/testing.js";

const onPostgres = testDatabaseTarget().kind === "postgres";
const PG_ONLY = "(PostgreSQL only: skipped on PGlite, which has a single superuser role)";

let db: TestDatabase;
let owner: pg.Client | undefined;
let app: pg.Client | undefined;
let entryId: bigint;

/** The error code and message a statement fails with (or "ok"). */
async function failure(client: pg.Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return "ok";
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  entryId = (await db.prisma.auditLog.create({ data: { action: "test", entity: "Test" } })).id;
  if (onPostgres) {
    owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const password = decodeURIComponent(new URL(db.ownerUrl!).password);
    app = new pg.Client({ connectionString: withUser(db.ownerUrl!, TEST_APP_ROLE, password || undefined) });
    await app.connect();
  }
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await db?.dispose();
});

describe("the audit log's trigger (every database, every role)", () => {
  it("refuses UPDATE and DELETE through the application's client", async () => {
    const refused = onPostgres ? /permission denied/ : /append-only/;
    await expect(db.prisma.auditLog.updateMany({ data: { action: "changed" } })).rejects.toThrow(refused);
    await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(refused);
    await expect(db.prisma.auditLog.delete({ where: { id: entryId } })).rejects.toThrow(refused);
    expect((await db.prisma.auditLog.findUniqueOrThrow({ where: { id: entryId } })).action).toBe("test");
  });

  it.skipIf(!onPostgres)(`refuses them to the owner too ${PG_ONLY}`, async () => {
    expect(await failure(owner!, `UPDATE "AuditLog" SET action = 'changed'`)).toMatch(/append-only \(UPDATE/);
    expect(await failure(owner!, `DELETE FROM "AuditLog"`)).toMatch(/append-only \(DELETE/);
  });
});

describe.skipIf(!onPostgres)(`the application role ${PG_ONLY}`, () => {
  it("is what the Prisma client connects as, and is not superuser", async () => {
    const [me] = await db.prisma.$queryRawUnsafe<
      Array<{ user: string; rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean; rolbypassrls: boolean }>
    >(
      `SELECT current_user::text AS user, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({
      user: TEST_APP_ROLE,
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
    });
    expect(db.user).toBe(TEST_APP_ROLE);
    const [table] = await db.prisma.$queryRawUnsafe<Array<{ tableowner: string }>>(
      `SELECT tableowner::text FROM pg_tables WHERE tablename = 'AuditLog'`,
    );
    expect(table!.tableowner).not.toBe(TEST_APP_ROLE);
  });

  it("cannot bypass the append-only trigger", async () => {
    expect(await failure(app!, `TRUNCATE "AuditLog"`)).toMatch(/^42501: permission denied for table AuditLog/);
    expect(await failure(app!, `DELETE FROM "AuditLog"`)).toMatch(/^42501: permission denied for table AuditLog/);
    expect(await failure(app!, `UPDATE "AuditLog" SET action = 'changed'`)).toMatch(/^42501: permission denied/);
    expect(await failure(app!, `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).toMatch(/^42501: must be owner/);
    expect(await failure(app!, `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`)).toMatch(
      /^42501: must be owner/,
    );
    expect(await failure(app!, `DROP TRIGGER "AuditLog_append_only" ON "AuditLog"`)).toMatch(/^42501: must be owner/);
    expect(await failure(app!, `DROP TABLE "AuditLog"`)).toMatch(/^42501: must be owner/);
    expect(await failure(app!, `SET session_replication_role = replica`)).toMatch(
      /^42501: permission denied to set parameter "session_replication_role"/,
    );
    expect(
      await failure(
        app!,
        `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql`,
      ),
    ).toMatch(/^42501: (must be owner|permission denied for schema public)/);
    expect(await failure(app!, `CREATE ROLE cchc_test_intruder`)).toMatch(/^42501: permission denied/);
    expect(await failure(app!, `CREATE DATABASE cchc_test_intruder`)).toMatch(/^42501: permission denied/);
    expect(await failure(app!, `CREATE TABLE "Intruder" (id int)`)).toMatch(
      /^42501: permission denied for schema public/,
    );
    expect(await failure(app!, `DELETE FROM "_prisma_migrations"`)).toMatch(/^42501: permission denied/);
    const { rows } = await owner!.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE id = $1`, [entryId]);
    expect(rows[0].n).toBe(1);
  });

  it("appends to the audit log and reads and writes the other tables", async () => {
    const { rows } = await app!.query(
      `INSERT INTO "AuditLog" (action, entity) VALUES ('role-test', 'Test') RETURNING id`,
    );
    expect(BigInt(rows[0].id)).toBeGreaterThan(entryId);
    expect((await db.prisma.auditLog.count({ where: { action: "role-test" } })) >= 1).toBe(true);
    const unit = await db.prisma.unit.findFirstOrThrow({ orderBy: { code: "asc" } });
    const updated = await db.prisma.unit.update({ where: { id: unit.id }, data: { name: `${unit.name} ` } });
    expect(updated.name).toBe(`${unit.name} `);
    const migrations = await app!.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(migrations.rows[0].n).toBeGreaterThan(0);
  });

  it("reads and writes a table a later migration adds (default privileges), without a restart", async () => {
    await owner!.query(`CREATE TABLE "LaterTable" (id SERIAL PRIMARY KEY, note TEXT NOT NULL)`);
    await app!.query(`INSERT INTO "LaterTable" (note) VALUES ('x')`);
    await app!.query(`UPDATE "LaterTable" SET note = 'y'`);
    expect((await app!.query(`SELECT note FROM "LaterTable"`)).rows).toEqual([{ note: "y" }]);
    await app!.query(`DELETE FROM "LaterTable"`);
    expect(await failure(app!, `TRUNCATE "LaterTable"`)).toMatch(/^42501/);
  });

  it("is (re)granted idempotently on each start, keeping the audit log read-and-append only", async () => {
    // An operator's extra grant by hand does not survive the next start.
    await owner!.query(`GRANT UPDATE, DELETE, TRUNCATE ON "AuditLog" TO ${TEST_APP_ROLE}`);
    for (let i = 0; i < 2; i++) {
      const again = await openDatabase({
        url: db.ownerUrl!,
        appRole: { name: TEST_APP_ROLE, create: true },
        env: {},
      });
      expect(again.applied).toEqual([]);
      expect(again.user).toBe(TEST_APP_ROLE);
      expect(again.where).toContain(`as application role ${TEST_APP_ROLE}`);
      await again.close();
    }
    const { rows } = await owner!.query(
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 AND table_name = 'AuditLog' ORDER BY 1`,
      [TEST_APP_ROLE],
    );
    expect(rows.map((r) => r.privilege_type)).toEqual(["INSERT", "SELECT"]);
  });

  it("refuses an application connection that is the owner", async () => {
    await expect(openDatabase({ url: db.ownerUrl!, appUrl: db.ownerUrl!, env: {} })).rejects.toThrow(
      /migrations' owner/,
    );
    const mismatch = openDatabase({
      url: db.ownerUrl!,
      appUrl: withUser(db.ownerUrl!, "someone_else"),
      appRole: { name: TEST_APP_ROLE },
      env: {},
    });
    await expect(mismatch).rejects.toThrow(/not the application role/);
  });

  it("strips dangerous attributes from an existing role of that name", async () => {
    const name = `cchc_test_fix_${process.pid}`;
    await owner!.query(`CREATE ROLE ${name} LOGIN CREATEDB CREATEROLE`);
    try {
      await ensureAppRole(pgExecutor(owner!), { name });
      await ensureAppRole(pgExecutor(owner!), { name });
      const { rows } = await owner!.query(
        `SELECT rolsuper, rolcreatedb, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = $1`,
        [name],
      );
      expect(rows[0]).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolcanlogin: true });
    } finally {
      await owner!.query(`DROP ROLE IF EXISTS ${name}`);
    }
  });
});

describe("docs/database-roles.md", () => {
  it("shows exactly the statements the application runs", () => {
    const doc = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/database-roles.md"),
      "utf8",
    );
    for (const statement of grantStatements("cchc_app", { schema: "public", database: "cchc", owner: "cchc_owner" })) {
      expect(doc).toContain(`${statement};`);
    }
  });
});
