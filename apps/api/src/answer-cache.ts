// Answers to read-only GraphQL operations, served again while nothing they could depend on has
// changed. An answer is a function of: the operation (its document and operation name), its
// variables, who asks (person, roles, unit: every access rule and `viewerCan…` field is decided from
// these and from data), the data, and the business day (deadlines, overdue and timing are decided
// per local day, never finer). So it is kept under the first three and served while the database's
// data revision (packages/db/src/data-revision.ts: +1 at the commit of any writing transaction, from
// any process) and the local day are those it was computed at.
//
// The revision is read before the operation runs: an answer is never older than the revision it is
// kept under (at worst newer, which the next revision replaces). Not kept: mutations, answers with
// errors, answers over `maxEntryBytes`, questions with kilobytes of variables, and a question asked
// for the first time at its revision and day unless its answer was kept before: it is kept when asked
// the second time (keeping an answer costs a serialisation to size it; while writes move the revision
// faster than questions repeat, nothing is serialised for nothing). A request with
// `Cache-Control: no-cache` is answered afresh (tests that count a resolver's statements send it).
// A hit costs one primary-key read and skips execution; a miss costs that read on top of the
// resolvers. Kept per server (per database client), least recently used dropped first past
// `maxBytes`; an entry is replaced, not added to, when its revision moves on.
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import { readDataRevision } from "@cchc/db";
import { toLocalIsoDate } from "@cchc/domain";
import type { FormattedExecutionResult } from "graphql";
import type { Context } from "./context.js";

export interface AnswerCacheOptions {
  /** Total size of the kept answers, in bytes of their JSON (default 64 MB). */
  maxBytes?: number;
  /** Larger answers are not kept (default 4 MB). */
  maxEntryBytes?: number;
}

/** The kept answers' default total size (64 MB). */
export const ANSWER_CACHE_DEFAULT_BYTES = 64 * 1024 * 1024;

/** Questions with longer keys (large variables, rarely asked twice) are always answered afresh. */
const MAX_KEY_LENGTH = 4_096;
/** How many asked-once questions are remembered (their keys only). */
const MAX_ASKED_ONCE = 20_000;

/** The header a /graphql query's response carries: whether it was served from the cache. */
export const ANSWER_CACHE_HEADER = "x-cchc-answer-cache";

interface Entry {
  revision: bigint;
  day: string;
  result: FormattedExecutionResult;
  bytes: number;
}

export interface AnswerCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/** Settings from the environment: CCHC_ANSWER_CACHE=0 turns it off; CCHC_ANSWER_CACHE_MB sets maxBytes. */
export function answerCacheFromEnv(env: NodeJS.ProcessEnv = process.env): AnswerCacheOptions | null {
  if (env.CCHC_ANSWER_CACHE === "0") return null;
  const mb = Number(env.CCHC_ANSWER_CACHE_MB);
  return Number.isFinite(mb) && mb > 0 ? { maxBytes: Math.round(mb * 1024 * 1024) } : {};
}

function viewerKey(ctx: Context): string {
  const v = ctx.viewer;
  return v ? `${v.userId}|${[...v.roles].sort().join(",")}|${v.unitId ?? ""}` : "-";
}

export function answerCache(options: AnswerCacheOptions = {}): {
  plugin: ApolloServerPlugin<Context>;
  stats(): AnswerCacheStats;
} {
  const maxBytes = options.maxBytes ?? ANSWER_CACHE_DEFAULT_BYTES;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? 4 * 1024 * 1024, maxBytes);
  const entries = new Map<string, Entry>();
  /** Questions asked once and not kept: the revision and day they were asked at (oldest first). */
  const askedOnce = new Map<string, string>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  function forget(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  function keep(key: string, entry: Entry): void {
    forget(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  }

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      let pending: { key: string; revision: bigint; day: string; admit: boolean } | null = null;
      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          if (rc.operation?.operation !== "query" || !rc.queryHash) return null;
          const ctx = rc.contextValue;
          const key = `${viewerKey(ctx)}\u0000${rc.queryHash}\u0000${rc.operationName ?? ""}\u0000${JSON.stringify(rc.request.variables ?? null)}`;
          if (key.length > MAX_KEY_LENGTH) return null;
          const revision = await readDataRevision(ctx.prisma);
          const day = toLocalIsoDate(ctx.now());
          // `Cache-Control: no-cache` asks for an answer computed now (it is kept for the next asker).
          const fresh = /\bno-cache\b/i.test(rc.request.http?.headers.get("cache-control") ?? "");
          const entry = fresh ? undefined : entries.get(key);
          if (entry && entry.revision === revision && entry.day === day) {
            hits++;
            entries.delete(key); // most recently used last
            entries.set(key, entry);
            const headers = new HeaderMap([[ANSWER_CACHE_HEADER, "hit"]]);
            return { http: { status: undefined, headers }, body: { kind: "single", singleResult: entry.result } };
          }
          misses++;
          const stamp = `${revision}@${day}`;
          // asked twice at this revision, or kept before (a page read again and again stays kept across writes)
          const admit = askedOnce.get(key) === stamp || entries.has(key);
          askedOnce.delete(key);
          if (!admit) {
            askedOnce.set(key, stamp);
            if (askedOnce.size > MAX_ASKED_ONCE) askedOnce.delete(askedOnce.keys().next().value!);
          }
          pending = { key, revision, day, admit };
          return null;
        },
        async willSendResponse(rc) {
          if (!pending) return;
          const { key, revision, day, admit } = pending;
          pending = null;
          rc.response.http.headers.set(ANSWER_CACHE_HEADER, "miss");
          if (!admit) return;
          const body = rc.response.body;
          if (body.kind !== "single" || body.singleResult.errors?.length) return forget(key);
          if (rc.response.http.status !== undefined && rc.response.http.status !== 200) return forget(key);
          // a request that read a later revision while this one ran has kept its answer already
          const kept = entries.get(key);
          if (kept && kept.revision > revision) return;
          const size = JSON.stringify(body.singleResult).length;
          if (size > maxEntryBytes) return forget(key);
          // Later responses share these objects: nothing changes an answer after it is computed (Apollo
          // only serialises it; no plugin here has a willSendResponse that touches the body).
          keep(key, { revision, day, result: body.singleResult, bytes: size + key.length });
        },
      };
    },
  };

  return { plugin, stats: () => ({ hits, misses, entries: entries.size, bytes }) };
}
