// Rebuilds the domain's framework tree from database rows, so computed fields (totals, validation,
// applicable maximum) use the one implementation in packages/domain.
import { jsonColumns } from "@cchc/db";
import type { Framework, FrameworkNode, ScoreSource } from "@cchc/domain";

export interface FrameworkRow {
  name: string;
  bonusCap: { toString(): string };
  penaltyCap: { toString(): string };
  tiers: unknown;
  nodes: Array<{
    id: string;
    parentId: string | null;
    code: string;
    name: string;
    nameEn: string | null;
    maxPoints: { toString(): string };
    position: number;
    methodConfig: unknown;
    scoreSource: string | null;
    appliesTo: string[];
    evidenceHint: string | null;
    sumReason: string | null;
  }>;
}

/** The columns of a node that `nodeFromRow` reads: select these wherever the domain's tree is rebuilt. */
export const FRAMEWORK_NODE_SELECT = {
  id: true,
  parentId: true,
  code: true,
  name: true,
  nameEn: true,
  maxPoints: true,
  position: true,
  methodConfig: true,
  scoreSource: true,
  appliesTo: true,
  evidenceHint: true,
  sumReason: true,
} as const satisfies Record<keyof FrameworkRow["nodes"][number], true>;

/** What `frameworkFromRows` reads of a framework and its nodes. */
export const FRAMEWORK_TREE_SELECT = {
  name: true,
  bonusCap: true,
  penaltyCap: true,
  tiers: true,
  nodes: { select: FRAMEWORK_NODE_SELECT },
} as const;

const SOURCE: Record<string, ScoreSource> = {
  SELF_THEN_APPRAISED: "self_then_appraised",
  APPRAISED_ONLY: "appraised_only",
  SURVEY: "survey",
};

export function frameworkFromRows(row: FrameworkRow): Framework {
  const byId = new Map<string, FrameworkNode>();
  const sorted = [...row.nodes].sort((a, b) => a.position - b.position);
  for (const n of sorted) {
    const node = nodeFromRow(n);
    byId.set(n.id, node);
  }
  const areas: FrameworkNode[] = [];
  for (const n of sorted) {
    const node = byId.get(n.id)!;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (parent) parent.children.push(node);
    else areas.push(node);
  }
  return {
    name: row.name,
    areas,
    bonusCap: Number(row.bonusCap.toString()),
    penaltyCap: Number(row.penaltyCap.toString()),
    tiers: jsonColumns.tiers.parse(row.tiers),
  };
}

/** One node row as the domain's node (children empty). */
export function nodeFromRow(n: FrameworkRow["nodes"][number]): FrameworkNode {
  return {
    code: n.code,
    name: n.name,
    maxPoints: Number(n.maxPoints.toString()),
    children: [],
    appliesTo: n.appliesTo,
    ...(n.nameEn ? { nameEn: n.nameEn } : {}),
    ...(n.methodConfig ? { method: jsonColumns.methodConfig.parse(n.methodConfig) } : {}),
    ...(n.scoreSource ? { scoreSource: SOURCE[n.scoreSource] } : {}),
    ...(n.evidenceHint ? { evidenceHint: n.evidenceHint } : {}),
    ...(n.sumReason ? { sumReason: n.sumReason } : {}),
  };
}
