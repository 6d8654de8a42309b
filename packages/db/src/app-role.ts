// The application's least-privileged database role (PostgreSQL only; PGlite has one role).
//
// Migrations run as the owner (DATABASE_URL's role, which owns every table). The application's
// Prisma client connects as another role that is not superuser, cannot create databases or roles,
// owns nothing (so no ALTER TABLE … DISABLE TRIGGER, no TRUNCATE, no DROP), cannot set
// session_replication_role (superuser only), may only read and append to "AuditLog", and may read
// and write the other tables. The append-only trigger on "AuditLog" therefore cannot be bypassed
// from the application's connection. See docs/database-roles.md for the same SQL by hand.
//
// Settings (read by openDatabase when a server URL is given; see `appRoleSettingsFromEnv`):
// - DATABASE_APP_URL: the application's connection; the Prisma client uses it after the migrations
//   ran through DATABASE_URL.
// - CCHC_APP_ROLE: a role name; after the migrations, as the owner, create it if missing (LOGIN,
//   no superuser, no CREATEDB/CREATEROLE/REPLICATION/BYPASSRLS) and (re)grant its privileges, on
//   every start. Without DATABASE_APP_URL the client connects as DATABASE_URL with this user.
// - CCHC_APP_ROLE_PASSWORD: that role's password (set on every start); without it the role has
//   none (enough for trust or peer authentication on a local server).
import type { SqlExecutor } from "./migrate.js";

export const DEFAULT_APP_ROLE = "cchc_app";

export interface AppRoleOptions {
  /** Role name: lower-case letters, digits and underscores. */
  name: string;
  /** LOGIN password, set on every start when given. Without it the role has no password. */
  password?: string;
  /** Create the role if missing and fix its attributes (default true). False: only (re)grant. */
  create?: boolean;
}

export interface AppRoleSettings {
  appUrl?: string;
  appRole?: AppRoleOptions;
}

/** DATABASE_APP_URL, CCHC_APP_ROLE, CCHC_APP_ROLE_PASSWORD (empty values count as unset). */
export function appRoleSettingsFromEnv(env: Record<string, string | undefined> = process.env): AppRoleSettings {
  const appUrl = env.DATABASE_APP_URL?.trim() || undefined;
  const name = env.CCHC_APP_ROLE?.trim() || undefined;
  const password = env.CCHC_APP_ROLE_PASSWORD || undefined;
  return {
    ...(appUrl ? { appUrl } : {}),
    ...(name ? { appRole: { name, ...(password ? { password } : {}) } } : {}),
  };
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertRoleName(name: string): string {
  if (!ROLE_NAME.test(name)) {
    throw new Error(`Invalid database role name "${name}": use lower-case letters, digits and underscores.`);
  }
  return name;
}

/** A double-quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A SQL string literal (as pg's escapeLiteral: E'' when the text holds a backslash). */
export function literal(text: string): string {
  const body = text.replace(/'/g, "''");
  return text.includes("\\") ? `E'${body.replace(/\\/g, "\\\\")}'` : `'${body}'`;
}

/** The same server URL with another user (and password, or none). */
export function withUser(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = password ? encodeURIComponent(password) : "";
  return u.toString();
}

/** The user of a postgres:// URL (decoded), if any. */
export function urlUser(url: string): string | undefined {
  try {
    const user = decodeURIComponent(new URL(url).username);
    return user || undefined;
  } catch {
    return undefined;
  }
}

/** The role's attributes: LOGIN and nothing else. */
const ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT";

/**
 * Creates the role if missing (cluster-wide, so once per server) and strips any dangerous attribute
 * an existing role carries; sets its password when one is given. Idempotent; concurrent callers on
 * the same database are serialised by an advisory lock, callers on other databases of the same
 * server by retrying on "already exists".
 */
export async function ensureAppRole(db: SqlExecutor, role: AppRoleOptions): Promise<void> {
  const name = assertRoleName(role.name);
  for (let attempt = 1; ; attempt++) {
    await db.exec("BEGIN");
    try {
      await db.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`cchc:app-role:${name}`]);
      const [existing] = await db.query<{
        rolsuper: boolean;
        rolcreatedb: boolean;
        rolcreaterole: boolean;
        rolreplication: boolean;
        rolbypassrls: boolean;
        rolcanlogin: boolean;
      }>(
        "SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1",
        [name],
      );
      const password = role.password === undefined ? "" : ` PASSWORD ${literal(role.password)}`;
      if (!existing) {
        await db.exec(`CREATE ROLE ${ident(name)} ${ATTRIBUTES}${password}`);
      } else {
        const wrong =
          existing.rolsuper ||
          existing.rolcreatedb ||
          existing.rolcreaterole ||
          existing.rolreplication ||
          existing.rolbypassrls ||
          !existing.rolcanlogin;
        if (wrong || password) await db.exec(`ALTER ROLE ${ident(name)} ${ATTRIBUTES}${password}`);
      }
      await db.exec("COMMIT");
      return;
    } catch (error) {
      await db.exec("ROLLBACK");
      const code = (error as { code?: string }).code;
      const message = (error as Error).message;
      // Another server session (on another database) created or altered it at the same moment.
      const raced = code === "42710" || code === "23505" || /tuple concurrently updated/.test(message);
      if (!raced || attempt >= 5) {
        throw new Error(`Could not create or update the application role "${name}": ${message}`);
      }
    }
  }
}

export interface GrantOptions {
  /** Schema holding the tables (default "public"). */
  schema?: string;
  /** Database to grant CONNECT on (default: the current one, looked up). */
  database?: string;
  /** Role that owns the tables and runs later migrations (default: the current user, looked up). */
  owner?: string;
}

/**
 * The exact statements that (re)grant the application role's privileges in one database: revoke
 * everything first (so a hand-made extra grant does not survive a restart), then grant. Shown in
 * docs/database-roles.md.
 */
export function grantStatements(role: string, options: Required<GrantOptions>): string[] {
  const r = ident(assertRoleName(role));
  const s = ident(options.schema);
  const o = ident(options.owner);
  const audit = `${s}."AuditLog"`;
  const migrations = `${s}."_prisma_migrations"`;
  return [
    `GRANT CONNECT ON DATABASE ${ident(options.database)} TO ${r}`,
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    // The audit log: read and append only (its trigger refuses UPDATE/DELETE even for the owner).
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${audit} FROM ${r}`,
    // Migrations are the owner's: the application only reads which ones ran (/readyz).
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${migrations} FROM ${r}`,
    // Tables and sequences that later migrations create (run by the owner, e.g. through the
    // Prisma CLI without a restart) are readable and writable at once; the next start re-applies
    // the statements above, which keeps "AuditLog" read-and-append only.
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
  ];
}

/**
 * (Re)grants the role's privileges in the current database, in one transaction (sessions of the
 * running application see the old or the new grants, never none), then checks the result.
 */
export async function grantAppRole(db: SqlExecutor, role: string, options: GrantOptions = {}): Promise<void> {
  const [who] = await db.query<{ database: string; owner: string }>(
    "SELECT current_database() AS database, current_user AS owner",
  );
  const resolved = {
    schema: options.schema ?? "public",
    database: options.database ?? who!.database,
    owner: options.owner ?? who!.owner,
  };
  if (resolved.owner === role) {
    throw new Error(
      `The application role "${role}" is the migrations' owner: give DATABASE_URL (owner) and the application role different users.`,
    );
  }
  await db.exec("BEGIN");
  try {
    for (const statement of grantStatements(role, resolved)) await db.exec(statement);
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new Error(`Could not grant the application role "${role}" its privileges: ${(error as Error).message}`);
  }
  await assertLeastPrivileged(db, role, resolved.schema);
}

/**
 * Refuses a role that could bypass the audit log's trigger: superuser, BYPASSRLS, CREATEROLE or
 * CREATEDB, owner of a table in the schema (directly or through a role it belongs to), or holding
 * UPDATE, DELETE or TRUNCATE on "AuditLog".
 */
export async function assertLeastPrivileged(db: SqlExecutor, role: string, schema = "public"): Promise<void> {
  const [row] = await db.query<{
    rolsuper: boolean;
    rolcreatedb: boolean;
    rolcreaterole: boolean;
    rolbypassrls: boolean;
    owns: string | null;
    audit_write: boolean | null;
  }>(
    `SELECT r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls,
       (SELECT string_agg(c.relname, ', ') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $2 AND c.relkind IN ('r', 'p') AND pg_has_role(r.oid, c.relowner, 'USAGE')) AS owns,
       (SELECT has_table_privilege(r.oid, c.oid, 'UPDATE') OR has_table_privilege(r.oid, c.oid, 'DELETE')
               OR has_table_privilege(r.oid, c.oid, 'TRUNCATE')
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $2 AND c.relname = 'AuditLog') AS audit_write
     FROM pg_roles r WHERE r.rolname = $1`,
    [role, schema],
  );
  if (!row) throw new Error(`The application role "${role}" does not exist.`);
  const problems = [
    row.rolsuper && "is superuser",
    row.rolbypassrls && "has BYPASSRLS",
    row.rolcreaterole && "has CREATEROLE",
    row.rolcreatedb && "has CREATEDB",
    row.owns && `owns tables (${row.owns})`,
    row.audit_write && 'may UPDATE, DELETE or TRUNCATE "AuditLog"',
  ].filter(Boolean);
  if (problems.length) {
    throw new Error(
      `The application role "${role}" is not least-privileged: it ${problems.join(", ")}. See docs/database-roles.md.`,
    );
  }
}
