// What an evidence file (tài liệu kiểm chứng) may be: its type (declared AND recognised from its
// first bytes, so a program renamed ".pdf" is refused), its size (10 MB by default, a setting), and
// a clean file name (no path, no control or bidi characters, at most 200 characters). Pure: the
// server reads the bytes, this decides.

/** Allowed types: the declared MIME type, the extensions it may carry, and its signature check. */
export const EVIDENCE_TYPES = {
  'application/pdf': { extensions: ['pdf'], label: 'PDF' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  'image/png': { extensions: ['png'], label: 'PNG' },
  'image/webp': { extensions: ['webp'], label: 'WebP' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], label: 'DOCX' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], label: 'XLSX' },
  'application/msword': { extensions: ['doc'], label: 'DOC' },
  'application/vnd.ms-excel': { extensions: ['xls'], label: 'XLS' },
} as const;

export type EvidenceMimeType = keyof typeof EVIDENCE_TYPES;

/** Default upload limit: 10 MB (10 × 1024 × 1024 bytes). */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The most evidence files one score entry or one bonus/penalty may have. */
export const MAX_EVIDENCE_FILES_PER_RECORD = 10;

/** The longest file name kept (characters). */
export const MAX_FILE_NAME_LENGTH = 200;

/** How many first bytes the type check needs. */
export const SIGNATURE_BYTES = 12;

/** The upload limit from its setting (`CCHC_MAX_UPLOAD_BYTES`): a positive whole number of bytes, else the default. */
export function maxUploadBytes(setting: string | undefined | null): number {
  if (!setting || !/^\d+$/.test(setting.trim())) return DEFAULT_MAX_UPLOAD_BYTES;
  const n = Number(setting.trim());
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_UPLOAD_BYTES;
}

const startsWith = (head: Uint8Array, signature: readonly number[], at = 0) =>
  head.length >= at + signature.length && signature.every((b, i) => head[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // DOCX and XLSX are ZIP packages
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // DOC and XLS are OLE compound files

/** Whether the first bytes of a file are those of the type. */
export function matchesSignature(mimeType: EvidenceMimeType, head: Uint8Array): boolean {
  switch (mimeType) {
    case 'application/pdf':
      return startsWith(head, PDF);
    case 'image/jpeg':
      return startsWith(head, JPEG);
    case 'image/png':
      return startsWith(head, PNG);
    case 'image/webp':
      return startsWith(head, RIFF) && startsWith(head, WEBP, 8);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return startsWith(head, ZIP);
    case 'application/msword':
    case 'application/vnd.ms-excel':
      return startsWith(head, OLE);
  }
}

/** The declared type as an allowed type ("image/JPEG; charset=x" → "image/jpeg"), or null. */
export function evidenceMimeType(declared: string | null | undefined): EvidenceMimeType | null {
  const base = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return base in EVIDENCE_TYPES ? (base as EvidenceMimeType) : null;
}

/** Whether the type may be shown inline in the browser (images and PDF); the rest downloads. */
export function isInlineType(mimeType: string): boolean {
  return mimeType === 'application/pdf' || mimeType.startsWith('image/');
}

// C0/C1 controls, DEL, bidi overrides and isolates, zero-width characters, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RESERVED = /[<>:"|?*]/g;

/**
 * A safe file name: NFC, the last segment of any path, without control/bidi/zero-width characters
 * and characters Windows forbids, spaces collapsed, no leading dots; a long name keeps its
 * extension and is shortened to 200 characters. null when nothing is left.
 */
export function sanitizeFileName(raw: string): string | null {
  const base = raw.replace(LONE_SURROGATE, '').normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  let name = base
    .replace(UNSAFE_CHARS, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .trim();
  if (name === '' || /^[._ -]*$/.test(name)) return null;
  const chars = Array.from(name);
  if (chars.length > MAX_FILE_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
    const keepExt = ext.length > 0 && ext.length <= 10 ? ext : [];
    name = [...chars.slice(0, MAX_FILE_NAME_LENGTH - keepExt.length), ...keepExt].join('').trim();
  }
  return name;
}

/** The file name's extension, lower case, without the dot ('' when none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export type EvidenceFileProblemCode = 'EMPTY' | 'TOO_LARGE' | 'TYPE_NOT_ALLOWED' | 'BAD_NAME';

export interface EvidenceFileProblem {
  code: EvidenceFileProblemCode;
  message: string;
}

export const EVIDENCE_FILE_MESSAGES: Record<EvidenceFileProblemCode, (limit: number) => string> = {
  EMPTY: () => 'Tệp rỗng: hãy chọn tệp có nội dung.',
  TOO_LARGE: (limit) => `Tệp quá lớn: tối đa ${formatMegabytes(limit)} MB.`,
  TYPE_NOT_ALLOWED: () => 'Loại tệp không được phép: chỉ nhận PDF, JPEG, PNG, WebP, DOC, DOCX, XLS, XLSX.',
  BAD_NAME: () => 'Tên tệp không hợp lệ.',
};

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1).replace('.', ',');
}

export const evidenceFileProblem = (code: EvidenceFileProblemCode, limit: number): EvidenceFileProblem => ({
  code,
  message: EVIDENCE_FILE_MESSAGES[code](limit),
});

export interface EvidenceFileCandidate {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** The file's first bytes (at least SIGNATURE_BYTES when the file is that long). */
  head: Uint8Array;
}

export type EvidenceFileCheck =
  | { ok: true; fileName: string; mimeType: EvidenceMimeType }
  | { ok: false; problem: EvidenceFileProblem };

/**
 * Checks a file before it is stored, in this order: empty, too large, name, type (declared type
 * allowed, the name's extension one of that type's, and the first bytes that type's signature).
 */
export function checkEvidenceFile(file: EvidenceFileCandidate, limit = DEFAULT_MAX_UPLOAD_BYTES): EvidenceFileCheck {
  const fail = (code: EvidenceFileProblemCode): EvidenceFileCheck => ({
    ok: false,
    problem: evidenceFileProblem(code, limit),
  });
  if (file.sizeBytes <= 0) return fail('EMPTY');
  if (file.sizeBytes > limit) return fail('TOO_LARGE');
  const fileName = sanitizeFileName(file.fileName);
  if (fileName === null) return fail('BAD_NAME');
  const mimeType = evidenceMimeType(file.mimeType);
  if (mimeType === null) return fail('TYPE_NOT_ALLOWED');
  const ext = fileExtension(fileName);
  if (ext !== '' && !(EVIDENCE_TYPES[mimeType].extensions as readonly string[]).includes(ext)) {
    return fail('TYPE_NOT_ALLOWED');
  }
  if (!matchesSignature(mimeType, file.head)) return fail('TYPE_NOT_ALLOWED');
  return { ok: true, fileName, mimeType };
}
