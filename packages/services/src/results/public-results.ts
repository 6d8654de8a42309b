// The public ranking, without signing in: for a PUBLISHED year with a published snapshot only, and
// only what was published (per unit type: rank, unit name, points, index, tier). Nothing live.
import { YearStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { parseSnapshotResults, type ResultRow } from "./result-rows.js";

export interface PublicResultGroup {
  unitTypeCode: string;
  unitTypeNameVi: string;
  unitTypeNameEn: string;
  rows: Array<Pick<ResultRow, "unitName" | "points" | "maxPoints" | "index" | "tier" | "rank" | "rankOf">>;
}

export interface PublicResults {
  authorityName: string;
  year: number;
  publishedAt: Date;
  groups: PublicResultGroup[];
}

/** null when the authority, the year or a publication does not exist (no difference is revealed). */
export async function publicResults(
  prisma: OperationContext["prisma"],
  input: { authorityCode: string; year: number },
): Promise<PublicResults | null> {
  const found = await prisma.evaluationYear.findFirst({
    where: { year: input.year, authority: { code: input.authorityCode }, status: YearStatus.PUBLISHED },
    select: {
      year: true,
      authority: { select: { name: true } },
      resultSnapshot: { select: { publishedAt: true, results: true } },
    },
  });
  const snap = found?.resultSnapshot;
  if (!found || !snap?.publishedAt || snap.results === null) return null;
  const groups = new Map<string, PublicResultGroup>();
  for (const r of parseSnapshotResults(snap.results).rows) {
    let g = groups.get(r.unitTypeCode);
    if (!g) {
      g = {
        unitTypeCode: r.unitTypeCode,
        unitTypeNameVi: r.unitTypeNameVi,
        unitTypeNameEn: r.unitTypeNameEn,
        rows: [],
      };
      groups.set(r.unitTypeCode, g);
    }
    g.rows.push({
      unitName: r.unitName,
      points: r.points,
      maxPoints: r.maxPoints,
      index: r.index,
      tier: r.tier,
      rank: r.rank,
      rankOf: r.rankOf,
    });
  }
  return {
    authorityName: found.authority.name,
    year: found.year,
    publishedAt: snap.publishedAt,
    groups: [...groups.values()],
  };
}
