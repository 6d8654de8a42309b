// Citizen satisfaction (SIPAS-style) and the leaders' survey: what is asked, how answers count.
//
// - The five aspects are the five basic elements of delivering a public administrative service that
//   the Ministry of Home Affairs' satisfaction measurement (SIPAS, Đề án đo lường sự hài lòng, QĐ
//   2640/QĐ-BNV 2017) asks about: (1) tiếp cận dịch vụ; (2) thủ tục hành chính; (3) công chức trực
//   tiếp giải quyết công việc; (4) kết quả cung ứng dịch vụ; (5) việc tiếp nhận, giải quyết góp ý,
//   phản ánh, kiến nghị (source: https://blogkhampha.edu.vn/de-an-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-giai-doan-2017-2023;
//   the sample framework's leaves 8.1.1–8.1.5 carry the same five).
// - Answers are on a five-level scale, 1 = rất không hài lòng … 5 = rất hài lòng; "satisfied" means
//   level 4 (hài lòng) or 5 (rất hài lòng), and the rate is their share of the valid answers to that
//   question (the sample framework's rate: "(số phiếu 'hài lòng' + 'rất hài lòng') / số phiếu hợp lệ
//   trả lời câu hỏi"; an unanswered question is not a valid answer).
// - The leaders' survey answers A/B/C/D, weighted 100/60/20/0 % (the seed plan; the framework's
//   `answer_weights`).
import { SurveyKind } from '../enums';

export const CITIZEN_ASPECTS = [
  {
    code: 'ACCESS',
    nameVi: 'Tiếp cận dịch vụ',
    nameEn: 'Access to the service',
    keywords: ['tiếp cận'],
  },
  {
    code: 'PROCEDURE',
    nameVi: 'Thủ tục hành chính',
    nameEn: 'Administrative procedure',
    keywords: ['thủ tục'],
  },
  {
    code: 'OFFICIAL',
    nameVi: 'Công chức trực tiếp giải quyết công việc',
    nameEn: 'The civil servant who handled the case',
    keywords: ['công chức'],
  },
  {
    code: 'RESULT',
    nameVi: 'Kết quả giải quyết công việc',
    nameEn: 'The result',
    keywords: ['kết quả'],
  },
  {
    code: 'FEEDBACK',
    nameVi: 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị',
    nameEn: 'Receiving and handling feedback',
    keywords: ['góp ý', 'phản ánh', 'kiến nghị'],
  },
] as const;

export type CitizenAspectCode = (typeof CITIZEN_ASPECTS)[number]['code'];
export const CITIZEN_ASPECT_CODES: readonly CitizenAspectCode[] = CITIZEN_ASPECTS.map((a) => a.code);

/** The five levels, 1 → 5 (index 0 → 4 in a counts array). */
export const SATISFACTION_LEVELS = [
  { level: 1, nameVi: 'Rất không hài lòng', nameEn: 'Very dissatisfied' },
  { level: 2, nameVi: 'Không hài lòng', nameEn: 'Dissatisfied' },
  { level: 3, nameVi: 'Bình thường', nameEn: 'Neutral' },
  { level: 4, nameVi: 'Hài lòng', nameEn: 'Satisfied' },
  { level: 5, nameVi: 'Rất hài lòng', nameEn: 'Very satisfied' },
] as const;

/** Whether a level counts as satisfied (hài lòng or rất hài lòng). */
export function isSatisfiedLevel(level: number): boolean {
  return level === 4 || level === 5;
}

/** The leaders' answers and their weights (percent of the question's points). */
export const LEADER_ANSWER_WEIGHTS = { A: 100, B: 60, C: 20, D: 0 } as const;
export type LeaderAnswer = keyof typeof LEADER_ANSWER_WEIGHTS;

/** The code of the n-th (1-based) question of the leaders' survey: its n-th survey_likert leaf. */
export const leaderQuestionCode = (n: number) => `LEADER_${n}`;

/** The survey rounds of a year: the first six months and the whole year. */
export const SURVEY_PERIODS = [
  { code: 'H1', nameVi: '6 tháng đầu năm', nameEn: 'First six months' },
  { code: 'YEAR', nameVi: 'Cả năm', nameEn: 'Whole year' },
] as const;
export type SurveyPeriodCode = (typeof SURVEY_PERIODS)[number]['code'];

/** The plan's target: more than 85 % satisfied. */
export const DEFAULT_SURVEY_TARGET_PERCENT = 85;

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export interface SurveyLeaf {
  id: string;
  code: string;
  name: string;
  /** the framework's method: survey_rate (citizen) or survey_likert (leaders) */
  method: 'survey_rate' | 'survey_likert' | string;
}

/**
 * Which framework leaf each aspect (citizen) or question (leaders) of a survey feeds. Citizen aspects
 * match a survey_rate leaf by the aspect's words in the leaf's name, else take the survey_rate leaves
 * left over in framework order; leader questions take the survey_likert leaves in framework order.
 * Leaves arrive in framework order. An aspect with no leaf left maps to nothing (it is still counted
 * in the survey's own rates).
 */
export function surveyAspectLeaves(kind: SurveyKind, leaves: readonly SurveyLeaf[]): Map<string, SurveyLeaf> {
  const out = new Map<string, SurveyLeaf>();
  if (kind === SurveyKind.LEADER) {
    for (const [i, l] of leaves.filter((x) => x.method === 'survey_likert').entries()) {
      out.set(leaderQuestionCode(i + 1), l);
    }
    return out;
  }
  const rate = leaves.filter((l) => l.method === 'survey_rate');
  const used = new Set<string>();
  for (const aspect of CITIZEN_ASPECTS) {
    const leaf = rate.find((l) => !used.has(l.id) && aspect.keywords.some((k) => fold(l.name).includes(k)));
    if (leaf) {
      out.set(aspect.code, leaf);
      used.add(leaf.id);
    }
  }
  const rest = rate.filter((l) => !used.has(l.id));
  for (const aspect of CITIZEN_ASPECTS) {
    if (out.has(aspect.code)) continue;
    const leaf = rest.shift();
    if (leaf) out.set(aspect.code, leaf);
  }
  return out;
}
