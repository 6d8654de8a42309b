import type { DeadlineOutcome, RatioTier, TierPoints } from './types';

type Bounds = Pick<RatioTier, 'min' | 'minInclusive' | 'max' | 'maxInclusive'>;

const NUM = '(\\d+(?:[.,]\\d+)?)';

function pct(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.')) / 100;
}

/**
 * Reads a ratio condition as written in the sample framework into bounds (ratios 0..1):
 * "ratio = 100%", "100%", "80% <= ratio < 100%", ">= 95%", "< 80%", "ratio < 50%",
 * "80% – <95%" (≥, ≤, en/em dash accepted). Returns null when the text is not understood.
 */
export function parseRatioCondition(text: string): Bounds | null {
  const s = text
    .normalize('NFC')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^(?:ratio|tỷlệ|tỉlệ)/i, 'R')
    .replace(/(?:ratio|tỷlệ|tỉlệ)/gi, 'R');
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^(?:R=)?${NUM}%$`).exec(s))) {
    const v = pct(m[1]);
    return { min: v, minInclusive: true, max: v, maxInclusive: true };
  }
  if ((m = new RegExp(`^${NUM}%(<=|<)R(<=|<)${NUM}%$`).exec(s))) {
    return { min: pct(m[1]), minInclusive: m[2] === '<=', max: pct(m[4]), maxInclusive: m[3] === '<=' };
  }
  if ((m = new RegExp(`^${NUM}%-(<=|<)?${NUM}%$`).exec(s))) {
    return { min: pct(m[1]), minInclusive: true, max: pct(m[3]), maxInclusive: m[2] === '<=' };
  }
  if ((m = new RegExp(`^R?(>=|>|<=|<)${NUM}%$`).exec(s))) {
    const v = pct(m[2]);
    switch (m[1]) {
      case '>=':
        return { min: v, minInclusive: true, max: null, maxInclusive: false };
      case '>':
        return { min: v, minInclusive: false, max: null, maxInclusive: false };
      case '<=':
        return { min: null, minInclusive: false, max: v, maxInclusive: true };
      default:
        return { min: null, minInclusive: false, max: v, maxInclusive: false };
    }
  }
  return null;
}

/** Tier points: a number, or "6 × ratio" / "6 x ratio" / "6*ratio" (proportional). */
export function parseTierPoints(value: unknown): TierPoints | null {
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'fixed', points: value };
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, '');
  const m =
    /^(\d+(?:[.,]\d+)?)[×x*](?:ratio|tỷlệ|tỉlệ)$/i.exec(s) ?? /^(?:ratio|tỷlệ|tỉlệ)[×x*](\d+(?:[.,]\d+)?)$/i.exec(s);
  if (m) return { kind: 'proportional', factor: Number((m[1] ?? '').replace(',', '.')) };
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return { kind: 'fixed', points: Number(s.replace(',', '.')) };
  return null;
}

/**
 * Which deadline outcomes a Vietnamese condition covers: "nộp đúng hạn" → on_time,
 * "nộp trễ hạn" → late, "không nộp"/"không gửi" → missing, "trễ hạn hoặc không gửi" → late+missing.
 */
export function parseDeadlineCondition(text: string): DeadlineOutcome[] {
  // remarks in parentheses ("(coi như không báo cáo)") explain, they do not add outcomes
  const s = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ');
  const out: DeadlineOutcome[] = [];
  if (/đúng hạn|trước hạn|on time/u.test(s)) out.push('on_time');
  if (/trễ hạn|quá hạn|chậm|late/u.test(s)) out.push('late');
  if (/không (?:nộp|gửi|báo cáo|ban hành|đăng ký)|missing|not (?:sent|submitted)/u.test(s)) out.push('missing');
  return out;
}
