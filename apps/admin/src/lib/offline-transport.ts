/**
 * How the findings outbox reaches the server from the browser: photos with `POST /files?yearId&unitId&visitId`
 * (fetch; no answer = try later), findings with the recordFinding / updateFinding mutations through
 * the app's urql client. A request without an answer (offline, server away) is "retry"; a refusal is
 * "failed" with the server's message; a changed finding is a "conflict" with its current values.
 */
import type { Client, CombinedError } from 'urql';
import { RecordFindingMutation, UpdateFindingMutation } from '../components/inspection/finding-documents';
import type { FindingFields, OutboxItem, OutboxPhoto, SendAnswer, Transport, UploadAnswer } from './offline-outbox';

const NO_CONNECTION = 'Chưa có kết nối: sẽ gửi lại khi có mạng.';

export async function uploadPhoto(item: OutboxItem, photo: OutboxPhoto, baseUrl = ''): Promise<UploadAnswer> {
  const query = new URLSearchParams({ yearId: item.yearId, unitId: item.unitId, visitId: item.visitId });
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/files?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': photo.type,
        'X-File-Name': encodeURIComponent(photo.name),
        'X-Requested-With': 'cchc',
      },
      body: photo.blob,
    });
  } catch {
    return { kind: 'retry', message: NO_CONNECTION };
  }
  let body: { file?: { id: string }; error?: { message?: string } } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = {};
  }
  if (res.ok && body.file?.id) return { kind: 'done', id: body.file.id };
  if (res.status >= 500 || res.status === 0) return { kind: 'retry', message: NO_CONNECTION };
  return { kind: 'failed', message: body.error?.message ?? `Không tải được ảnh (mã ${res.status}).` };
}

/** No payload: without a connection try later; a refusal of the request itself (signed out…) is shown. */
function noAnswer(error: CombinedError | undefined): SendAnswer {
  if (!error || error.networkError) return { kind: 'retry', message: NO_CONNECTION };
  return { kind: 'failed', message: error.graphQLErrors[0]?.message ?? error.message };
}

function input(item: OutboxItem) {
  const f = item.fields;
  return {
    kind: f.kind,
    severity: f.kind === 'WEAKNESS' ? f.severity : null,
    frameworkNodeId: f.frameworkNodeId,
    description: f.description,
    latitude: f.latitude,
    longitude: f.longitude,
  };
}

export function urqlTransport(client: Client, baseUrl = ''): Transport {
  return {
    upload: (item, photo) => uploadPhoto(item, photo, baseUrl),
    async send(item, photoIds): Promise<SendAnswer> {
      if (item.op === 'record') {
        const result = await client
          .mutation(
            RecordFindingMutation,
            { input: { visitId: item.visitId, clientId: item.clientId, ...input(item), photoFileIds: photoIds } },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        const payload = result.data?.recordFinding;
        if (!payload) return noAnswer(result.error);
        if (payload.__typename === 'RecordFindingSuccess') return { kind: 'done' };
        return { kind: 'failed', message: payload.message };
      }
      const result = await client
        .mutation(
          UpdateFindingMutation,
          {
            input: { id: item.findingId ?? '', version: item.version ?? 0, ...input(item), photoFileIds: photoIds },
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      const payload = result.data?.updateFinding;
      if (!payload) return noAnswer(result.error);
      switch (payload.__typename) {
        case 'UpdateFindingSuccess':
          return { kind: 'done' };
        case 'ConflictError': {
          const c = payload.currentFinding;
          if (!c) return { kind: 'failed', message: 'Phát hiện đã bị xóa trên máy chủ.' };
          const current: FindingFields & { version: number } = {
            version: c.version,
            kind: c.kind,
            severity: c.severity ?? null,
            frameworkNodeId: c.criterion?.id ?? null,
            description: c.description,
            latitude: c.latitude ?? null,
            longitude: c.longitude ?? null,
          };
          return { kind: 'conflict', current };
        }
        default:
          return { kind: 'failed', message: payload.message };
      }
    },
  };
}
