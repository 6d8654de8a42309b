// The whole database's data revision (table "DataRevision", migration 20261207080000_data_revision):
// every transaction that writes any table but those below adds 1 to it at its commit, whoever writes
// (a service, a script, a test, another API process). Whatever was read at revision N is still what
// the database holds while the revision is N. Read it BEFORE the data it keys: data read after it
// is then never older than its key.
import type { PrismaClient } from "./generated/prisma/client.js";

/**
 * Tables whose writes do not change the revision: sessions and sign-in throttles (no answer is read
 * from them), the two counters and their pending marks (written only beside a write that counts), and
 * Prisma's migration table. Every other table carries the trigger `<table>_data_revision`
 * (test/data-revision.test.ts checks it).
 */
export const DATA_REVISION_EXEMPT_TABLES: readonly string[] = [
  "_prisma_migrations",
  "Session",
  "LoginThrottle",
  "ResultsRevision",
  "ResultsRevisionPending",
  "DataRevision",
  "DataRevisionPending",
];

/** The revision now (one primary-key read). */
export async function readDataRevision(prisma: PrismaClient): Promise<bigint> {
  const row = await prisma.dataRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0n;
}
