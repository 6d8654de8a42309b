import { describe, expect, it } from 'vitest';
import {
  checkEvidenceFile,
  DEFAULT_MAX_UPLOAD_BYTES,
  type EvidenceFileProblemCode,
  evidenceMimeType,
  maxUploadBytes,
  sanitizeFileName,
} from './evidence-file';

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

const PDF = bytes('%PDF-1.7\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]);
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const EXE = bytes('MZ', [0x90, 0, 3, 0]);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('checkEvidenceFile', () => {
  it.each<[string, string, string, Uint8Array, number, true | EvidenceFileProblemCode]>([
    ['a PDF', 'bien-ban.pdf', 'application/pdf', PDF, 1000, true],
    ['a PNG', 'anh.png', 'image/png', PNG, 1000, true],
    ['a JPEG (.jpeg)', 'anh.JPEG', 'image/jpeg', JPEG, 1000, true],
    ['a JPEG with a charset parameter', 'anh.jpg', 'image/jpeg; charset=binary', JPEG, 1000, true],
    ['a WebP', 'anh.webp', 'image/webp', WEBP, 1000, true],
    ['a DOCX', 'bao-cao.docx', DOCX, ZIP, 1000, true],
    ['an XLSX', 'so-lieu.xlsx', XLSX, ZIP, 1000, true],
    ['a DOC', 'cu.doc', 'application/msword', OLE, 1000, true],
    ['an XLS', 'cu.xls', 'application/vnd.ms-excel', OLE, 1000, true],
    ['a name without extension', 'scan', 'application/pdf', PDF, 1000, true],
    ['an empty file', 'rong.pdf', 'application/pdf', new Uint8Array(), 0, 'EMPTY'],
    ['a file over the limit', 'lon.pdf', 'application/pdf', PDF, DEFAULT_MAX_UPLOAD_BYTES + 1, 'TOO_LARGE'],
    ['a file exactly at the limit', 'vua.pdf', 'application/pdf', PDF, DEFAULT_MAX_UPLOAD_BYTES, true],
    ['a program renamed .pdf', 'virus.pdf', 'application/pdf', EXE, 1000, 'TYPE_NOT_ALLOWED'],
    ['a program declared as such', 'virus.exe', 'application/x-msdownload', EXE, 1000, 'TYPE_NOT_ALLOWED'],
    ['a PNG declared as a PDF', 'anh.pdf', 'application/pdf', PNG, 1000, 'TYPE_NOT_ALLOWED'],
    ['an HTML page', 'trang.html', 'text/html', bytes('<html>'), 1000, 'TYPE_NOT_ALLOWED'],
    ['a PDF named .exe', 'tai-lieu.exe', 'application/pdf', PDF, 1000, 'TYPE_NOT_ALLOWED'],
    [
      'a WebP without the WEBP tag (a WAV)',
      'am.webp',
      'image/webp',
      bytes('RIFF', [0, 0, 0, 0], 'WAVE'),
      9,
      'TYPE_NOT_ALLOWED',
    ],
    ['a name of dots only', '...', 'application/pdf', PDF, 1000, 'BAD_NAME'],
    ['a name of control characters only', '\u0000\u0007', 'application/pdf', PDF, 1000, 'BAD_NAME'],
  ])('%s', (_name, fileName, mimeType, head, sizeBytes, expected) => {
    const result = checkEvidenceFile({ fileName, mimeType, head, sizeBytes });
    if (expected === true) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, problem: { code: expected } });
  });

  it('reports the limit it was given, in MB', () => {
    const result = checkEvidenceFile(
      { fileName: 'a.pdf', mimeType: 'application/pdf', head: PDF, sizeBytes: 3 * 1024 * 1024 },
      2 * 1024 * 1024,
    );
    expect(result).toEqual({ ok: false, problem: { code: 'TOO_LARGE', message: 'Tệp quá lớn: tối đa 2 MB.' } });
  });
});

describe('sanitizeFileName', () => {
  it.each<[string, string, string | null]>([
    ['keeps a Vietnamese name (NFC)', 'Biên bản kiểm tra.pdf'.normalize('NFD'), 'Biên bản kiểm tra.pdf'],
    ['drops a Unix path', '../../etc/passwd', 'passwd'],
    ['drops a Windows path', 'C:\\Users\\x\\Desktop\\to-trinh.docx', 'to-trinh.docx'],
    ['removes control characters', 'bao\u0000cao\u0007.pdf', 'baocao.pdf'],
    ['removes bidi overrides (fake extension)', 'hoa-don\u202efdp.exe', 'hoa-donfdp.exe'],
    ['replaces characters Windows forbids', 'a<b>:c|d?.pdf', 'a_b__c_d_.pdf'],
    ['collapses spaces and trims', '  a    b .pdf ', 'a b .pdf'],
    ['drops leading dots (no hidden file)', '.htaccess', 'htaccess'],
    ['refuses an empty name', '   ', null],
    ['refuses a name of a path only', 'a/b/', null],
  ])('%s', (_name, raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('shortens a long name to 200 characters and keeps its extension', () => {
    const name = sanitizeFileName(`${'ệ'.repeat(300)}.pdf`);
    expect(Array.from(name!)).toHaveLength(200);
    expect(name!.endsWith('ệ.pdf')).toBe(true);
  });
});

describe('settings and types', () => {
  it.each<[string | undefined, number]>([
    [undefined, DEFAULT_MAX_UPLOAD_BYTES],
    ['', DEFAULT_MAX_UPLOAD_BYTES],
    ['1048576', 1048576],
    [' 2048 ', 2048],
    ['0', DEFAULT_MAX_UPLOAD_BYTES],
    ['-5', DEFAULT_MAX_UPLOAD_BYTES],
    ['10MB', DEFAULT_MAX_UPLOAD_BYTES],
  ])('CCHC_MAX_UPLOAD_BYTES=%s → %d', (setting, expected) => {
    expect(maxUploadBytes(setting)).toBe(expected);
  });

  it('recognises declared types case-insensitively, with parameters', () => {
    expect(evidenceMimeType('Application/PDF')).toBe('application/pdf');
    expect(evidenceMimeType('image/png; x=y')).toBe('image/png');
    expect(evidenceMimeType('image/svg+xml')).toBeNull();
    expect(evidenceMimeType(undefined)).toBeNull();
  });
});
