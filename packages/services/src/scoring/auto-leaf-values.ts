// Automatic leaves are computed at READ time, not stored as AUTO entries: their inputs (the plan's
// task statuses, report submissions, inspections, surveys) change through operations that know
// nothing of scoring, and a stored copy could go stale without anyone noticing. Every reader of
// results (the ranking, the scorecard, what-if, the snapshot taken at lock) goes through
// `computeYearResults`/`unitScorecard`/`whatIfResults`, which all apply these values the same way,
// so the figures agree everywhere; the published snapshot freezes them. Pure: the data is given.
import {
  type AutoLeafData,
  type AutoLeafValue,
  autoLeafSource,
  autoLeafValue,
  type Framework,
  type FrameworkNode,
  type UnitScoreInput,
} from "@cchc/domain";

export type AutoValues = Map<string, Map<string, AutoLeafValue>>;

function groupBy<T>(rows: readonly T[], key: (row: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    for (const k of key(row)) {
      const list = out.get(k);
      if (list) list.push(row);
      else out.set(k, [row]);
    }
  }
  return out;
}

/** Each unit's automatic leaves (applicable to its type) with their values and notes. */
export function autoLeafValues(
  framework: Framework,
  units: ReadonlyArray<{ unitId: string; unitTypeCode: string }>,
  data: AutoLeafData,
): AutoValues {
  const autoLeaves: Array<{ leaf: FrameworkNode; source: NonNullable<ReturnType<typeof autoLeafSource>> }> = [];
  (function walk(nodes: readonly FrameworkNode[]) {
    for (const n of nodes) {
      if (n.children.length > 0) walk(n.children);
      else {
        const source = autoLeafSource(n);
        if (source) autoLeaves.push({ leaf: n, source });
      }
    }
  })(framework.areas);
  // one unit's rows at a time: the domain filters lists by unit, which is linear per call
  const tasks = groupBy(data.planTasks, (t) => t.leadUnitIds);
  const submissions = groupBy(data.reportSubmissions, (s) => [s.unitId]);
  const actions = groupBy(data.correctiveActions, (a) => [a.ownerUnitId]);
  const answers = groupBy(data.surveyAnswers, (a) => [a.unitId]);
  const out: AutoValues = new Map();
  for (const u of units) {
    const view: AutoLeafData = {
      ...data,
      planTasks: tasks.get(u.unitId) ?? [],
      reportSubmissions: submissions.get(u.unitId) ?? [],
      correctiveActions: actions.get(u.unitId) ?? [],
      surveyAnswers: answers.get(u.unitId) ?? [],
    };
    const values = new Map<string, AutoLeafValue>();
    for (const { leaf, source } of autoLeaves) {
      if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(u.unitTypeCode)) continue;
      values.set(leaf.code, autoLeafValue(leaf, source, u.unitId, view));
    }
    out.set(u.unitId, values);
  }
  return out;
}

/** The engine's inputs with the automatic values filled in (a stored survey entry is kept). */
export function withAutoLeaves(inputs: readonly UnitScoreInput[], values: AutoValues): UnitScoreInput[] {
  return inputs.map((input) => {
    const auto = values.get(input.unitId);
    if (!auto) return input;
    const leaves = { ...input.leaves };
    for (const [code, v] of auto) {
      if (v.input === null) continue;
      const current = leaves[code] ?? {};
      if (v.source === "SURVEY") {
        if (current.survey == null) leaves[code] = { ...current, survey: v.input };
      } else leaves[code] = { ...current, auto: v.input };
    }
    return { ...input, leaves };
  });
}
