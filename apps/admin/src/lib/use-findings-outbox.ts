/**
 * The findings outbox in a component: opens it once, lists what waits (for one visit), syncs on
 * start, when the connection returns (`online`), after each queueing and every 20 s while something
 * waits, and tells the caller when findings reached the server (to reload the list).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { createSyncer, keepMine, type Outbox, type OutboxItem, openOutbox, retryItem } from './offline-outbox';
import { urqlTransport } from './offline-transport';

let shared: Promise<Outbox> | null = null;

/** The browser's outbox (one connection for the app). */
export function browserOutbox(): Promise<Outbox> | null {
  if (typeof indexedDB === 'undefined') return null;
  shared ??= openOutbox(indexedDB);
  return shared;
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

export function useFindingsOutbox(visitId: string, onSent: () => void) {
  const client = useClient();
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const online = useOnline();
  const syncer = useRef<ReturnType<typeof createSyncer> | null>(null);
  const sent = useRef(onSent);
  sent.current = onSent;

  useEffect(() => {
    let alive = true;
    const opening = browserOutbox();
    if (!opening) {
      setUnavailable(true);
      return;
    }
    opening.then(
      (o) => {
        if (!alive) return;
        syncer.current = createSyncer(o, urqlTransport(client));
        setOutbox(o);
      },
      () => alive && setUnavailable(true),
    );
    return () => {
      alive = false;
    };
  }, [client]);

  const refresh = useCallback(async () => {
    if (!outbox) return;
    setItems((await outbox.all()).filter((i) => i.visitId === visitId));
  }, [outbox, visitId]);

  const sync = useCallback(async () => {
    if (!outbox || !syncer.current) return;
    setSyncing(true);
    try {
      const result = await syncer.current.sync();
      if (result.sent > 0) sent.current();
    } finally {
      setSyncing(false);
      await refresh();
    }
  }, [outbox, refresh]);

  useEffect(() => {
    void refresh().then(() => {
      if (navigator.onLine) void sync();
    });
  }, [refresh, sync]);

  useEffect(() => {
    if (online) void sync();
  }, [online, sync]);

  const waiting = items.some((i) => i.state === 'pending');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine) void sync();
    }, 20_000);
    return () => window.clearInterval(timer);
  }, [waiting, sync]);

  const queue = useCallback(
    async (item: OutboxItem) => {
      if (!outbox) throw new Error('outbox not open');
      await outbox.put(item);
      await refresh();
      if (navigator.onLine) void sync();
    },
    [outbox, refresh, sync],
  );

  const decide = useCallback(
    async (key: string, choice: 'keepMine' | 'discard' | 'retry') => {
      if (!outbox) return;
      if (choice === 'keepMine') await keepMine(outbox, key);
      else if (choice === 'retry') await retryItem(outbox, key);
      else await outbox.remove(key);
      await refresh();
      if (choice !== 'discard' && navigator.onLine) void sync();
    },
    [outbox, refresh, sync],
  );

  return { ready: outbox !== null, unavailable, items, online, syncing, queue, decide, sync };
}
