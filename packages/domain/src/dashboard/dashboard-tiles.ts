// The dashboard's number tiles, each from one of the charts' aggregates: units ranked, the mean
// index, the share of due reports sent on time, corrective actions overdue, overall satisfaction.
import type { ComplianceCounts } from '../reports/report-timing';

export interface DashboardTiles {
  units: number;
  /** mean index of the units ranked, 2 dp; null without units */
  averageIndex: number | null;
  /** on time ÷ (on time + late + missing), percent 1 dp; null when nothing was due */
  reportsOnTimePercent: number | null;
  actionsOverdue: number;
  /** the shown round's overall satisfaction rate; null without answers */
  satisfactionPercent: number | null;
}

export function dashboardTiles(input: {
  indices: readonly number[];
  compliance: ComplianceCounts;
  actionsOverdue: number;
  satisfactionPercent: number | null;
}): DashboardTiles {
  const { indices, compliance } = input;
  const due = compliance.onTime + compliance.late + compliance.missing;
  return {
    units: indices.length,
    averageIndex:
      indices.length === 0 ? null : Math.round((100 * indices.reduce((s, v) => s + v, 0)) / indices.length) / 100,
    reportsOnTimePercent: due === 0 ? null : Math.round((1000 * compliance.onTime) / due) / 10,
    actionsOverdue: input.actionsOverdue,
    satisfactionPercent: input.satisfactionPercent,
  };
}
