// The report compliance heat map (units × periods) on the as-of day: the compliance matrix of
// reports/compliance-matrix.ts computed with the end of that day as its clock.
import { type ComplianceMatrix, complianceMatrix } from "../reports/compliance-matrix.js";
import type { DashboardScope } from "./dashboard-scope.js";

export function dashboardCompliance(scope: DashboardScope): Promise<ComplianceMatrix> {
  return complianceMatrix({ ...scope.ctx, now: scope.asOfInstant }, scope.year.id, { unitTypeId: scope.unitTypeId });
}
