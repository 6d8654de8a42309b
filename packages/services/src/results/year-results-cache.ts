// The live ranking of a year, computed once and reused while nothing it is computed from has changed.
// The key is the year's results revision (ResultsRevision, added to by database triggers on every
// table the ranking reads, in the writing transaction: a service, a script or a test writing through
// Prisma all invalidate it) and the automatic leaves' as-of date (the ranking changes with the day
// until the year ends). Reading the key is one primary-key lookup; a 10,000-unit ranking costs
// seconds to compute. The revision is read BEFORE the data, so cached rows are never older than
// their key. Per database client (tests open many databases in one process), a few years each;
// concurrent readers of a cold year share one computation. Rows are shared: callers must not
// mutate them.
import { autoAsOf, toLocalIsoDate } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { computeYearResults } from "./compute-year-results.js";
import type { ResultRow } from "./result-rows.js";

type Client = OperationContext["prisma"];

interface Entry {
  key: string;
  rows: Promise<ResultRow[]>;
}

/** Years kept per database client (least recently used dropped first). */
const YEARS_KEPT = 4;

const caches = new WeakMap<object, Map<string, Entry>>();
let computations = 0;

/** How many rankings were computed (not served from the cache) in this process: for tests. */
export function yearResultsComputations(): number {
  return computations;
}

/** The year's cache key: its results revision and the as-of day of its automatic leaves. */
export async function yearResultsKey(prisma: Client, yearId: string, year: number, now: Date): Promise<string> {
  const rev = await prisma.resultsRevision.findUnique({ where: { yearId }, select: { revision: true } });
  return `${rev?.revision ?? 0n}@${autoAsOf(year, toLocalIsoDate(now))}`;
}

/**
 * The year's ranking, as `computeYearResults` would compute it now, and its cache key (what else is
 * cached beside it, e.g. the rows' unit records, may be keyed by it). No access check: callers check.
 */
export async function cachedYearResults(
  prisma: Client,
  year: { id: string; year: number },
  now: Date,
): Promise<{ key: string; rows: ResultRow[] }> {
  const key = await yearResultsKey(prisma, year.id, year.year, now);
  let years = caches.get(prisma);
  if (!years) caches.set(prisma, (years = new Map()));
  const hit = years.get(year.id);
  if (hit && hit.key === key) {
    years.delete(year.id); // most recently used last
    years.set(year.id, hit);
    return { key, rows: await hit.rows };
  }
  computations++;
  const entry: Entry = { key, rows: computeYearResults(prisma, year.id, now) };
  years.delete(year.id);
  years.set(year.id, entry);
  while (years.size > YEARS_KEPT) {
    const oldest = years.keys().next().value;
    if (oldest === undefined) break;
    years.delete(oldest);
  }
  // a failed computation is not kept
  entry.rows.catch(() => {
    if (years.get(year.id) === entry) years.delete(year.id);
  });
  return { key, rows: await entry.rows };
}
