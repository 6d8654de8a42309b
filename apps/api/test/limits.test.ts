// Query limits (src/security): each kind of bomb is refused fast with QUERY_TOO_COMPLEX and the
// server keeps serving; one `login` per request; the admin app's own documents stay under half of
// every limit.
import { type FragmentDefinitionNode, Kind, Lexer, Source, TokenKind, specifiedRules, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { schema } from "../src/schema/index.js";
import { operationCost } from "../src/security/cost.js";
import { DEFAULT_LIMITS, type QueryLimits, limitsFromEnv } from "../src/security/limits.js";
import { queryProtection } from "../src/security/query-limits.js";
import { adminOperations } from "./admin-documents.js";
import { type Harness, startHarness } from "./harness.js";

function tokenCount(source: string): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe("the admin app's documents", () => {
  const operations = adminOperations();
  const half: QueryLimits = Object.fromEntries(
    Object.entries(DEFAULT_LIMITS).map(([k, v]) => [k, Math.floor(v / 2)]),
  ) as unknown as QueryLimits;
  // The sizes assumed for lists are inputs of the estimate, not limits: keep them as configured.
  half.listSize = DEFAULT_LIMITS.listSize;
  half.maxPage = DEFAULT_LIMITS.maxPage;
  half.maxLogins = DEFAULT_LIMITS.maxLogins;

  test("are found (queries, mutations and their fragments)", () => {
    const names = operations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(["PlanPage", "UnitsPage", "DashboardPage", "Login", "UpdatePlanTask"]),
    );
  });

  test.each(operations.map((o) => [o.name, o] as const))("%s is valid and under half of every limit", (_name, op) => {
    const rules = queryProtection(half, { blockSuggestions: false }).validationRules;
    expect(validate(schema, op.document, [...specifiedRules, ...rules]).map((e) => e.message)).toEqual([]);
    expect(tokenCount(op.source)).toBeLessThanOrEqual(half.maxTokens);
    const fragments = new Map(
      op.document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const operation = op.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const cost = operationCost(schema, operation, fragments, DEFAULT_LIMITS);
    expect(cost).toBeLessThanOrEqual(half.maxCost);
    console.log(`admin ${op.name}: cost ${cost}, tokens ${tokenCount(op.source)}`);
  });
});

describe("limits from the environment", () => {
  test("defaults, overrides, and a bad value fails loudly", () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ CCHC_MAX_DEPTH: "12", CCHC_MAX_COST: "5000" })).toMatchObject({
      maxDepth: 12,
      maxCost: 5000,
    });
    expect(() => limitsFromEnv({ CCHC_MAX_ALIASES: "many" })).toThrow(/CCHC_MAX_ALIASES/);
  });
});

describe("bombs over HTTP", () => {
  let h: Harness;
  let cookie: string;
  beforeAll(async () => {
    h = await startHarness();
    cookie = await h.login("admin@cchc.demo");
  });
  afterAll(async () => {
    await h?.close();
  });

  async function refused(query: string, limit: string, variables?: Record<string, unknown>) {
    const t0 = performance.now();
    const res = await h.gql(query, variables, cookie);
    const ms = performance.now() - t0;
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    const error = res.body.errors?.[0] as { message: string; extensions?: Record<string, unknown> };
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit });
    expect(error.message).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    expect(ms).toBeLessThan(1000);
    console.log(`${limit} bomb (${query.length} chars) refused in ${ms.toFixed(1)} ms: ${error.message}`);
    // …and the server keeps serving.
    const after = await h.gql(`{ unitTypes { id } }`, undefined, cookie);
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    return ms;
  }

  test("depth bomb: unitTypes { units { type { units … } } } at depth 16", async () => {
    let inner = "id";
    for (let i = 0; i < 7; i++) inner = `units { type { ${inner} } }`;
    await refused(`{ unitTypes { ${inner} } }`, "depth");
  });

  test("alias bomb: 100 aliased heavy fields (within the token limit)", async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: years { planTasks { id } }`);
    await refused(`{ ${fields.join(" ")} }`, "aliases");
  });

  test("the attacker's 1,000 aliased heavy fields and 1,000 aliased logins are refused", async () => {
    const heavy = Array.from({ length: 1000 }, (_, i) => `a${i}: years { planTasks { id text leadUnits { name } } }`);
    await refused(`{ ${heavy.join(" ")} }`, "tokens");
    const logins = Array.from(
      { length: 1000 },
      (_, i) => `l${i}: login(input: { email: "admin@cchc.demo", password: "x${i}" }) { __typename }`,
    );
    await refused(`mutation { ${logins.join(" ")} }`, "tokens");
    // The same within the token limit: the alias and login rules answer.
    const few = logins.slice(0, 20).join(" ");
    const res = await h.gql(`mutation { ${few} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["QUERY_TOO_COMPLEX", "QUERY_TOO_COMPLEX"]);
  });

  test("cost bomb: nested lists within the depth limit, no alias", async () => {
    const query = `{ years { planTasks { leadUnits { type { units { type { units { id name } } } } } } } }`;
    await refused(query, "cost");
  });

  test("a query just within depth but multiplying lists is refused by cost", async () => {
    await refused(`{ unitTypes { units { type { units { type { units { type { units { id } } } } } } } } }`, "cost");
  });

  test("token bomb: 100,000 tokens", async () => {
    await refused(`{ ${"__typename ".repeat(100_000)}}`, "tokens");
  });

  test("directive bomb", async () => {
    await refused(`{ me ${"@include(if: true) ".repeat(100)}{ id } }`, "directives");
  });

  test("two logins in one request are refused, before any attempt is made", async () => {
    const input = `input: { email: "admin@cchc.demo", password: "cchc-demo-2021" }`;
    const res = await h.gql(`mutation { a: login(${input}) { __typename } b: login(${input}) { __typename } }`);
    expect(res.status).toBe(400);
    expect(res.setCookie).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "logins" });
    // Through fragments too.
    const viaFragment = await h.gql(
      `mutation { ...L ...L2 } fragment L on Mutation { login(${input}) { __typename } } fragment L2 on Mutation { x: login(${input}) { __typename } }`,
    );
    expect(viaFragment.body.errors?.[0]?.extensions).toMatchObject({ limit: "logins" });
    // One login is fine.
    const one = await h.gql(`mutation { login(${input}) { __typename } }`);
    expect(one.status).toBe(200);
  });

  test("ordinary queries pass", async () => {
    const res = await h.gql(
      `{ unitTypes { id units { id name } } units(first: 50) { edges { node { id } } } }`,
      undefined,
      cookie,
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});
