export { openDatabase, openPGlite, pgliteExecutor, pgExecutor } from "./database.js";
export type { Database, DatabaseKind, OpenOptions } from "./database.js";
export { installPlanCache, planCacheStats } from "./plan-cache.js";
export { DATA_REVISION_EXEMPT_TABLES, readDataRevision } from "./data-revision.js";
export { applyMigrations, readMigrations, MIGRATIONS_DIR } from "./migrate.js";
export type { SqlExecutor, Migration } from "./migrate.js";
export { PrismaClient, Prisma } from "./generated/prisma/client.js";
export * from "./generated/prisma/enums.js";
export type * from "./generated/prisma/models.js";
export { getDatamodel } from "./generated/pothos-types.js";
export type { default as PrismaTypes } from "./generated/pothos-types.js";
export {
  hashPassword,
  hashPasswordInSlot,
  verifyPassword,
  verifyPasswordInSlot,
  inHashingSlot,
  hashingQueueLength,
} from "./password.js";
export { isoToDbDate, dbDateToIso } from "./dates.js";
export { timingColumns } from "./plan-timing.js";
export { jsonColumns, JsonColumnError, type JsonCodec } from "./json-columns.js";
