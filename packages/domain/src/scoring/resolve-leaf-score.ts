import type { FrameworkNode } from '../framework/types';
import { evaluateMethod } from './evaluate-method';
import { cleanPoints } from './round';
import type { LeafScoreInput, MethodInput, PointsOrigin, ScoreEntry } from './types';

export interface ResolvedLeaf {
  points: number | null;
  source: PointsOrigin | null;
  rule: string;
  inputs: Record<string, unknown> | null;
  superseded: Array<{ source: PointsOrigin; points: number | null }>;
  notes: string[];
}

const ORDER: Readonly<Record<'self_then_appraised' | 'appraised_only' | 'survey', readonly PointsOrigin[]>> = {
  self_then_appraised: ['override', 'round2', 'round1', 'auto', 'self'],
  appraised_only: ['override', 'round2', 'round1', 'auto'],
  survey: ['override', 'survey'],
};

const ORIGIN_VI: Readonly<Record<PointsOrigin, string>> = {
  override: 'quyết định điều chỉnh',
  round2: 'thẩm định lần 2',
  round1: 'thẩm định lần 1',
  auto: 'tự động',
  self: 'tự chấm',
  survey: 'điều tra xã hội học',
};

function isMethodInput(e: ScoreEntry): e is MethodInput {
  return typeof e === 'object' && e !== null && 'kind' in e;
}

/** Evaluates one value; null when the value is absent. */
function evaluateEntry(
  leaf: FrameworkNode,
  origin: PointsOrigin,
  input: LeafScoreInput,
  explain: boolean,
): { ok: true; points: number; rule: string; inputs: Record<string, unknown> } | { ok: false; reason: string } | null {
  if (origin === 'override') {
    const o = input.override;
    if (!o) return null;
    return {
      ok: true,
      points: o.points,
      rule: `điều chỉnh: ${o.reason}`,
      inputs: { points: o.points, reason: o.reason },
    };
  }
  const entry: ScoreEntry | null | undefined = input[origin];
  if (entry === undefined || entry === null) return null;
  if (typeof entry === 'number')
    return { ok: true, points: entry, rule: `điểm ${ORIGIN_VI[origin]}`, inputs: { points: entry } };
  if (!isMethodInput(entry)) {
    return {
      ok: true,
      points: entry.points,
      rule: `điểm ${ORIGIN_VI[origin]}${entry.comment ? ` (${entry.comment})` : ''}`,
      inputs: { points: entry.points, ...(entry.comment ? { comment: entry.comment } : {}) },
    };
  }
  if (!leaf.method) return { ok: false, reason: 'leaf has no method' };
  const r = evaluateMethod(leaf.method, leaf.maxPoints, entry, explain);
  return r.ok ? { ok: true, points: r.points, rule: r.rule, inputs: r.inputs } : { ok: false, reason: r.reason };
}

const NONE: never[] = [];

/** Bulk path: first valid value wins, no explanation text. */
function resolveFast(leaf: FrameworkNode, input: LeafScoreInput, order: readonly PointsOrigin[]): ResolvedLeaf {
  for (const origin of order) {
    const r = evaluateEntry(leaf, origin, input, false);
    if (r === null || !r.ok || !Number.isFinite(r.points)) continue;
    const points = cleanPoints(Math.min(leaf.maxPoints, Math.max(0, r.points)));
    return { points, source: origin, rule: '', inputs: null, superseded: NONE, notes: NONE };
  }
  return { points: null, source: null, rule: '', inputs: null, superseded: NONE, notes: NONE };
}

/** Applies the precedence rules to one leaf's inputs (see LeafScoreInput). */
export function resolveLeafScore(leaf: FrameworkNode, input: LeafScoreInput | undefined, explain = true): ResolvedLeaf {
  if (!input)
    return { points: null, source: null, rule: 'chưa có điểm (missing)', inputs: null, superseded: [], notes: [] };
  const src = leaf.scoreSource ?? 'self_then_appraised';
  const order = ORDER[src];
  if (!explain) return resolveFast(leaf, input, order);
  const notes: string[] = [];
  const superseded: ResolvedLeaf['superseded'] = [];
  for (const o of ['self', 'round1', 'round2', 'survey', 'auto'] as const) {
    if (input[o] !== undefined && input[o] !== null && !order.includes(o)) {
      notes.push(
        src === 'survey'
          ? `bỏ qua ${ORIGIN_VI[o]}: tiêu chí điều tra chỉ lấy kết quả điều tra`
          : `bỏ qua ${ORIGIN_VI[o]}: tiêu chí ${src === 'appraised_only' ? 'chỉ do thẩm định chấm' : 'không lấy từ điều tra'}`,
      );
    }
  }
  let chosen: ResolvedLeaf | null = null;
  for (const origin of order) {
    const r = evaluateEntry(leaf, origin, input, explain);
    if (r === null) continue;
    if (!r.ok) {
      notes.push(`${ORIGIN_VI[origin]}: không tính được (${r.reason})`);
      if (chosen) superseded.push({ source: origin, points: null });
      continue;
    }
    let points = r.points;
    if (!Number.isFinite(points)) {
      notes.push(`${ORIGIN_VI[origin]}: điểm không hợp lệ (${points})`);
      continue;
    }
    if (points < 0 || points > leaf.maxPoints) {
      const clamped = Math.min(leaf.maxPoints, Math.max(0, points));
      notes.push(`${ORIGIN_VI[origin]}: ${points} ngoài khoảng 0..${leaf.maxPoints}, tính ${clamped}`);
      points = clamped;
    }
    points = cleanPoints(points);
    if (chosen) superseded.push({ source: origin, points });
    else chosen = { points, source: origin, rule: r.rule, inputs: r.inputs, superseded, notes };
  }
  return chosen ?? { points: null, source: null, rule: 'chưa có điểm (missing)', inputs: null, superseded, notes };
}
