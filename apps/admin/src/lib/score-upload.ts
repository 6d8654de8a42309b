/**
 * Uploading an evidence file (tài liệu kiểm chứng): `POST /files?yearId=…&unitId=…` with the file as
 * the raw body, its type and (encoded) name in headers, the session cookie, and `X-Requested-With`
 * (the server refuses cross-site form posts without it). XMLHttpRequest, not fetch: it reports the
 * upload's progress. The server answers the stored file, or an error with a stable code.
 */
import {
  DEFAULT_MAX_UPLOAD_BYTES,
  EVIDENCE_TYPES,
  type EvidenceMimeType,
  evidenceMimeType,
  fileExtension,
} from '@cchc/domain';

export interface UploadedFile {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  url: string;
}

export type UploadErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'TYPE_NOT_ALLOWED'
  | 'BAD_NAME'
  | 'NETWORK';

export type UploadResult =
  | { ok: true; file: UploadedFile }
  | { ok: false; code: UploadErrorCode | string; message: string };

/** The server's limits (the domain's), checked here first so a person is not kept waiting for a refusal. */
export const UPLOAD_MAX_BYTES = DEFAULT_MAX_UPLOAD_BYTES;

/** For the file picker's `accept`: the allowed types and their extensions. */
export const UPLOAD_ACCEPT = [
  ...Object.keys(EVIDENCE_TYPES),
  ...Object.values(EVIDENCE_TYPES).flatMap((t) => t.extensions.map((ext) => `.${ext}`)),
].join(',');

/**
 * The type a file is sent as: the browser's when allowed, else the one its extension names (some
 * systems give Word and Excel files no type, or a generic one). null: not a type the server takes,
 * or an extension that does not fit the type.
 */
export function uploadType(file: { name: string; type: string }): EvidenceMimeType | null {
  const ext = fileExtension(file.name);
  const extensionsOf = (type: EvidenceMimeType) => EVIDENCE_TYPES[type].extensions as readonly string[];
  const type =
    evidenceMimeType(file.type) ??
    (Object.keys(EVIDENCE_TYPES) as EvidenceMimeType[]).find((t) => extensionsOf(t).includes(ext)) ??
    null;
  if (!type) return null;
  if (ext !== '' && !extensionsOf(type).includes(ext)) return null;
  return type;
}

const MESSAGES: Record<UploadErrorCode, string> = {
  UNAUTHENTICATED: 'Phiên đăng nhập đã hết: cần đăng nhập lại.',
  FORBIDDEN: 'Bạn không có quyền tải tài liệu cho đơn vị này.',
  NOT_FOUND: 'Không tìm thấy năm đánh giá hoặc đơn vị.',
  EMPTY: 'Tệp rỗng.',
  TOO_LARGE: 'Tệp lớn hơn 10 MB.',
  TYPE_NOT_ALLOWED: 'Chỉ nhận PDF, ảnh (JPEG, PNG, WebP), Word hoặc Excel.',
  BAD_NAME: 'Tên tệp không hợp lệ.',
  NETWORK: 'Không gửi được tệp (mất kết nối?).',
};

/** A file refused before sending (the same rules as the server), or null. */
export function uploadProblem(file: {
  name: string;
  size: number;
  type: string;
}): { code: UploadErrorCode; message: string } | null {
  if (file.size === 0) return { code: 'EMPTY', message: MESSAGES.EMPTY };
  if (file.size > UPLOAD_MAX_BYTES) return { code: 'TOO_LARGE', message: MESSAGES.TOO_LARGE };
  if (!uploadType(file)) return { code: 'TYPE_NOT_ALLOWED', message: MESSAGES.TYPE_NOT_ALLOWED };
  return null;
}

/** The server's answer (status and body text) → the result. */
export function readUploadAnswer(status: number, body: string): UploadResult {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = null;
  }
  const data = (parsed ?? {}) as { file?: UploadedFile; error?: { code?: string; message?: string } };
  if (status >= 200 && status < 300 && data.file?.id) return { ok: true, file: data.file };
  const code = data.error?.code ?? (status === 0 ? 'NETWORK' : `HTTP_${status}`);
  const message =
    data.error?.message ?? MESSAGES[code as UploadErrorCode] ?? `Không tải được tệp (mã ${status || 'mạng'}).`;
  return { ok: false, code, message };
}

/** The part of XMLHttpRequest an upload uses (a test gives its own). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: Blob): void;
  abort(): void;
  withCredentials: boolean;
  readonly status: number;
  readonly responseText: string;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions {
  yearId: string;
  unitId: string;
  file: File;
  /** 0..1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  request?: () => UploadRequest;
  baseUrl?: string;
}

export function uploadEvidence({
  yearId,
  unitId,
  file,
  onProgress,
  signal,
  request = () => new XMLHttpRequest() as unknown as UploadRequest,
  baseUrl = '',
}: UploadOptions): Promise<UploadResult> {
  const local = uploadProblem(file);
  if (local) return Promise.resolve({ ok: false, ...local });
  return new Promise((resolve) => {
    const xhr = request();
    const query = new URLSearchParams({ yearId, unitId });
    xhr.open('POST', `${baseUrl}/files?${query.toString()}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', uploadType(file) ?? file.type);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('X-Requested-With', 'cchc');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => resolve(readUploadAnswer(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ ok: false, code: 'NETWORK', message: MESSAGES.NETWORK });
    xhr.onabort = () => resolve({ ok: false, code: 'ABORTED', message: 'Đã hủy tải tệp.' });
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** "1,2 MB", "850 KB" */
export function formatFileSize(bytes: number, locale = 'vi-VN'): string {
  const format = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} B`;
}
