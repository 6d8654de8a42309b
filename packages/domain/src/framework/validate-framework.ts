import { flattenFramework } from './flatten-framework';
import type { Framework, FrameworkNode, ScoringMethod } from './types';

export interface FrameworkProblem {
  /** node code, or "(framework)" / "(tiers)" for framework-level problems */
  code: string;
  message: string;
  /** the same problem in Vietnamese, for the people who edit the framework */
  messageVi: string;
}

/** A problem of a method's settings, in English and Vietnamese. */
export interface MethodProblem {
  message: string;
  messageVi: string;
}

const EPS = 1e-9;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Problems in a leaf method's configuration relative to the leaf's max points. */
export function validateMethod(method: ScoringMethod, maxPoints: number): MethodProblem[] {
  const out: MethodProblem[] = [];
  const p = {
    push: (message: string, messageVi: string): void => {
      out.push({ message, messageVi });
    },
  };
  const pointsOk = (v: number, what: string, whatVi: string): void => {
    if (!isNum(v) || v < 0)
      p.push(`${what} must be a non-negative number, got ${v}`, `${whatVi} phải là số không âm (đang là ${v}).`);
    else if (v > maxPoints + EPS)
      p.push(
        `${what} (${v}) exceeds the leaf maximum ${maxPoints}`,
        `${whatVi} (${v}) vượt điểm tối đa ${maxPoints} của tiêu chí.`,
      );
  };
  switch (method.kind) {
    case 'binary':
      pointsOk(method.yesPoints, 'yes points', 'Điểm khi đạt');
      pointsOk(method.noPoints, 'no points', 'Điểm khi không đạt');
      if (isNum(method.yesPoints) && !near(method.yesPoints, maxPoints))
        p.push(
          `yes points ${method.yesPoints} ≠ maximum ${maxPoints}`,
          `Điểm khi đạt (${method.yesPoints}) phải bằng điểm tối đa ${maxPoints}.`,
        );
      break;
    case 'checklist':
      if (method.items.length === 0) p.push('checklist has no items', 'Danh mục kiểm tra chưa có mục nào.');
      if (method.pointsPerItem !== undefined && !near(method.pointsPerItem * method.items.length, maxPoints)) {
        p.push(
          `${method.items.length} items × ${method.pointsPerItem} = ${method.pointsPerItem * method.items.length} ≠ maximum ${maxPoints}`,
          `${method.items.length} mục × ${method.pointsPerItem} điểm = ${method.pointsPerItem * method.items.length}, khác điểm tối đa ${maxPoints}.`,
        );
      }
      break;
    case 'ratio':
      if (!isNum(method.target) || method.target <= 0)
        p.push(
          `ratio target must be > 0, got ${method.target}`,
          `Tỷ lệ mục tiêu phải lớn hơn 0 (đang là ${method.target}).`,
        );
      if (method.whenDenominatorZero !== null)
        pointsOk(method.whenDenominatorZero, 'points when nothing to count', 'Điểm khi không có gì để tính');
      break;
    case 'ratio_tiered': {
      if (method.tiers.length === 0) p.push('tiered ratio has no tiers', 'Tỷ lệ theo mức chưa có mức nào.');
      method.tiers.forEach((t, i) => {
        if (t.points.kind === 'fixed') pointsOk(t.points.points, `tier ${i + 1} points`, `Điểm của mức ${i + 1}`);
        else if (!isNum(t.points.factor) || t.points.factor < 0)
          p.push(`tier ${i + 1} factor must be ≥ 0`, `Hệ số của mức ${i + 1} phải từ 0 trở lên.`);
        if (t.min !== null && t.max !== null && t.min > t.max)
          p.push(`tier ${i + 1}: lower bound above upper bound`, `Mức ${i + 1}: cận dưới lớn hơn cận trên.`);
      });
      // every ratio in 0..1 must fall in some tier (checked on a 0.1% grid plus the bounds)
      const probes = new Set<number>();
      for (let k = 0; k <= 1000; k++) probes.add(k / 1000);
      for (const t of method.tiers) {
        if (t.min !== null) probes.add(t.min);
        if (t.max !== null) probes.add(t.max);
      }
      const gaps = [...probes].filter((r) => r >= 0 && r <= 1 && !method.tiers.some((t) => tierContains(t, r)));
      if (gaps.length > 0) {
        const gap = (Math.min(...gaps) * 100).toFixed(1);
        p.push(
          `tiers leave ratios uncovered, e.g. ${gap}%`,
          `Các mức chưa phủ hết tỷ lệ từ 0% đến 100%, ví dụ ${gap.replace('.', ',')}%.`,
        );
      }
      if (method.whenDenominatorZero !== null)
        pointsOk(method.whenDenominatorZero, 'points when nothing to count', 'Điểm khi không có gì để tính');
      break;
    }
    case 'deadline':
      for (const k of ['on_time', 'late', 'missing'] as const)
        pointsOk(method.points[k], `points when ${k}`, `Điểm khi ${OUTCOME_VI[k]}`);
      if (isNum(method.points.on_time) && !near(method.points.on_time, maxPoints)) {
        p.push(
          `on-time points ${method.points.on_time} ≠ maximum ${maxPoints}`,
          `Điểm khi đúng hạn (${method.points.on_time}) phải bằng điểm tối đa ${maxPoints}.`,
        );
      }
      break;
    case 'deduction':
      pointsOk(method.start, 'start', 'Điểm khởi đầu');
      if (!isNum(method.floor) || method.floor < 0) p.push('floor must be ≥ 0', 'Điểm sàn phải từ 0 trở lên.');
      if (method.rules.length === 0) p.push('deduction has no rules', 'Cách trừ điểm chưa có lỗi trừ nào.');
      method.rules.forEach((r) => {
        if (!isNum(r.minus) || r.minus <= 0)
          p.push(`deduction "${r.code}" must be > 0`, `Mức trừ của "${r.code}" phải lớn hơn 0.`);
      });
      if (new Set(method.rules.map((r) => r.code)).size !== method.rules.length)
        p.push('deduction rule codes are not unique', 'Mã các lỗi trừ điểm bị trùng.');
      break;
    case 'survey_rate':
      break;
    case 'survey_likert': {
      const ws = Object.entries(method.weights);
      if (ws.length === 0) p.push('Likert method has no answer weights', 'Chưa có trọng số cho các phương án trả lời.');
      for (const [k, w] of ws)
        if (!isNum(w) || w < 0 || w > 1)
          p.push(`weight of answer ${k} must be in 0..1`, `Trọng số của phương án ${k} phải từ 0 đến 1.`);
      break;
    }
    default: {
      const never: never = method;
      p.push(`unknown method ${JSON.stringify(never)}`, 'Cách chấm điểm không được hỗ trợ.');
    }
  }
  return out;
}

const OUTCOME_VI = { on_time: 'đúng hạn', late: 'trễ hạn', missing: 'không nộp' } as const;

/** Whether a ratio (0..1) falls in a tier. A tiny tolerance favours inclusive bounds. */
export function tierContains(
  t: { min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean },
  r: number,
): boolean {
  const e = 1e-12;
  if (t.min !== null && (t.minInclusive ? r < t.min - e : r <= t.min + e)) return false;
  if (t.max !== null && (t.maxInclusive ? r > t.max + e : r >= t.max - e)) return false;
  return true;
}

/**
 * Checks a framework and lists EVERY problem with its node code:
 * children sum to the parent's maximum (unless `sumReason` says why not), no negative maxima,
 * unique codes, leaves have a method and a score source consistent with it, method settings
 * fit the leaf maximum, caps ≥ 0, tiers distinct and including a 0 floor, areas sum to maxTotal.
 */
export function validateFramework(f: Framework): { ok: boolean; problems: FrameworkProblem[] } {
  const problems: FrameworkProblem[] = [];
  const add = (code: string, message: string, messageVi: string): void => {
    problems.push({ code, message, messageVi });
  };
  const flat = flattenFramework(f);
  const seen = new Map<string, number>();
  for (const { node } of flat) seen.set(node.code, (seen.get(node.code) ?? 0) + 1);
  for (const [code, n] of seen)
    if (n > 1) add(code, `code "${code}" is used ${n} times`, `Mã "${code}" được dùng ${n} lần.`);

  if (f.areas.length === 0) add('(framework)', 'framework has no areas', 'Bộ tiêu chí chưa có lĩnh vực nào.');
  for (const { node } of flat) checkNode(node, add);

  if (!isNum(f.bonusCap) || f.bonusCap < 0)
    add(
      '(framework)',
      `bonus cap must be ≥ 0, got ${f.bonusCap}`,
      `Điểm thưởng tối đa phải từ 0 trở lên (đang là ${f.bonusCap}).`,
    );
  if (!isNum(f.penaltyCap) || f.penaltyCap < 0)
    add(
      '(framework)',
      `penalty cap must be ≥ 0, got ${f.penaltyCap}`,
      `Điểm trừ tối đa phải từ 0 trở lên (đang là ${f.penaltyCap}).`,
    );
  if (f.maxTotal !== undefined) {
    const sum = f.areas.reduce((s, a) => s + a.maxPoints, 0);
    if (!near(sum, f.maxTotal))
      add(
        '(framework)',
        `areas sum to ${sum}, declared total is ${f.maxTotal}`,
        `Tổng điểm các lĩnh vực là ${sum}, khác tổng điểm khai báo ${f.maxTotal}.`,
      );
  }
  if (f.tiers.length === 0) add('(tiers)', 'no classification tiers', 'Chưa có mức xếp loại nào.');
  const mins = f.tiers.map((t) => t.minPercent);
  if (new Set(mins).size !== mins.length)
    add('(tiers)', 'two tiers share the same minimum', 'Hai mức xếp loại có cùng ngưỡng dưới.');
  if (f.tiers.length > 0 && !mins.some((m) => m <= 0))
    add(
      '(tiers)',
      'no tier starts at 0%: low indices would have no tier',
      'Không có mức xếp loại nào bắt đầu từ 0%: chỉ số thấp sẽ không được xếp loại.',
    );
  if (new Set(f.tiers.map((t) => t.code)).size !== f.tiers.length)
    add('(tiers)', 'tier codes are not unique', 'Mã các mức xếp loại bị trùng.');
  for (const t of f.tiers)
    if (!isNum(t.minPercent) || t.minPercent < 0 || t.minPercent > 100)
      add('(tiers)', `tier ${t.code}: minPercent must be in 0..100`, `Mức ${t.code}: ngưỡng dưới phải từ 0 đến 100%.`);

  return { ok: problems.length === 0, problems };
}

const SOURCE_VI = {
  self_then_appraised: 'đơn vị tự chấm rồi thẩm định',
  appraised_only: 'chỉ thẩm định',
  survey: 'khảo sát',
} as const;

function checkNode(node: FrameworkNode, add: (code: string, message: string, messageVi: string) => void): void {
  const code = node.code;
  if (!code || code.trim() === '')
    add('(no code)', `node "${node.name}" has no code`, `Tiêu chí "${node.name}" chưa có mã.`);
  if (!isNum(node.maxPoints))
    add(code, `maximum is not a number: ${String(node.maxPoints)}`, 'Điểm tối đa không phải là số.');
  else if (node.maxPoints < 0)
    add(code, `negative maximum ${node.maxPoints}`, `Điểm tối đa không được âm (đang là ${node.maxPoints}).`);
  if (node.children.length > 0) {
    const sum = node.children.reduce((s, c) => s + c.maxPoints, 0);
    if (isNum(sum) && isNum(node.maxPoints) && !near(sum, node.maxPoints) && !node.sumReason?.trim()) {
      const total = +sum.toFixed(6);
      add(
        code,
        `children sum to ${total}, maximum is ${node.maxPoints} (give a sumReason if intended)`,
        `Tổng điểm các tiêu chí con là ${total}, khác điểm tối đa ${node.maxPoints} (ghi lý do nếu cố ý).`,
      );
    }
    if (node.method)
      add(
        code,
        'a node with children must not have a scoring method',
        'Tiêu chí có tiêu chí con thì không có cách chấm điểm.',
      );
    return;
  }
  if (!node.method) {
    add(code, 'leaf has no scoring method', 'Tiêu chí thành phần chưa có cách chấm điểm.');
    return;
  }
  if (!node.scoreSource) add(code, 'leaf has no score source', 'Tiêu chí thành phần chưa có nguồn điểm.');
  const isSurveyMethod = node.method.kind === 'survey_rate' || node.method.kind === 'survey_likert';
  if (isSurveyMethod && node.scoreSource && node.scoreSource !== 'survey')
    add(
      code,
      `survey method with score source ${node.scoreSource}`,
      `Cách chấm theo khảo sát nhưng nguồn điểm là "${SOURCE_VI[node.scoreSource]}".`,
    );
  if (!isSurveyMethod && node.scoreSource === 'survey')
    add(
      code,
      `score source "survey" with method ${node.method.kind}`,
      'Nguồn điểm "khảo sát" chỉ dùng với cách chấm theo khảo sát.',
    );
  if (isNum(node.maxPoints))
    for (const m of validateMethod(node.method, node.maxPoints)) add(code, m.message, m.messageVi);
}
