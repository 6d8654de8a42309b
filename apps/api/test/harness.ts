// Starts the real HTTP server on a random port over a fresh test database (PGlite or PostgreSQL,
// per the vitest project) seeded with the sample year.
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import { startApp, type AppOptions, type RunningApp } from "../src/server.js";

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string; stacktrace?: unknown } }> };
  setCookie: string | null;
  headers: Headers;
}

export interface Harness {
  db: TestDatabase;
  app: RunningApp;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string | null,
  ): Promise<GqlResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /**
   * While true, every request asks for a fresh answer (`Cache-Control: no-cache`): tests that count
   * the statements a query's resolvers run set it, or a repeated query is a hit of one statement.
   */
  freshAnswers: boolean;
  errors: unknown[];
  close(): Promise<void>;
}

export const NOW = new Date("2021-06-15T03:00:00Z");

/** Options: the business day (`now`, or a clock) and any of the app's own options (security settings, …). */
export type HarnessOptions = { now?: Date | (() => Date) } & Omit<Partial<AppOptions>, "prisma" | "now">;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { now: day, ...appOptions } = options;
  const db = await openTestDatabase({ seed: true });
  const errors: unknown[] = [];
  const app = await startApp({
    ...appOptions,
    prisma: db.prisma,
    port: 0,
    now: typeof day === "function" ? day : () => day ?? NOW,
    adminDist: null,
    logErrors: (e) => errors.push(e),
  });
  const gql: Harness["gql"] = async (query, variables, cookie) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(cookie ? { cookie } : {}),
        ...(harness.freshAnswers ? { "cache-control": "no-cache" } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      body: (await res.json()) as GqlResponse<never>["body"],
      setCookie: res.headers.get("set-cookie"),
      headers: res.headers,
    };
  };
  const login = async (email: string, password = "cchc-demo-2021") => {
    const res = await gql(
      `mutation($input: LoginInput!) { login(input: $input) { __typename ... on Error { message } } }`,
      { input: { email, password } },
    );
    if (!res.setCookie) throw new Error(`login failed for ${email}: ${JSON.stringify(res.body)}`);
    return res.setCookie.split(";")[0]!;
  };
  const harness: Harness = {
    db,
    app,
    gql,
    login,
    freshAnswers: false,
    errors,
    close: async () => {
      await app.stop();
      await db.dispose();
    },
  };
  return harness;
}
