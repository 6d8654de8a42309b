// Vietnamese alphabetical order (a ă â b c d đ e ê …), independent of the database's collation:
// PGlite and a server's C or en_US collations all sort "Bưu điện" differently.
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnamese(key(x), key(y)));
}

// Letters in Vietnamese alphabetical order; tone marks (secondary differences) in the order of the
// Vietnamese collation: none, huyền, hỏi, ngã, sắc, nặng; punctuation before digits before letters.
const LETTERS = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const PUNCTUATION = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LETTER_RANK = new Map(LETTERS.map((l, i) => [l, i]));
const MODIFIERS = new Set(['\u0306', '\u0302', '\u031b']); // breve, circumflex, horn: part of the letter

/**
 * A key whose plain (bytewise, "C" collation) order is Vietnamese alphabetical order, the same as
 * {@link compareVietnamese}: so a database can sort and page units by name on any collation.
 * Three levels, as a collation compares: letters and numbers (digit runs by value), then tones,
 * then case.
 */
export function vietnameseSortKey(text: string): string {
  let primary = '';
  let tones = '';
  let cases = '';
  const chars = [...text.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/[0-9]/.test(ch)) {
      let run = ch;
      while (i + 1 < chars.length && /[0-9]/.test(chars[i + 1]!)) run += chars[++i];
      const digits = run.replace(/^0+(?=\d)/, '');
      // numbers compare by value: the length first, then the digits
      primary += String.fromCharCode(0x30 + Math.min(digits.length, 9)) + digits;
      continue;
    }
    let letter = ch.toLowerCase();
    let tone = 0;
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1]!)) {
      const mark = chars[++i]!;
      if (MODIFIERS.has(mark)) letter = (letter + mark).normalize('NFC');
      else if (TONES.includes(mark)) tone = TONES.indexOf(mark);
    }
    const rank = LETTER_RANK.get(letter);
    if (rank !== undefined) {
      primary += String.fromCharCode(0x61 + rank);
      tones += String(tone);
      cases += ch === ch.toLowerCase() ? '0' : '1';
    } else if (PUNCTUATION.includes(ch)) {
      primary += String.fromCharCode(0x02 + PUNCTUATION.indexOf(ch));
    } else {
      primary += ch.toLowerCase();
    }
  }
  return `${primary}\u0001${tones}\u0001${cases}`;
}
