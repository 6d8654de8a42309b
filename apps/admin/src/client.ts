import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';
import schema from 'virtual:graphql-schema';

export interface MakeClientOptions {
  /** GraphQL endpoint; same origin by default (the dev server proxies it to the API). */
  url?: string;
  /** Injected in tests to answer with fixtures. */
  fetch?: typeof fetch;
}

/**
 * The one urql client of the admin app.
 *
 * - POST only (`preferGetMethod: false`): Apollo's CSRF prevention rejects simple GETs.
 * - The session is an httpOnly cookie set by `login`, so requests carry same-origin credentials.
 * - Graphcache knows the schema (from apps/api/schema.graphql, see vite.config.ts), so union and
 *   interface results such as `LoginResult` match exactly; entities are normalised by `id`, value
 *   objects without an id are embedded in their parent.
 */
export function makeClient(options: MakeClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    preferGetMethod: false,
    fetchOptions: {
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    exchanges: [
      cacheExchange({
        schema,
        keys: {
          ViewerPermissions: () => null,
          TaskTiming: () => null,
          TimingOccurrence: () => null,
          LoginSuccess: () => null,
          InvalidCredentialsError: () => null,
          NotFoundError: () => null,
          ValidationError: () => null,
          FieldProblem: () => null,
          UpdatePlanTaskSuccess: () => null,
        },
        updates: {
          Mutation: {
            login(result, _args, cache) {
              const login = (result as { login?: { __typename?: string } }).login;
              if (login?.__typename === 'LoginSuccess') {
                // A different viewer may see different data: drop every root field.
                cache.invalidate('Query');
              }
            },
            logout(_result, _args, cache) {
              cache.invalidate('Query');
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}
