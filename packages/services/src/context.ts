import type { PrismaClient } from "@cchc/db";
import type { Viewer } from "@cchc/domain";

/** What every operation is given: the database, who acts (null for nobody), and the business clock. */
export interface OperationContext {
  prisma: PrismaClient;
  viewer: Viewer | null;
  now: Date;
}

/** A transaction client: what an operation writes with inside `prisma.$transaction`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
