// Every limit on a GraphQL request, in one place. Each has a default sized well above what the admin
// app sends (test/limits.test.ts checks its documents stay under half of each) and an environment
// variable to override it. Values are read once, when the app is created.

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened; introspection ignored). */
  maxDepth: number;
  /** Aliases per operation (fragments included). */
  maxAliases: number;
  /** Estimated cost per operation: a field costs 1, and a list multiplies its subtree (see cost.ts). */
  maxCost: number;
  /** Size assumed for a list field without a literal `first`/`last` (pages given by a variable count as `maxPage`). */
  listSize: number;
  /** Page size assumed for `first`/`last` given by a variable: the largest page the API serves. */
  maxPage: number;
  /** Lexical tokens per document (checked before parsing completes). */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** `login` fields per request (aliases included): one sign-in attempt per request. */
  maxLogins: number;
}

export const DEFAULT_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 20_000,
  listSize: 20,
  maxPage: 200,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxLogins: 1,
});

/** The environment variable of each limit. */
export const LIMIT_ENV: Readonly<Record<keyof QueryLimits, string>> = Object.freeze({
  maxDepth: "CCHC_MAX_DEPTH",
  maxAliases: "CCHC_MAX_ALIASES",
  maxCost: "CCHC_MAX_COST",
  listSize: "CCHC_LIST_SIZE",
  maxPage: "CCHC_MAX_PAGE",
  maxTokens: "CCHC_MAX_TOKENS",
  maxDirectives: "CCHC_MAX_DIRECTIVES",
  maxLogins: "CCHC_MAX_LOGINS",
});

/** The defaults with any environment overrides; a value that is not a positive integer fails loudly. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as Array<keyof QueryLimits>) {
    const raw = env[LIMIT_ENV[key]];
    if (raw === undefined || raw.trim() === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${LIMIT_ENV[key]} must be a positive integer, got "${raw}"`);
    }
    limits[key] = value;
  }
  return limits;
}
