// A per-request batch loader (what DataLoader does, in a few lines): every key asked for while
// GraphQL resolves one level of a list is gathered and loaded in one query, so a list field of a list
// costs one statement, not one per item.
import type { Context } from "./context.js";

export function batchLoader<K, V>(load: (ctx: Context, keys: K[]) => Promise<Map<K, V>>, missing: V) {
  const batches = new WeakMap<Context, Map<K, Array<(value: V | Error) => void>>>();
  return (ctx: Context, key: K): Promise<V> =>
    new Promise<V>((resolve, reject) => {
      let batch = batches.get(ctx);
      if (!batch) {
        const waiting = new Map<K, Array<(value: V | Error) => void>>();
        batch = waiting;
        batches.set(ctx, waiting);
        // After the current resolvers (and their microtasks) have asked for their keys.
        setImmediate(() => {
          batches.delete(ctx);
          load(ctx, [...waiting.keys()]).then(
            (values) => {
              for (const [k, callbacks] of waiting) for (const cb of callbacks) cb(values.get(k) ?? missing);
            },
            (error: Error) => {
              for (const callbacks of waiting.values()) for (const cb of callbacks) cb(error);
            },
          );
        });
      }
      const callbacks = batch.get(key) ?? [];
      callbacks.push((value) => (value instanceof Error ? reject(value) : resolve(value)));
      batch.set(key, callbacks);
    });
}
