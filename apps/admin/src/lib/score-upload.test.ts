import { describe, expect, it } from 'vitest';
import {
  formatFileSize,
  readUploadAnswer,
  UPLOAD_MAX_BYTES,
  type UploadRequest,
  uploadEvidence,
  uploadProblem,
  uploadType,
} from './score-upload';

describe('uploadProblem (the server rules, checked before sending)', () => {
  it.each([
    [{ name: 'a.pdf', size: 0, type: 'application/pdf' }, 'EMPTY'],
    [{ name: 'a.pdf', size: UPLOAD_MAX_BYTES + 1, type: 'application/pdf' }, 'TOO_LARGE'],
    [{ name: 'a.pdf', size: UPLOAD_MAX_BYTES, type: 'application/pdf' }, null],
    [{ name: 'a.gif', size: 10, type: 'image/gif' }, 'TYPE_NOT_ALLOWED'],
    [{ name: 'a', size: 10, type: '' }, 'TYPE_NOT_ALLOWED'],
    [{ name: 'a.webp', size: 10, type: 'image/webp' }, null],
    [{ name: 'Bảng.xlsx', size: 10, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, null],
    [{ name: 'a.doc', size: 10, type: 'application/msword' }, null],
    // no type from the system: the extension names it
    [{ name: 'Báo cáo.DOCX', size: 10, type: '' }, null],
    [{ name: 'Báo cáo.xls', size: 10, type: 'application/octet-stream' }, null],
    // an extension that does not fit the type is refused, as the server would
    [{ name: 'ảnh.png', size: 10, type: 'application/pdf' }, 'TYPE_NOT_ALLOWED'],
  ])('%j → %s', (file, code) => {
    expect(uploadProblem(file)?.code ?? null).toBe(code);
  });

  it('sends a file without a type as the type its extension names', () => {
    expect(uploadType({ name: 'Báo cáo.docx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(uploadType({ name: 'scan.JPEG', type: '' })).toBe('image/jpeg');
    expect(uploadType({ name: 'x.exe', type: '' })).toBeNull();
  });
});

describe('readUploadAnswer', () => {
  const file = { id: 'f', fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 3, sha256: 'x', url: '/files/f' };
  it.each([
    [201, JSON.stringify({ file }), { ok: true, file }],
    [
      413,
      JSON.stringify({ error: { code: 'TOO_LARGE', message: 'Tệp vượt quá 10 MB.' } }),
      { ok: false, code: 'TOO_LARGE', message: 'Tệp vượt quá 10 MB.' },
    ],
    [
      403,
      JSON.stringify({ error: { code: 'FORBIDDEN' } }),
      { ok: false, code: 'FORBIDDEN', message: 'Bạn không có quyền tải tài liệu cho đơn vị này.' },
    ],
    [502, '<html>Bad gateway</html>', { ok: false, code: 'HTTP_502', message: 'Không tải được tệp (mã 502).' }],
    [0, '', { ok: false, code: 'NETWORK', message: 'Không gửi được tệp (mất kết nối?).' }],
    [201, '{}', { ok: false, code: 'HTTP_201', message: 'Không tải được tệp (mã 201).' }],
  ])('%i %s', (status, body, expected) => {
    expect(readUploadAnswer(status, body)).toEqual(expected);
  });
});

/** A request that records what was sent and answers as told. */
function fakeRequest(answer: { status: number; body: string } | 'network') {
  const sent: { method?: string; url?: string; headers: Record<string, string>; body?: Blob; credentials?: boolean } = {
    headers: {},
  };
  const request: UploadRequest = {
    withCredentials: false,
    status: 0,
    responseText: '',
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    onabort: null,
    open(method, url) {
      sent.method = method;
      sent.url = url;
    },
    setRequestHeader(name, value) {
      sent.headers[name] = value;
    },
    send(body) {
      sent.body = body;
      sent.credentials = this.withCredentials;
      this.upload.onprogress?.({ loaded: 1, total: 4, lengthComputable: true });
      this.upload.onprogress?.({ loaded: 4, total: 4, lengthComputable: true });
      if (answer === 'network') return this.onerror?.();
      Object.assign(this, { status: answer.status, responseText: answer.body });
      this.onload?.();
    },
    abort() {
      this.onabort?.();
    },
  };
  return { request, sent };
}

describe('uploadEvidence', () => {
  it('posts the raw file with its type, encoded name, the CSRF header and credentials, reporting progress', async () => {
    const stored = {
      id: 'f-9',
      fileName: 'Biên bản.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 4,
      sha256: 'h',
      url: '/files/f-9',
    };
    const { request, sent } = fakeRequest({ status: 201, body: JSON.stringify({ file: stored }) });
    const progress: number[] = [];
    const file = new File([new Uint8Array(4)], 'Biên bản.pdf', { type: 'application/pdf' });
    const result = await uploadEvidence({
      yearId: 'y 1',
      unitId: 'u&2',
      file,
      onProgress: (f) => progress.push(f),
      request: () => request,
    });
    expect(result).toEqual({ ok: true, file: stored });
    expect(sent).toMatchObject({
      method: 'POST',
      url: '/files?yearId=y+1&unitId=u%262',
      credentials: true,
      headers: {
        'Content-Type': 'application/pdf',
        'X-File-Name': 'Bi%C3%AAn%20b%E1%BA%A3n.pdf',
        'X-Requested-With': 'cchc',
      },
    });
    expect(sent.body).toBe(file);
    expect(progress).toEqual([0.25, 1]);
  });

  it('refuses a file the server would refuse without sending it, and says when the network failed', async () => {
    const { request, sent } = fakeRequest({ status: 201, body: '{}' });
    const empty = new File([], 'rỗng.pdf', { type: 'application/pdf' });
    expect(await uploadEvidence({ yearId: 'y', unitId: 'u', file: empty, request: () => request })).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
    expect(sent.method).toBeUndefined();
    const offline = fakeRequest('network');
    const pdf = new File([new Uint8Array(1)], 'a.pdf', { type: 'application/pdf' });
    expect(await uploadEvidence({ yearId: 'y', unitId: 'u', file: pdf, request: () => offline.request })).toMatchObject(
      {
        ok: false,
        code: 'NETWORK',
      },
    );
  });
});

it('formats sizes', () => {
  expect(formatFileSize(500)).toBe('500 B');
  expect(formatFileSize(1536)).toBe('1,5 KB');
  expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
  expect(formatFileSize(1536, 'en-GB')).toBe('1.5 KB');
});
