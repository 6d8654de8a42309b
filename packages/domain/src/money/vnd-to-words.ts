import { toVndBigInt } from './vnd-amount';

export interface VndWordsOptions {
  /** zero tens inside a number: "một trăm linh năm" (default, northern/official) or "lẻ" */
  zeroTens?: 'linh' | 'lẻ';
  /** 5 after a tens word (21…95): "hai mươi lăm" (default) or "hai mươi nhăm"; "mười lăm" always */
  five?: 'lăm' | 'nhăm';
  /** 4 after "mươi" (24…94): "hai mươi tư" (default) or "hai mươi bốn"; "mười bốn" always */
  four?: 'tư' | 'bốn';
  /** thousand: "nghìn" (default) or "ngàn" (southern) */
  thousand?: 'nghìn' | 'ngàn';
  /** append " đồng" (default true) */
  currency?: boolean;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

/** Reads a group 0..999. `full` = a non-leading group: read "không trăm" and "linh". */
function readGroup(n: number, full: boolean, o: Required<VndWordsOptions>): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const w: string[] = [];
  if (h > 0 || full) w.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (w.length > 0) w.push(o.zeroTens);
      w.push(digit(u));
    }
    return w;
  }
  if (t === 1) w.push('mười');
  else w.push(digit(t), 'mươi');
  if (u === 0) return w;
  if (u === 1) w.push(t >= 2 ? 'mốt' : 'một');
  else if (u === 4) w.push(t >= 2 ? o.four : 'bốn');
  else if (u === 5) w.push(t >= 2 ? o.five : 'lăm');
  else w.push(digit(u));
  return w;
}

const BILLION = 1_000_000_000n;

/** Words for n < 10^9; `full` when something bigger was already read. */
function readBelowBillion(n: number, full: boolean, o: Required<VndWordsOptions>): string[] {
  const groups: Array<[number, string | null]> = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1000) % 1000, o.thousand],
    [n % 1000, null],
  ];
  const w: string[] = [];
  let started = full;
  for (const [g, name] of groups) {
    if (g === 0) continue;
    w.push(...readGroup(g, started, o));
    if (name) w.push(name);
    started = true;
  }
  return w;
}

/** Recursive on tỷ: 2.300 × 10^9 = "hai nghìn ba trăm tỷ", 10^18 = "một tỷ tỷ". */
function readPositive(n: bigint, full: boolean, o: Required<VndWordsOptions>): string[] {
  if (n < BILLION) return readBelowBillion(Number(n), full, o);
  const hi = n / BILLION;
  const lo = Number(n % BILLION);
  const w = [...readPositive(hi, full, o), 'tỷ'];
  if (lo > 0) w.push(...readBelowBillion(lo, true, o));
  return w;
}

/**
 * An amount in Vietnamese words for forms ("Bằng chữ"): 1_250_000 → "Một triệu hai trăm năm
 * mươi nghìn đồng"; 0 → "Không đồng". Throws InvalidVndAmountError on negative/non-integer input.
 */
export function vndToWords(amount: number | bigint, options: VndWordsOptions = {}): string {
  const o: Required<VndWordsOptions> = {
    zeroTens: options.zeroTens ?? 'linh',
    five: options.five ?? 'lăm',
    four: options.four ?? 'tư',
    thousand: options.thousand ?? 'nghìn',
    currency: options.currency ?? true,
  };
  const n = toVndBigInt(amount);
  const words = n === 0n ? ['không'] : readPositive(n, false, o);
  if (o.currency) words.push('đồng');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
