// Prisma CLI configuration. The CLI runs without native engines (engine "js"): it talks to the
// real server through the pg adapter when DATABASE_URL is set, else to the embedded PGlite folder.
// The app itself applies the committed migrations at start (packages/db/src/migrate.ts), so the CLI
// is only needed to generate the client and to author new migrations.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dir = path.resolve(process.env.CCHC_DATA_DIR ?? "data", "pglite");
    mkdirSync(path.dirname(dir), { recursive: true });
    const db = new PGlite(dir);
    // pglite-prisma-adapter 0.6.1 is typed against an older adapter-utils package.
    return new PrismaPGlite(db) as never;
  },
});
