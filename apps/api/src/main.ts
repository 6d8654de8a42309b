// `npm start` (tsx) and `npm run start:prod` (the bundle, dist/main.js): opens the database (PGlite
// in ./data unless DATABASE_URL is set), applies the migrations, seeds the sample year on first
// start (then the sample's finished 2021 cycle and a live sample year: seedSampleCycle), serves API +
// admin and prints where to open it. SIGTERM/SIGINT drain: stop accepting, let
// in-flight requests finish (at most CCHC_SHUTDOWN_GRACE_MS, default 10 s), then close the database.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@cchc/db";
import { DEMO_PASSWORD, DEMO_USERS, seedSampleYear } from "@cchc/db/seed";
import { folderStorage, seedSampleCycle } from "@cchc/services";
import { ANSWER_CACHE_DEFAULT_BYTES, answerCacheFromEnv } from "./answer-cache.js";
import { requestGateOptions } from "./http/request-gate.js";
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
  // The sample's finished 2021 cycle and a live sample year for this year (once; skipped when done).
  const filesDir = path.resolve(process.env.CCHC_DATA_DIR ?? path.join(ROOT, "data"), "files");
  const cycle = await seedSampleCycle(db.prisma, { now: new Date(), storage: folderStorage(filesDir) });
  if (cycle.created) {
    console.log(
      `Đã nạp chu kỳ đánh giá mẫu / sample cycle: năm 2021 đã công bố, năm mẫu ${cycle.liveYear} đang thẩm định lần 1 (${cycle.entries} điểm, ${cycle.ms} ms).`,
    );
  }
  const port = Number(process.env.PORT ?? 4000);
  const shutdownGraceMs = Number(process.env.CCHC_SHUTDOWN_GRACE_MS ?? 10_000);
  // PGlite runs one statement at a time on this thread: a few requests at once, the rest queued (503 past 8 s)
  const gate = requestGateOptions(process.env, db.kind);
  // queries' answers kept while no transaction writes and the day stays the same (off: CCHC_ANSWER_CACHE=0)
  const answers = answerCacheFromEnv(process.env);
  const app = await startApp({
    prisma: db.prisma,
    port,
    host: process.env.HOST ?? "127.0.0.1",
    shutdownGraceMs,
    requestGate: gate,
    answerCache: answers,
  });
  const ms = Math.round(performance.now() - t0);
  const answerMb = Math.round((answers?.maxBytes ?? ANSWER_CACHE_DEFAULT_BYTES) / 1048576);
  console.log(`
  CCHC đã sẵn sàng / ready in ${ms} ms
  Mở / open:  ${app.url}/
  GraphQL:    ${app.url}/graphql
  Chế độ / mode: ${app.settings.production ? "production" : "development"} (introspection: ${app.settings.introspection})
  Bộ nhớ câu trả lời / answer cache: ${answers ? `bật, tối đa ${answerMb} MB / on, up to ${answerMb} MB` : "tắt / off"}
  Hàng đợi / request queue: ${gate ? `${gate.concurrency} yêu cầu cùng lúc, báo bận sau ${gate.maxWaitMs / 1000} s / ${gate.concurrency} at once, busy after ${gate.maxWaitMs / 1000} s` : "không / none"}

  Tài khoản demo (CHỈ ĐỂ THỬ, mật khẩu chung / demo only, shared password): ${DEMO_PASSWORD}
${DEMO_USERS.map((u) => `    ${u.email.padEnd(22)} ${u.description}`).join("\n")}
`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      console.log(`${signal}: dừng ngay / stopping now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: đang dừng, chờ các yêu cầu đang xử lý / draining in-flight requests…`);
    // A last resort if something hangs past the grace period (the database, a stuck socket).
    setTimeout(() => {
      console.error("Dừng quá lâu / shutdown took too long: exiting");
      process.exit(1);
    }, shutdownGraceMs + 5_000).unref();
    try {
      await app.drain();
      await db.close();
      console.log("Đã dừng / stopped.");
      process.exit(0);
    } catch (error) {
      console.error("Lỗi khi dừng / error while stopping:", error);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error("Không khởi động được / failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
