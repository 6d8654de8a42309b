import { frameworkLeaves, type Framework, type LeafScoreInput, type UnitScoreInput } from '../../src/index';

/** Every leaf at full marks through the leaf's proper channel (survey leaves via survey results). */
export function fullMarks(f: Framework, unitId: string, unitName: string, unitType: string): UnitScoreInput {
  const leaves: Record<string, LeafScoreInput> = {};
  for (const l of frameworkLeaves(f)) {
    leaves[l.code] =
      l.scoreSource === 'survey'
        ? { survey: { kind: 'survey_rate', satisfied: 1, valid: 1 } }
        : { round2: l.maxPoints };
  }
  for (const l of frameworkLeaves(f)) {
    if (l.method?.kind === 'survey_likert') leaves[l.code] = { survey: { kind: 'survey_likert', counts: { A: 1 } } };
  }
  return { unitId, unitName, unitType, leaves };
}

/** Phòng chuyên môn: every leaf scored (some through precedence, two ending missing), 3.5 N/A by type. */
export const OFFICE: UnitScoreInput = {
  unitId: 'phong-tu-phap',
  unitName: 'Phòng Tư pháp',
  unitType: 'phong',
  bonus: 2,
  penalty: 1,
  leaves: {
    // Area 1 (max 14)
    '1.1.1': { self: 1, auto: { kind: 'deadline', status: 'late' } }, // auto over self: late → 0.5
    '1.1.2': { self: 1, round1: { kind: 'checklist', met: 4 } }, // 4/5 × 1 = 0.8
    '1.2': { self: { kind: 'ratio_tiered', numerator: 17, denominator: 20 } }, // 85% → 80–<100 → 2
    '1.3.1': { auto: { kind: 'deadline', status: 'on_time' } }, // 0.75
    '1.3.2': { auto: { kind: 'deadline', status: 'late' } }, // late = not sent → 0
    '1.3.3': { auto: { kind: 'deadline', status: 'on_time' } }, // 0.75
    '1.3.4': { auto: { kind: 'deadline', status: 'missing' } }, // 0
    '1.4': { round1: { kind: 'ratio', numerator: 3, denominator: 4 } }, // 2 × 3/4 = 1.5
    '1.5': { self: { kind: 'checklist', met: [true, true, false] } }, // 2/3 × 1.5 = 1
    '1.6': { round1: { kind: 'deduction', occurrences: { e1: 2, e2: 1 } } }, // 2 − 0.5 − 0.5 = 1
    '1.7': { self: { kind: 'binary', met: true }, round1: { kind: 'binary', met: false } }, // round 1 → 0
    // Area 2 (max 8)
    '2.1.1': { self: 1 },
    '2.1.2': { self: 1, round1: 0, round2: 1 }, // round 2 → 1
    '2.2': { self: { kind: 'checklist', met: 1 } }, // 1/2 × 2 = 1
    '2.3': { self: { kind: 'ratio_tiered', numerator: 8, denominator: 10 } }, // 80% → ">= 80%" → 1
    '2.4': { round1: { kind: 'ratio', numerator: 0, denominator: 0 } }, // none found → 2
    // Area 3 (phong max 17: 3.5 does not apply)
    '3.1': { round1: { kind: 'checklist', met: 2 } }, // 2/3 × 3 = 2
    '3.2': { self: { kind: 'ratio_tiered', numerator: 96, denominator: 100 } }, // 95–<100 → 6 × 0.96 = 5.76
    '3.3': { self: { kind: 'ratio', numerator: 1, denominator: 2 } }, // 1
    '3.4': { self: 2 },
    '3.5': { round1: 3 }, // N/A for phong: ignored
    '3.6': { round1: { kind: 'ratio', numerator: 90, denominator: 80 } }, // min(1, 1.125) × 2 = 2
    '3.7': { self: { kind: 'binary', met: true } }, // 2
    // Area 4 (max 6)
    '4.1': { self: 2 },
    '4.2': { self: 2 }, // appraised only: self ignored → MISSING, counts 0
    '4.3': { self: 2, round1: { kind: 'checklist', met: 1 } }, // 1
    // Area 5 (max 8)
    '5.1': { self: 2 },
    '5.2': { self: 0 },
    '5.3': { self: { kind: 'ratio', numerator: 3, denominator: 4 } }, // 1.5
    '5.4': { round1: { kind: 'deduction', occurrences: { e1: 3 } } }, // 2 − 3 → floor 0
    // Area 6 (max 6)
    '6.1': { round1: { kind: 'ratio_tiered', numerator: 90, denominator: 100 } }, // 80–<95 → 1
    '6.2': { self: { kind: 'checklist', met: 2 } }, // 2
    '6.3': { self: 2 },
    // Area 7 (max 10)
    '7.1': { round1: { kind: 'ratio', numerator: 80, denominator: 100 } }, // 2.4
    '7.2': { round1: { kind: 'ratio', numerator: 0.5, denominator: 1 } }, // 1.5
    '7.3': { round2: { points: 1, comment: 'đạt chỉ tiêu thanh toán trực tuyến' } }, // 1
    '7.4': { self: 1 },
    '7.5': { self: { kind: 'checklist', met: [true, false] } }, // 1
    // Area 8 (max 28)
    '8.1.1': { survey: { kind: 'survey_rate', satisfied: 90, valid: 100 } }, // 2.7
    '8.1.2': { survey: { kind: 'survey_rate', satisfied: 80, valid: 100 } }, // 2.4
    '8.1.3': { survey: { kind: 'survey_rate', satisfied: 45, valid: 50 } }, // 2.7
    '8.1.4': { survey: { kind: 'survey_rate', satisfied: 100, valid: 100 } }, // 3
    '8.1.5': { self: 3 }, // survey leaf: self ignored → MISSING, counts 0
    '8.2.1': { survey: { kind: 'survey_likert', counts: { A: 5, B: 5 } } }, // (5 + 3)/10 × 2 = 1.6
    '8.2.2': { survey: { kind: 'survey_likert', counts: { A: 10 } } }, // 2
    '8.2.3': { survey: { kind: 'survey_likert', counts: { A: 2, B: 4, C: 2, D: 2 } } }, // (2 + 2.4 + 0.4)/10 × 2 = 0.96
    '8.2.4': { survey: { kind: 'survey_likert', counts: { B: 10 } } }, // 0.6 × 2 = 1.2
    '8.3.1': { round1: { kind: 'ratio_tiered', numerator: 7, denominator: 10 } }, // 70% → ">= 50%" → 1
    '8.3.2': { round1: { kind: 'deduction', occurrences: { e1: 0 } } }, // 2
  },
};

/** UBND phường: every leaf scored, 3.7 N/A by type, 1.4 marked N/A for this unit (not inspected). */
export const WARD: UnitScoreInput = {
  unitId: 'phuong-long-thuy',
  unitName: 'UBND phường Long Thủy',
  unitType: 'xa',
  bonus: 3,
  penalty: 0.5,
  leaves: {
    // Area 1 (max 14 − 2 for 1.4 = 12)
    '1.1.1': { self: { kind: 'deadline', status: 'on_time' } }, // 1
    '1.1.2': { self: { kind: 'checklist', met: 5 } }, // 1
    '1.2': { self: { kind: 'ratio_tiered', numerator: 20, denominator: 20 } }, // 100% → 3
    '1.3.1': { auto: { kind: 'deadline', status: 'on_time' } }, // 0.75
    '1.3.2': { auto: { kind: 'deadline', status: 'on_time' } }, // 0.75
    '1.3.3': { auto: { kind: 'deadline', status: 'on_time' } }, // 0.75
    '1.3.4': {
      auto: { kind: 'deadline', status: 'late' },
      round2: { points: 0.75, comment: 'gửi đúng hạn qua hệ thống, sổ ghi nhầm ngày' },
    }, // round 2 → 0.75
    '1.4': { notApplicable: { reason: 'không được kiểm tra trong năm' }, round1: 0 }, // out of numerator AND denominator
    '1.5': { self: { kind: 'checklist', met: 3 } }, // 1.5
    '1.6': { round1: { kind: 'deduction', occurrences: { e1: 1 } } }, // 1.75
    '1.7': { self: { kind: 'binary', met: false } }, // 0
    // Area 2 (max 8)
    '2.1.1': { self: 1 },
    '2.1.2': { self: 0, round1: 1 }, // 1
    '2.2': { self: { kind: 'checklist', met: 2 } }, // 2
    '2.3': { self: { kind: 'ratio_tiered', numerator: 10, denominator: 10 } }, // 2
    '2.4': { round1: { kind: 'ratio', numerator: 1, denominator: 2 } }, // 1
    // Area 3 (xa max 18: 3.7 does not apply)
    '3.1': { round1: { kind: 'checklist', met: 3 } }, // 3
    '3.2': { self: { kind: 'ratio_tiered', numerator: 92, denominator: 100 } }, // 90–<95 → 3
    '3.3': { self: { kind: 'ratio', numerator: 0, denominator: 0 } }, // no late dossiers → 2
    '3.4': { self: { kind: 'ratio', numerator: 9, denominator: 10 } }, // 1.8
    '3.5': { round1: { kind: 'checklist', met: 2 } }, // 2
    '3.6': { round1: { kind: 'ratio', numerator: 0.6, denominator: 0.8 } }, // 0.75 × 2 = 1.5
    '3.7': { self: 2 }, // N/A for xa: ignored
    // Area 4 (max 6)
    '4.1': { self: 2 },
    '4.2': { round1: { kind: 'binary', met: true } }, // 2
    '4.3': { self: { kind: 'checklist', met: 2 } }, // 2
    // Area 5 (max 8)
    '5.1': { self: 2 },
    '5.2': { self: 2 },
    '5.3': { self: { kind: 'ratio', numerator: 5, denominator: 4 } }, // capped → 2
    '5.4': { round1: { kind: 'deduction', occurrences: { e2: 1 } } }, // 1.5
    // Area 6 (max 6)
    '6.1': { round1: { kind: 'ratio_tiered', numerator: 95, denominator: 100 } }, // ">= 95%" → 2
    '6.2': { self: 2 },
    '6.3': { self: { kind: 'checklist', met: 1 } }, // 1
    // Area 7 (max 10)
    '7.1': { round1: { kind: 'ratio', numerator: 90, denominator: 100 } }, // 2.7
    '7.2': { round1: { kind: 'ratio', numerator: 1, denominator: 1 } }, // 3
    '7.3': { round1: { kind: 'ratio', numerator: 0.3, denominator: 0.6 } }, // 0.5
    '7.4': { self: 1 },
    '7.5': { self: 2 },
    // Area 8 (max 28)
    '8.1.1': { survey: { kind: 'survey_rate', satisfied: 85, valid: 100 } }, // 2.55
    '8.1.2': { survey: { kind: 'survey_rate', satisfied: 88, valid: 100 } }, // 2.64
    '8.1.3': { survey: { kind: 'survey_rate', satisfied: 90, valid: 100 } }, // 2.7
    '8.1.4': { survey: { kind: 'survey_rate', satisfied: 95, valid: 100 } }, // 2.85
    '8.1.5': { survey: { kind: 'survey_rate', satisfied: 80, valid: 100 } }, // 2.4
    '8.2.1': { survey: { kind: 'survey_likert', counts: { A: 8, B: 2 } } }, // 0.92 × 2 = 1.84
    '8.2.2': { survey: { kind: 'survey_likert', counts: { A: 10 } } }, // 2
    '8.2.3': { survey: { kind: 'survey_likert', counts: { A: 5, B: 5 } } }, // 1.6
    '8.2.4': { survey: { kind: 'survey_likert', counts: { A: 6, B: 2, C: 2 } } }, // 0.76 × 2 = 1.52
    '8.3.1': { round1: { kind: 'ratio_tiered', numerator: 9, denominator: 10 } }, // 90% → ">= 80%" → 2
    '8.3.2': { round1: { kind: 'deduction', occurrences: { e1: 1 } } }, // 1
  },
};
