// The year's ranking rows as stored in ResultSnapshot.results: the shape is the domain's
// (packages/domain/src/results/result-rows.ts), read and written through the database's JSON codec.
import { jsonColumns, type Prisma } from "@cchc/db";
import type { ResultRow, SnapshotResults } from "@cchc/domain";

export type { ResultRow, SnapshotResults };

export function parseSnapshotResults(value: unknown): SnapshotResults {
  return jsonColumns.resultSnapshot.parse(value);
}

export function snapshotResultsJson(value: SnapshotResults): Prisma.InputJsonValue {
  return jsonColumns.resultSnapshot.toJson(value);
}
