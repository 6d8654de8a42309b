// The admin app's GraphQL documents as it sends them (each operation with the fragments it uses),
// read from apps/admin/src at run time by the API tests' helper, so the benchmark asks what the pages ask.
import { adminOperations } from "../../test/admin-documents.js";

let byName: Map<string, string> | undefined;

function operations(): Map<string, string> {
  byName ??= new Map(adminOperations().map((o) => [o.name, o.source]));
  return byName;
}

export function hasAdminOperation(name: string): boolean {
  return operations().has(name);
}

/** The operation `name` of the admin app with every fragment it needs, as one document. */
export function adminOperation(name: string): string {
  const source = operations().get(name);
  if (!source) throw new Error(`the admin app has no operation ${name}`);
  return source;
}

/**
 * Every row of a year's ranking in one answer, as the results page asked it before it was paged (the
 * ResultsRanking_ResultRow fields): points, index, tier, rank and area sub-indices of every unit.
 */
export const WHOLE_RANKING_QUERY = `query BenchResults($year: Int!, $authority: String) {
  year(year: $year, authorityCode: $authority) {
    results {
      __typename
      ... on Error { code message }
      ... on YearResults {
        source computedAt
        rows {
          earned bonus penalty
          unit { id } unitName unitType { id code nameVi nameEn }
          points maxPoints index rank rankOf
          tier { code nameVi nameEn }
          areaIndices { areaCode index }
        }
      }
    }
  }
}`;
