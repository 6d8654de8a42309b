// Prisma 6.19's query compiler (WebAssembly, on the API's own thread) compiles a plan for every
// call, even the same call again: a quarter of the API's CPU under load in the API benchmark
// (apps/api/bench/api.bench.ts, BENCH_PROFILE). A plan is a pure function of the compiler (its
// schema and database provider) and the request's text, so this keeps the plans of recent requests
// per compiler and hands the same plan back for the same text. Prisma 7.4 caches plans by the
// request's shape (values as placeholders), but Prisma 7's CLI downloads a native binary even to
// generate, which this machine cannot (../shared/stack.md), so this is the exact-text version: it
// pays off where many people ask the same thing (a year's plan, its areas and units), not for
// requests that differ by an id. Plans are frozen, so a change to one by Prisma would throw rather
// than leak into the next request. CCHC_PRISMA_PLAN_CACHE=0 turns it off.
/// <reference path="./prisma-runtime.d.ts" />
import { QueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";

/** Plans kept per compiler (least recently used dropped first). */
const PLANS_KEPT = 2_000;
/** Longer requests (long IN lists, big writes) are compiled every time and not kept. */
const LONGEST_REQUEST = 16_000;

const plans = new WeakMap<object, Map<string, unknown>>();
let installed = false;
let hits = 0;
let misses = 0;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Wraps the compiler's `compile` once per process (idempotent); false when turned off. */
export function installPlanCache(env: Record<string, string | undefined> = process.env): boolean {
  if (installed) return true;
  if (env.CCHC_PRISMA_PLAN_CACHE === "0") return false;
  const compile = QueryCompiler.prototype.compile;
  QueryCompiler.prototype.compile = function cachedCompile(this: object, request: string): unknown {
    if (typeof request !== "string" || request.length > LONGEST_REQUEST) return compile.call(this, request);
    let mine = plans.get(this);
    if (!mine) plans.set(this, (mine = new Map()));
    const plan = mine.get(request);
    if (plan !== undefined) {
      hits++;
      mine.delete(request); // most recently used last
      mine.set(request, plan);
      return plan;
    }
    misses++;
    const fresh = deepFreeze(compile.call(this, request));
    mine.set(request, fresh);
    if (mine.size > PLANS_KEPT) {
      const oldest = mine.keys().next().value;
      if (oldest !== undefined) mine.delete(oldest);
    }
    return fresh;
  };
  installed = true;
  return true;
}

/** Plans served from the cache and compiled, in this process: for tests. */
export function planCacheStats(): { hits: number; misses: number } {
  return { hits, misses };
}
