// Creates the application's least-privileged role and grants its privileges, as the owner, without
// starting the API (the API does the same at every start with CCHC_APP_ROLE). Applies pending
// migrations first, so the grants cover every table. See docs/database-roles.md.
//
//   DATABASE_URL=postgresql://owner@host/db [CCHC_APP_ROLE=cchc_app] [CCHC_APP_ROLE_PASSWORD=…] \
//     npx tsx packages/db/src/roles/create-app-role.ts          # create/fix the role, migrate, grant
//   … create-app-role.ts --print                                 # only print the SQL, change nothing
import pg from "pg";
import { DEFAULT_APP_ROLE, ensureAppRole, grantAppRole, grantStatements, urlUser } from "../app-role.js";
import { pgExecutor } from "../database.js";
import { applyMigrations } from "../migrate.js";

async function main() {
  const url = process.env.DATABASE_URL;
  const name = process.env.CCHC_APP_ROLE?.trim() || DEFAULT_APP_ROLE;
  const password = process.env.CCHC_APP_ROLE_PASSWORD || undefined;
  if (process.argv.includes("--print")) {
    const database = url ? decodeURIComponent(new URL(url).pathname.slice(1)) : "cchc";
    const owner = (url && urlUser(url)) || "cchc_owner";
    console.log(
      `CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT${password ? " PASSWORD '…'" : ""};`,
    );
    console.log("BEGIN;");
    for (const statement of grantStatements(name, { schema: "public", database, owner })) console.log(`${statement};`);
    console.log("COMMIT;");
    return;
  }
  if (!url) throw new Error("Set DATABASE_URL to the owner's connection (the role that runs the migrations).");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const db = pgExecutor(client);
    const applied = await applyMigrations(db);
    if (applied.length) console.log(`applied: ${applied.join(", ")}`);
    await ensureAppRole(db, { name, ...(password ? { password } : {}) });
    await grantAppRole(db, name);
    console.log(
      `role ${name}: ready (${password ? "password set" : "no password: trust/peer authentication only"}); privileges granted in ${new URL(url).pathname.slice(1)}`,
    );
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
