// `npm start`: opens the database (PGlite in ./data unless DATABASE_URL is set), applies the
// migrations, seeds the sample year on first start, serves API + admin and prints where to open it.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@cchc/db";
import { DEMO_PASSWORD, DEMO_USERS, seedSampleYear } from "@cchc/db/seed";
import { startApp } from "./server.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

async function main() {
  const t0 = performance.now();
  const url = process.env.DATABASE_URL;
  const dataDir = path.resolve(process.env.CCHC_DATA_DIR ?? path.join(ROOT, "data"), "pglite");
  const db = await openDatabase(url ? { url } : { dataDir });
  console.log(`Cơ sở dữ liệu / database: ${db.kind} — ${db.where}`);
  if (db.applied.length) console.log(`Đã áp dụng migration / applied: ${db.applied.join(", ")}`);
  const seed = await seedSampleYear(db.prisma);
  if (seed.created) {
    console.log(
      `Đã nạp dữ liệu mẫu năm 2021 / seeded: ${seed.units} đơn vị, ${seed.tasks} nhiệm vụ, ${seed.frameworkLeaves} tiêu chí thành phần.`,
    );
    if (seed.needsPerson.length)
      console.log(`Cần người xác định thời hạn / needs a person: ${seed.needsPerson.join(", ")}`);
  }
  const port = Number(process.env.PORT ?? 4000);
  const app = await startApp({ prisma: db.prisma, port, host: process.env.HOST ?? "127.0.0.1" });
  const ms = Math.round(performance.now() - t0);
  console.log(`
  CCHC đã sẵn sàng / ready in ${ms} ms
  Mở / open:  ${app.url}/
  GraphQL:    ${app.url}/graphql

  Tài khoản demo (CHỈ ĐỂ THỬ, mật khẩu chung / demo only, shared password): ${DEMO_PASSWORD}
${DEMO_USERS.map((u) => `    ${u.email.padEnd(22)} ${u.description}`).join("\n")}
`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: đang dừng / stopping…`);
    await app.stop();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error("Không khởi động được / failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
