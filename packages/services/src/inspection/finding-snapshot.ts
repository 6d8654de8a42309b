// The fields of a finding its audit events record, selected once.
import type { FindingSnapshot } from "../audit/catalogue.js";

export const FINDING_SELECT = {
  id: true,
  version: true,
  visitId: true,
  kind: true,
  severity: true,
  frameworkNodeId: true,
  description: true,
  latitude: true,
  longitude: true,
  clientId: true,
  photos: { select: { id: true } },
} as const;

export function findingSnapshot(row: {
  version: number;
  visitId: string;
  kind: "WEAKNESS" | "GOOD_PRACTICE";
  severity: "LOW" | "MEDIUM" | "HIGH" | null;
  frameworkNodeId: string | null;
  description: string;
  latitude: number | null;
  longitude: number | null;
  photos: Array<{ id: string }>;
}): FindingSnapshot {
  return {
    version: row.version,
    visitId: row.visitId,
    kind: row.kind,
    severity: row.severity,
    frameworkNodeId: row.frameworkNodeId,
    description: row.description,
    latitude: row.latitude,
    longitude: row.longitude,
    photoFileIds: row.photos.map((p) => p.id).sort(),
  };
}
