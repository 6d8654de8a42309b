// What a text a person typed must be before it is stored: one place for every input schema.
// Texts are NFC-normalised (a Vietnamese letter typed as base + combining marks becomes one code
// point), NUL and lone UTF-16 surrogates are refused, a required text must have something visible
// (a reason made of a zero-width space is empty), and every field has a length cap. Problems never
// repeat the input.
import { z } from 'zod';
import { inputIssue } from './input-problems';

/** Characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks and controls. */
// (U+034F, the combining grapheme joiner, is listed on its own: a class must not mix it with letters.)
const INVISIBLE =
  /[\s\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]|\u034f/gu;

export type TextProblemCode = 'CONTROL_CHARACTER' | 'MALFORMED_TEXT' | 'REQUIRED' | 'TOO_LONG';

export interface TextProblem {
  code: TextProblemCode;
  message: string;
}

/** Whether a string has a NUL or another C0 control other than tab, newline and carriage return. */
export function hasControlCharacter(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value);
}

/** Whether a string is well-formed UTF-16 (no lone surrogate). */
export function isWellFormedText(value: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

/** The visible part of a text: empty when it is only spaces and invisible characters. */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, '');
}

/** Checks a typed text: the problem, if any, with a Vietnamese message that does not echo it. */
export function textProblem(value: string, options: { max: number; required: boolean }): TextProblem | null {
  if (!isWellFormedText(value)) return { code: 'MALFORMED_TEXT', message: 'Văn bản chứa ký tự không hợp lệ.' };
  if (hasControlCharacter(value))
    return { code: 'CONTROL_CHARACTER', message: 'Văn bản chứa ký tự điều khiển không hợp lệ.' };
  if (value.length > options.max) {
    return { code: 'TOO_LONG', message: `Văn bản dài quá ${options.max} ký tự.` };
  }
  if (options.required && visibleText(value) === '') return { code: 'REQUIRED', message: 'Không được để trống.' };
  return null;
}

/** Normalises a typed text: NFC, trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim();
}

function textSchema(options: { max: number; required: boolean }) {
  // A refinement, then a transform: a problem here does not stop the rest of the input from being
  // checked, so a form gets every problem at once.
  return z
    .string()
    .superRefine((raw, ctx) => {
      const problem = textProblem(raw, options);
      if (problem) ctx.addIssue({ code: 'custom', ...inputIssue(problem.code, problem.message) });
    })
    .transform(normalizeText);
}

/** A required text (something visible), at most `max` characters. */
export function requiredText(max: number) {
  return textSchema({ max, required: true });
}

/** An optional text: an empty or invisible one becomes null. */
export function optionalText(max: number) {
  return textSchema({ max, required: false })
    .nullish()
    .transform((v) => (v && visibleText(v) !== '' ? v : null));
}

/** Caps for the texts of the product, in one place. */
export const TEXT_LIMITS = {
  /** a reason kept in the audit log */
  reason: 1_000,
  /** a person's name */
  name: 200,
  email: 254,
  password: 200,
  /** an id sent back by a client */
  id: 100,
} as const;
