// The domain's framework node as database columns, and back as the audit log records it.
import { jsonColumns } from "@cchc/db";
import type { FrameworkNode, ScoreSource, ScoringMethodKind } from "@cchc/domain";
import type { FrameworkNodeSnapshot } from "../audit/catalogue.js";

const METHOD = {
  binary: "BINARY",
  checklist: "CHECKLIST",
  ratio: "RATIO",
  ratio_tiered: "RATIO_TIERED",
  deadline: "DEADLINE",
  deduction: "DEDUCTION",
  survey_rate: "SURVEY_RATE",
  survey_likert: "SURVEY_LIKERT",
} as const satisfies Record<ScoringMethodKind, string>;

export const DB_SCORE_SOURCE = {
  self_then_appraised: "SELF_THEN_APPRAISED",
  appraised_only: "APPRAISED_ONLY",
  survey: "SURVEY",
} as const satisfies Record<ScoreSource, string>;

/** The columns a node's content fills (not its place in the tree). */
export function nodeContentColumns(node: FrameworkNode) {
  const leaf = node.children.length === 0;
  return {
    name: node.name,
    nameEn: node.nameEn ?? null,
    maxPoints: node.maxPoints,
    method: leaf && node.method ? METHOD[node.method.kind] : null,
    methodConfig: leaf && node.method ? jsonColumns.methodConfig.toJson(node.method) : null,
    scoreSource: leaf && node.scoreSource ? DB_SCORE_SOURCE[node.scoreSource] : null,
    appliesTo: node.appliesTo,
    evidenceHint: node.evidenceHint ?? null,
    sumReason: node.sumReason ?? null,
  };
}

/** A node as `framework.*` audit events record it. */
export function nodeSnapshot(node: FrameworkNode): FrameworkNodeSnapshot {
  return {
    code: node.code,
    name: node.name,
    nameEn: node.nameEn ?? null,
    maxPoints: node.maxPoints,
    method:
      node.children.length === 0 && node.method
        ? (JSON.parse(JSON.stringify(node.method)) as FrameworkNodeSnapshot["method"])
        : null,
    scoreSource: node.children.length === 0 ? (node.scoreSource ?? null) : null,
    appliesTo: [...node.appliesTo],
    evidenceHint: node.evidenceHint ?? null,
    sumReason: node.sumReason ?? null,
  };
}
