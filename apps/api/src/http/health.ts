// /healthz: the process is alive (no database call). /readyz: the database answers and every
// committed migration is applied; otherwise 503 with the reason as JSON, so a load balancer or an
// orchestrator stops sending traffic without restarting the process.
import type { PrismaClient } from "@cchc/db";
import { readMigrations } from "@cchc/db";
import type { Express } from "express";

export interface ReadinessOptions {
  prisma: PrismaClient;
  /** Names of the committed migrations (default: read once from prisma/migrations). */
  migrations?: () => string[];
  /** Longest wait for the database before answering 503. */
  timeoutMs?: number;
}

type Readiness = { ready: true; migrations: number } | { ready: false; reason: string; detail?: unknown };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(options: ReadinessOptions, committed: string[]): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? 2000;
  try {
    await withTimeout(options.prisma.$queryRawUnsafe("SELECT 1"), timeoutMs);
  } catch (error) {
    return { ready: false, reason: "DATABASE_UNAVAILABLE", detail: (error as Error).message.split("\n")[0] };
  }
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      options.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      timeoutMs,
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    return { ready: false, reason: "MIGRATIONS_UNKNOWN", detail: (error as Error).message.split("\n")[0] };
  }
  const pending = committed.filter((name) => !applied.has(name));
  if (pending.length) return { ready: false, reason: "MIGRATIONS_PENDING", detail: pending };
  return { ready: true, migrations: committed.length };
}

export function mountHealth(app: Express, options: ReadinessOptions): void {
  let committed: string[] | undefined;
  const migrations = options.migrations ?? (() => readMigrations().map((m) => m.name));
  app.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ ok: true });
  });
  app.get("/readyz", async (_req, res) => {
    res.set("Cache-Control", "no-store");
    try {
      committed ??= migrations();
    } catch (error) {
      res.status(503).json({ ready: false, reason: "MIGRATIONS_UNREADABLE", detail: (error as Error).message });
      return;
    }
    const result = await checkReadiness(options, committed);
    res.status(result.ready ? 200 : 503).json(result);
  });
}
