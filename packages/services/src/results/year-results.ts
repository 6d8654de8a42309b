// Reading a year's ranking. Once the year is published (with a published snapshot) everyone signed
// in reads the snapshot, exactly as published; before, Home Affairs, leadership and the
// administrator read the live computation (`results.read` in the domain's access rules).
import { YearStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { parseSnapshotResults, type ResultRow } from "./result-rows.js";
import { cachedYearResults } from "./year-results-cache.js";

export interface YearResults {
  yearId: string;
  /** SNAPSHOT: the published snapshot; LIVE: computed now from the entries */
  source: "SNAPSHOT" | "LIVE";
  computedAt: Date;
  rows: ResultRow[];
  /**
   * LIVE: the ranking's cache key (results revision and as-of day; year-results-cache.ts); it changes
   * whenever the rows or their units may have. null for the snapshot.
   */
  revision: string | null;
}

/**
 * The year's status and its snapshot's state: what the access rules and the readers need (not the
 * snapshot's rows: megabytes for a large year, read only once published).
 */
export async function resultsState(prisma: OperationContext["prisma"], yearId: string) {
  const year = await prisma.evaluationYear.findUnique({
    where: { id: yearId },
    select: {
      id: true,
      year: true,
      status: true,
      resultSnapshot: { select: { approvedAt: true, publishedAt: true } },
    },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  return year;
}

export async function yearResults(
  ctx: OperationContext,
  input: { yearId: string; unitTypeCode?: string | null },
): Promise<YearResults> {
  const year = await resultsState(ctx.prisma, input.yearId);
  requireAllowed(ctx.viewer, "results.read", {
    type: "YearResults",
    unitId: null,
    approved: Boolean(year.resultSnapshot?.approvedAt),
    yearStatus: year.status,
  });
  const filter = (rows: ResultRow[]) =>
    input.unitTypeCode ? rows.filter((r) => r.unitTypeCode === input.unitTypeCode) : rows;
  const snap = year.resultSnapshot;
  if (year.status === YearStatus.PUBLISHED && snap?.publishedAt) {
    const published = await ctx.prisma.resultSnapshot.findUnique({
      where: { yearId: year.id },
      select: { results: true },
    });
    if (published && published.results !== null) {
      const stored = parseSnapshotResults(published.results);
      return {
        yearId: year.id,
        source: "SNAPSHOT",
        computedAt: new Date(stored.computedAt),
        rows: filter(stored.rows),
        revision: null,
      };
    }
  }
  const live = await cachedYearResults(ctx.prisma, year, ctx.now);
  return { yearId: year.id, source: "LIVE", computedAt: ctx.now, rows: filter(live.rows), revision: live.key };
}
