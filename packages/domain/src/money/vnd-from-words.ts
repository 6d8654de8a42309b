/**
 * Parses Vietnamese number words back to an amount (the inverse of vndToWords, tolerant of its
 * variants: mốt, tư/bốn, lăm/nhăm/năm, linh/lẻ, nghìn/ngàn, "tỷ"/"tỉ", optional "đồng").
 * Throws on an unknown word.
 */
const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

function parseGroup(tokens: readonly string[]): bigint {
  let value = 0;
  let pending: number | null = null;
  for (const t of tokens) {
    if (t in DIGIT_WORDS) {
      if (pending !== null) throw new SyntaxError(`Unexpected number word "${t}"`);
      pending = DIGIT_WORDS[t] ?? 0;
    } else if (t === 'trăm') {
      value += (pending ?? 1) * 100;
      pending = null;
    } else if (t === 'mươi') {
      if (pending === null) throw new SyntaxError('"mươi" without a digit');
      value += pending * 10;
      pending = null;
    } else if (t === 'mười') {
      value += 10;
    } else if (t === 'linh' || t === 'lẻ') {
      // zero tens
    } else {
      throw new SyntaxError(`Unknown number word "${t}"`);
    }
  }
  if (pending !== null) value += pending;
  if (value > 999) throw new SyntaxError('Group above 999');
  return BigInt(value);
}

function parseTokens(tokens: readonly string[]): bigint {
  const billion = tokens.lastIndexOf('tỷ');
  if (billion >= 0) {
    const hi = tokens.slice(0, billion);
    return (hi.length ? parseTokens(hi) : 1n) * 1_000_000_000n + parseTokens(tokens.slice(billion + 1));
  }
  for (const [word, mult] of [
    ['triệu', 1_000_000n],
    ['nghìn', 1000n],
  ] as const) {
    const i = tokens.indexOf(word);
    if (i >= 0) {
      const hi = tokens.slice(0, i);
      return (hi.length ? parseGroup(hi) : 1n) * mult + parseTokens(tokens.slice(i + 1));
    }
  }
  return parseGroup(tokens);
}

export function vndFromWords(words: string): bigint {
  const tokens = words
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0)
    .map((t) => (t === 'ngàn' ? 'nghìn' : t === 'tỉ' ? 'tỷ' : t));
  if (tokens[tokens.length - 1] === 'đồng') tokens.pop();
  if (tokens.length === 0) throw new SyntaxError('No number words');
  return parseTokens(tokens);
}
