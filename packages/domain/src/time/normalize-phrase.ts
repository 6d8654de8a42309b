/**
 * Normalises a Vietnamese phrase for matching: Unicode NFC (so NFD input matches), lower case,
 * the seed's misspelling "Qúy"/"quí" → "quý", every run of whitespace (including line breaks
 * from the PDF extraction) → one space, spaces around "/" and before "," removed, trailing
 * full stop dropped.
 */
export function normalizePhrase(phrase: string): string {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/qúy|quí/gu, 'quý')
    .replace(/\s*\/\s*/gu, '/')
    .replace(/\s+,/gu, ',')
    .replace(/,(?=\S)/gu, ', ')
    .trim()
    .replace(/[.;]+$/u, '')
    .trim();
}

/** NFC + whitespace collapsed, original case kept (for labels such as a trigger text). */
export function tidyPhrase(phrase: string): string {
  return phrase.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
