/**
 * The findings outbox: what an inspector records on the spot waits in the browser (IndexedDB), one
 * record per finding with its device-made `clientId` and its photos as blobs, until it reaches the
 * server. Everything goes through it, online or not, so a lost connection changes nothing for the
 * person: the record stays until the server has answered.
 *
 * Exactly once: a new finding is sent with its clientId (the server answers the existing finding when
 * the same clientId comes again, e.g. after an answer lost on the way back); a photo's uploaded id is
 * saved before the finding is sent, so a retry does not upload it again; one sync runs at a time.
 * An edit names the version it started from: when the finding changed meanwhile the server answers a
 * conflict, which is kept (both values) until the inspector decides: never dropped.
 */

export type FindingKindValue = 'WEAKNESS' | 'GOOD_PRACTICE';
export type FindingSeverityValue = 'LOW' | 'MEDIUM' | 'HIGH';

/** What a person writes about a finding. */
export interface FindingFields {
  kind: FindingKindValue;
  severity: FindingSeverityValue | null;
  frameworkNodeId: string | null;
  description: string;
  latitude: number | null;
  longitude: number | null;
}

export interface OutboxPhoto {
  name: string;
  type: string;
  blob: Blob;
  /** the evidence file's id once uploaded (not uploaded again) */
  uploadedId: string | null;
}

export type OutboxState = 'pending' | 'conflict' | 'failed';

export interface OutboxItem {
  /** a new finding: its clientId; an edit: "edit:<findingId>" (a later edit of the same finding replaces it) */
  key: string;
  clientId: string;
  op: 'record' | 'update';
  visitId: string;
  yearId: string;
  unitId: string;
  /** an edit's finding and the version it started from */
  findingId: string | null;
  version: number | null;
  fields: FindingFields;
  photos: OutboxPhoto[];
  /** an edit: the finding's photos kept (ids on the server) */
  keptPhotoIds: string[];
  state: OutboxState;
  /** why it failed (Vietnamese, from the server) */
  message: string | null;
  /** a conflict: the finding as it is on the server now */
  current: (FindingFields & { version: number }) | null;
  /** ISO instant: the order of sending */
  queuedAt: string;
}

const DB_NAME = 'cchc-offline';
const STORE = 'findings';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export interface Outbox {
  all(): Promise<OutboxItem[]>;
  get(key: string): Promise<OutboxItem | null>;
  put(item: OutboxItem): Promise<void>;
  remove(key: string): Promise<void>;
  close(): void;
}

/** Opens the outbox in this browser (a test passes fake-indexeddb's factory). */
export async function openOutbox(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<Outbox> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'key' });
  };
  const db = await request(open);
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    all: async () =>
      ((await request(store('readonly').getAll())) as OutboxItem[]).sort(
        (a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.key.localeCompare(b.key),
      ),
    get: async (key) => ((await request(store('readonly').get(key))) as OutboxItem | undefined) ?? null,
    put: async (item) => {
      await request(store('readwrite').put(item));
    },
    remove: async (key) => {
      await request(store('readwrite').delete(key));
    },
    close: () => db.close(),
  };
}

/** A new id for a finding made on this device. */
export function newClientId(): string {
  return crypto.randomUUID();
}

/** A new finding, queued. */
export function recordItem(o: {
  visitId: string;
  yearId: string;
  unitId: string;
  fields: FindingFields;
  photos: ReadonlyArray<{ name: string; type: string; blob: Blob }>;
  now?: Date;
  clientId?: string;
}): OutboxItem {
  const clientId = o.clientId ?? newClientId();
  return {
    key: clientId,
    clientId,
    op: 'record',
    visitId: o.visitId,
    yearId: o.yearId,
    unitId: o.unitId,
    findingId: null,
    version: null,
    fields: o.fields,
    photos: o.photos.map((p) => ({ ...p, uploadedId: null })),
    keptPhotoIds: [],
    state: 'pending',
    message: null,
    current: null,
    queuedAt: (o.now ?? new Date()).toISOString(),
  };
}

/** An edit of a recorded finding, queued (replaces an earlier queued edit of it). */
export function updateItem(o: {
  visitId: string;
  yearId: string;
  unitId: string;
  findingId: string;
  version: number;
  fields: FindingFields;
  keptPhotoIds: readonly string[];
  photos: ReadonlyArray<{ name: string; type: string; blob: Blob }>;
  now?: Date;
}): OutboxItem {
  return {
    ...recordItem({ ...o, clientId: newClientId() }),
    key: `edit:${o.findingId}`,
    op: 'update',
    findingId: o.findingId,
    version: o.version,
    keptPhotoIds: [...o.keptPhotoIds],
  };
}

export type SendAnswer =
  | { kind: 'done' }
  /** no answer (offline, server away): try again later */
  | { kind: 'retry'; message: string }
  | { kind: 'conflict'; current: FindingFields & { version: number } }
  /** refused for a reason the person must see (validation, access, the visit closed) */
  | { kind: 'failed'; message: string };

export type UploadAnswer =
  | { kind: 'done'; id: string }
  | { kind: 'retry'; message: string }
  | { kind: 'failed'; message: string };

/** How the outbox reaches the server (the component gives urql and fetch; a test its own). */
export interface Transport {
  upload(item: OutboxItem, photo: OutboxPhoto): Promise<UploadAnswer>;
  send(item: OutboxItem, photoIds: string[]): Promise<SendAnswer>;
}

/** Whether the server's finding already says what the queued edit says (an edit applied whose answer was lost). */
export function sameFields(a: FindingFields, b: FindingFields): boolean {
  return (
    a.kind === b.kind &&
    (a.severity ?? null) === (b.severity ?? null) &&
    (a.frameworkNodeId ?? null) === (b.frameworkNodeId ?? null) &&
    a.description.normalize('NFC').trim() === b.description.normalize('NFC').trim() &&
    (a.latitude ?? null) === (b.latitude ?? null) &&
    (a.longitude ?? null) === (b.longitude ?? null)
  );
}

export interface SyncResult {
  sent: number;
  /** stopped early: no connection */
  offline: boolean;
}

/** Sends each pending item once, in order; stops at the first one that gets no answer. */
export async function flushOutbox(outbox: Outbox, transport: Transport): Promise<SyncResult> {
  let sent = 0;
  for (const queued of await outbox.all()) {
    if (queued.state !== 'pending') continue;
    // re-read: the person may have discarded or replaced it meanwhile
    const item = await outbox.get(queued.key);
    if (!item || item.state !== 'pending') continue;
    for (const photo of item.photos) {
      if (photo.uploadedId) continue;
      const up = await transport.upload(item, photo);
      if (up.kind === 'retry') return { sent, offline: true };
      if (up.kind === 'failed') {
        await outbox.put({ ...item, state: 'failed', message: up.message });
        break;
      }
      photo.uploadedId = up.id;
      await outbox.put(item);
    }
    if ((await outbox.get(item.key))?.state !== 'pending') continue;
    const photoIds = [...item.keptPhotoIds, ...item.photos.map((p) => p.uploadedId).filter((id): id is string => !!id)];
    const answer = await transport.send(item, photoIds);
    switch (answer.kind) {
      case 'done':
        await outbox.remove(item.key);
        sent += 1;
        break;
      case 'retry':
        return { sent, offline: true };
      case 'conflict':
        if (sameFields(answer.current, item.fields) && item.photos.length === 0) {
          await outbox.remove(item.key);
          sent += 1;
        } else {
          await outbox.put({ ...item, state: 'conflict', current: answer.current, message: null });
        }
        break;
      case 'failed':
        await outbox.put({ ...item, state: 'failed', message: answer.message });
        break;
    }
  }
  return { sent, offline: false };
}

/**
 * One sync at a time: a call while one runs waits for it and then runs once more (what was queued
 * meanwhile goes too), so no item is sent by two syncs at once.
 */
export function createSyncer(outbox: Outbox, transport: Transport) {
  let running: Promise<SyncResult> | null = null;
  let again = false;
  const run = async (): Promise<SyncResult> => {
    let total = 0;
    let result: SyncResult;
    do {
      again = false;
      result = await flushOutbox(outbox, transport);
      total += result.sent;
    } while (again && !result.offline);
    return { sent: total, offline: result.offline };
  };
  return {
    sync(): Promise<SyncResult> {
      if (running) {
        again = true;
        return running;
      }
      running = run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** The inspector keeps their edit over the changed finding: sent again against the version now. */
export async function keepMine(outbox: Outbox, key: string): Promise<void> {
  const item = await outbox.get(key);
  if (!item || item.state !== 'conflict' || !item.current) return;
  await outbox.put({ ...item, version: item.current.version, current: null, state: 'pending', message: null });
}

/** Try a failed item again (e.g. after signing in again). */
export async function retryItem(outbox: Outbox, key: string): Promise<void> {
  const item = await outbox.get(key);
  if (!item || item.state !== 'failed') return;
  await outbox.put({ ...item, state: 'pending', message: null });
}
