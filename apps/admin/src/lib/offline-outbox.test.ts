import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createSyncer,
  type FindingFields,
  flushOutbox,
  keepMine,
  type Outbox,
  type OutboxItem,
  openOutbox,
  recordItem,
  retryItem,
  type SendAnswer,
  type Transport,
  updateItem,
  type UploadAnswer,
} from './offline-outbox';

const FIELDS: FindingFields = {
  kind: 'WEAKNESS',
  severity: 'HIGH',
  frameworkNodeId: 'leaf-1',
  description: 'Chưa niêm yết TTHC',
  latitude: null,
  longitude: null,
};
const at = (n: number) => new Date(Date.UTC(2021, 9, 5, 1, n));
const photo = () => ({ name: 'anh.jpg', type: 'image/jpeg', blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1])]) });
const where = { visitId: 'v1', yearId: 'y1', unitId: 'u1' };

/** A server in memory: dedupes by clientId, versions findings, can go offline. */
class FakeServer implements Transport {
  online = true;
  findings = new Map<string, FindingFields & { id: string; version: number; photoIds: string[] }>();
  byClient = new Map<string, string>();
  uploads: string[] = [];
  sends: string[] = [];
  /** drop the answer of the next send after applying it (a lost response) */
  loseNextAnswer = false;

  async upload(_item: OutboxItem, p: { name: string }): Promise<UploadAnswer> {
    await Promise.resolve();
    if (!this.online) return { kind: 'retry', message: 'offline' };
    const id = `file-${this.uploads.length + 1}`;
    this.uploads.push(p.name);
    return { kind: 'done', id };
  }

  async send(item: OutboxItem, photoIds: string[]): Promise<SendAnswer> {
    await Promise.resolve();
    if (!this.online) return { kind: 'retry', message: 'offline' };
    this.sends.push(item.key);
    let answer: SendAnswer;
    if (item.op === 'record') {
      if (!this.byClient.has(item.clientId)) {
        const id = `f-${this.findings.size + 1}`;
        this.findings.set(id, { ...item.fields, id, version: 1, photoIds });
        this.byClient.set(item.clientId, id);
      }
      answer = { kind: 'done' };
    } else {
      const f = this.findings.get(item.findingId!)!;
      if (f.version !== item.version) {
        answer = { kind: 'conflict', current: { ...f } };
      } else {
        this.findings.set(f.id, { ...f, ...item.fields, version: f.version + 1 });
        answer = { kind: 'done' };
      }
    }
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      return { kind: 'retry', message: 'answer lost' };
    }
    return answer;
  }
}

let outbox: Outbox;
let server: FakeServer;
beforeEach(async () => {
  outbox = await openOutbox(new IDBFactory());
  server = new FakeServer();
});

describe('the findings outbox', () => {
  it('keeps findings recorded offline and sends each once when the connection returns', async () => {
    server.online = false;
    await outbox.put(recordItem({ ...where, fields: FIELDS, photos: [photo()], now: at(1) }));
    await outbox.put(recordItem({ ...where, fields: { ...FIELDS, description: 'Thứ hai' }, photos: [], now: at(2) }));
    expect(await flushOutbox(outbox, server)).toEqual({ sent: 0, offline: true });
    expect((await outbox.all()).map((i) => i.state)).toEqual(['pending', 'pending']);

    server.online = true;
    expect(await flushOutbox(outbox, server)).toEqual({ sent: 2, offline: false });
    expect(await outbox.all()).toEqual([]);
    expect([...server.findings.values()].map((f) => [f.description, f.photoIds])).toEqual([
      ['Chưa niêm yết TTHC', ['file-1']],
      ['Thứ hai', []],
    ]);
    expect(server.uploads).toHaveLength(1);
  });

  it('a lost answer: the finding is sent again with its clientId and stays one; the photo is not uploaded again', async () => {
    const item = recordItem({ ...where, fields: FIELDS, photos: [photo()], now: at(1) });
    await outbox.put(item);
    server.loseNextAnswer = true;
    expect(await flushOutbox(outbox, server)).toEqual({ sent: 0, offline: true });
    expect((await outbox.get(item.key))?.photos[0]?.uploadedId).toBe('file-1');
    expect(await flushOutbox(outbox, server)).toEqual({ sent: 1, offline: false });
    expect(server.findings.size).toBe(1);
    expect(server.sends).toEqual([item.key, item.key]);
    expect(server.uploads).toHaveLength(1);
  });

  it('two syncs at once send each finding once', async () => {
    for (let i = 0; i < 3; i++) {
      await outbox.put(
        recordItem({ ...where, fields: { ...FIELDS, description: `Phát hiện ${i}` }, photos: [], now: at(i) }),
      );
    }
    const syncer = createSyncer(outbox, server);
    await Promise.all([syncer.sync(), syncer.sync(), syncer.sync()]);
    expect(server.sends).toHaveLength(3);
    expect(new Set(server.sends).size).toBe(3);
    expect(await outbox.all()).toEqual([]);
  });

  it('an edit of a finding changed meanwhile is kept as a conflict with both values until decided', async () => {
    server.findings.set('f-9', { ...FIELDS, id: 'f-9', version: 2, description: 'Sửa bởi người khác', photoIds: [] });
    const edit = updateItem({
      ...where,
      findingId: 'f-9',
      version: 1,
      fields: { ...FIELDS, description: 'Sửa của tôi' },
      keptPhotoIds: [],
      photos: [],
      now: at(3),
    });
    await outbox.put(edit);
    await flushOutbox(outbox, server);
    const kept = await outbox.get('edit:f-9');
    expect(kept).toMatchObject({
      state: 'conflict',
      fields: { description: 'Sửa của tôi' },
      current: { description: 'Sửa bởi người khác', version: 2 },
    });
    // sending again without a decision changes nothing
    await flushOutbox(outbox, server);
    expect(server.findings.get('f-9')?.description).toBe('Sửa bởi người khác');
    await keepMine(outbox, 'edit:f-9');
    await flushOutbox(outbox, server);
    expect(server.findings.get('f-9')).toMatchObject({ description: 'Sửa của tôi', version: 3 });
    expect(await outbox.all()).toEqual([]);
  });

  it('an edit applied whose answer was lost is not reported as a conflict', async () => {
    server.findings.set('f-1', { ...FIELDS, id: 'f-1', version: 1, photoIds: [] });
    await outbox.put(
      updateItem({
        ...where,
        findingId: 'f-1',
        version: 1,
        fields: { ...FIELDS, severity: 'LOW' },
        keptPhotoIds: [],
        photos: [],
      }),
    );
    server.loseNextAnswer = true;
    await flushOutbox(outbox, server);
    await flushOutbox(outbox, server);
    expect(await outbox.all()).toEqual([]);
    expect(server.findings.get('f-1')).toMatchObject({ severity: 'LOW', version: 2 });
  });

  it('a refusal is kept with its message, and can be tried again', async () => {
    const refusing: Transport = {
      upload: server.upload.bind(server),
      send: async () => ({ kind: 'failed', message: 'Cuộc kiểm tra đã kết luận.' }),
    };
    const item = recordItem({ ...where, fields: FIELDS, photos: [], now: at(1) });
    await outbox.put(item);
    await flushOutbox(outbox, refusing);
    expect(await outbox.get(item.key)).toMatchObject({ state: 'failed', message: 'Cuộc kiểm tra đã kết luận.' });
    await retryItem(outbox, item.key);
    await flushOutbox(outbox, server);
    expect(await outbox.all()).toEqual([]);
  });
});
