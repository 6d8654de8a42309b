import { describe, expect, it } from 'vitest';
import { normalizeText, optionalText, requiredText, textProblem, visibleText } from './input-text';

describe('textProblem', () => {
  it.each<[string, string, boolean, string | null]>([
    ['plain Vietnamese', 'Công văn số 123', true, null],
    ['tabs and newlines are fine', 'dòng 1\n\tdòng 2', true, null],
    ['NUL', 'a\u0000b', true, 'CONTROL_CHARACTER'],
    ['an escape character', 'a\u001bb', false, 'CONTROL_CHARACTER'],
    ['a lone high surrogate', 'a\ud800', true, 'MALFORMED_TEXT'],
    ['a lone low surrogate', '\udc00a', true, 'MALFORMED_TEXT'],
    ['a surrogate pair (emoji) is fine', 'ok 👍', true, null],
    ['a zero-width space only', '\u200b', true, 'REQUIRED'],
    ['spaces, BOM and bidi marks only', ' \ufeff\u200f\u202e ', true, 'REQUIRED'],
    ['invisible but optional', '\u200b', false, null],
    ['right-to-left text is text', 'مرحبا', true, null],
    ['too long', 'x'.repeat(11), true, 'TOO_LONG'],
  ])('%s', (name, value, required, code) => {
    expect(textProblem(value, { max: name === 'too long' ? 10 : 100, required })?.code ?? null).toBe(code);
  });

  it('never repeats the input in its message', () => {
    const secret = 'bí-mật-'.repeat(10);
    expect(textProblem(secret, { max: 5, required: true })?.message).not.toContain('bí');
  });
});

describe('normalising', () => {
  it('composes decomposed Vietnamese (NFC) and trims', () => {
    const decomposed = ' Nguye\u0302\u0303n '; // "Nguyễn" typed as base letters + combining marks
    expect(normalizeText(decomposed)).toBe('Nguyễn');
    expect(normalizeText(decomposed).length).toBe(6);
  });

  it('finds nothing visible in invisible characters', () => {
    expect(visibleText('\u200b\u2060 \u00ad')).toBe('');
  });

  it('schemas: a required text normalises, an optional invisible one becomes null', () => {
    expect(requiredText(50).parse(' Lý do ')).toBe('Lý do');
    expect(optionalText(50).parse('\u200b')).toBeNull();
    expect(optionalText(50).parse(undefined)).toBeNull();
    expect(requiredText(50).safeParse('\u200b').success).toBe(false);
  });
});
