// The sample's values: what a unit of a given strength claims on a leaf, what the appraisers find
// when they disagree, and the Vietnamese comments that go with them — every one labelled as sample
// data. Pure: the random source is given.
import type { AppraisalReason, FrameworkNode, MethodInput, ScoringMethod } from "@cchc/domain";
import { between, pick } from "./random.js";

export const SAMPLE_LABEL = "Dữ liệu mẫu";

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Inputs a unit of `strength` (0..1) would give the leaf's method; null for survey methods. */
export function sampleInputs(method: ScoringMethod, random: () => number, strength: number): MethodInput | null {
  const level = clamp(strength + (random() - 0.35) * 0.3, 0, 1);
  switch (method.kind) {
    case "binary":
      return { kind: "binary", met: random() < strength + 0.12 };
    case "checklist": {
      const n = method.items.length;
      return { kind: "checklist", met: clamp(Math.round(n * level + 0.3), 0, n) };
    }
    case "ratio":
    case "ratio_tiered": {
      const denominator = between(random, 12, 160);
      const numerator = random() < strength ? denominator : Math.round(denominator * clamp(level, 0.4, 1));
      return { kind: method.kind, numerator, denominator };
    }
    case "deadline": {
      const r = random();
      return { kind: "deadline", status: r < strength + 0.1 ? "on_time" : r < strength + 0.25 ? "late" : "missing" };
    }
    case "deduction": {
      const occurrences: Record<string, number> = {};
      for (const rule of method.rules) occurrences[rule.code] = random() > strength + 0.15 ? 1 : 0;
      return { kind: "deduction", occurrences };
    }
    case "survey_rate":
    case "survey_likert":
      return null;
  }
}

/** What the appraisers find instead of the claim (lower), or null when it cannot be lower. */
export function lowered(input: MethodInput, method: ScoringMethod): MethodInput | null {
  switch (input.kind) {
    case "binary":
      return input.met ? { kind: "binary", met: false } : null;
    case "checklist": {
      const met = typeof input.met === "number" ? input.met : input.met.filter(Boolean).length;
      return met > 0 ? { kind: "checklist", met: met - 1 } : null;
    }
    case "ratio":
    case "ratio_tiered":
      return input.numerator > 0 ? { ...input, numerator: Math.max(0, Math.floor(input.numerator * 0.7)) } : null;
    case "deadline":
      return input.status === "on_time" ? { kind: "deadline", status: "late" } : null;
    case "deduction": {
      if (method.kind !== "deduction" || method.rules.length === 0) return null;
      const first = method.rules[0]!.code;
      return { kind: "deduction", occurrences: { ...input.occurrences, [first]: (input.occurrences[first] ?? 0) + 1 } };
    }
    default:
      return null;
  }
}

/** The unit's note on its claim (no evidence file: the explanation of where the proof is kept). */
export function claimComment(leaf: FrameworkNode, random: () => number): string {
  const kept = pick(random, [
    "lưu tại bộ phận văn thư của đơn vị",
    "lưu trên hệ thống quản lý văn bản",
    "lưu tại hồ sơ CCHC năm",
  ]);
  return `${SAMPLE_LABEL}: ${leaf.evidenceHint ?? "đã thực hiện theo kế hoạch"} (${kept}).`;
}

export const APPRAISAL_COMMENTS: Readonly<Record<Exclude<AppraisalReason, "OTHER" | "INSPECTION_FINDING">, string>> = {
  NO_EVIDENCE: `${SAMPLE_LABEL}: đơn vị chưa cung cấp tài liệu kiểm chứng cho nội dung này.`,
  EVIDENCE_INSUFFICIENT: `${SAMPLE_LABEL}: tài liệu kiểm chứng chưa thể hiện đủ các nội dung tự chấm.`,
  LATE: `${SAMPLE_LABEL}: nội dung được thực hiện sau thời hạn quy định.`,
  WRONG_INPUTS: `${SAMPLE_LABEL}: số liệu tự chấm chưa khớp với số liệu trên hệ thống của tỉnh.`,
};

export const AGREED_COMMENT = `${SAMPLE_LABEL}: thống nhất với kết quả tự chấm.`;
export const APPRAISED_COMMENT = `${SAMPLE_LABEL}: chấm theo tài liệu kiểm chứng và số liệu theo dõi của Phòng Nội vụ.`;

export function explanationComment(leaf: FrameworkNode): string {
  return `${SAMPLE_LABEL}: đơn vị bổ sung ${leaf.evidenceHint?.toLocaleLowerCase("vi") ?? "tài liệu kiểm chứng"} đã ban hành trong năm; đề nghị Tổ thẩm định xem xét lại.`;
}

export const ROUND2_ACCEPTED = `${SAMPLE_LABEL}: chấp nhận giải trình và tài liệu bổ sung, công nhận điểm tự chấm.`;
export const ROUND2_KEPT = `${SAMPLE_LABEL}: nội dung giải trình chưa có căn cứ mới, giữ kết quả thẩm định lần 1.`;
