import { makeClient } from '../client';

export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
  method: string;
  credentials: RequestCredentials | undefined;
  headers: Record<string, string>;
}

export type Resolver = (request: RecordedRequest) => unknown;

/**
 * Returned by a resolver to answer with GraphQL errors (e.g. FORBIDDEN) and no data, or with the data
 * the server still sent (a field's error made its nearest nullable parent null).
 */
export class GraphQLErrorsAnswer {
  constructor(
    readonly errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[],
    readonly data: unknown = null,
  ) {}
}

/**
 * A urql client built by the app's own `makeClient` (graphcache + fetch, POST), whose `fetch`
 * answers from fixtures. Every request is recorded so tests can assert the variables sent.
 */
export function mockClient(resolvers: Record<string, Resolver>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      operationName?: string;
      query?: string;
      variables?: Record<string, unknown>;
    };
    const query = body.query ?? '';
    const operationName = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    const request: RecordedRequest = {
      operationName,
      variables: body.variables ?? {},
      query,
      method: init?.method ?? 'GET',
      credentials: init?.credentials,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
    };
    requests.push(request);
    const resolver = resolvers[operationName];
    // a resolver may answer later (a promise), to observe the "sending" state
    const answer = resolver ? await resolver(request) : undefined;
    const payload = !resolver
      ? { errors: [{ message: `no fixture for ${operationName}` }] }
      : answer instanceof GraphQLErrorsAnswer
        ? { data: answer.data, errors: answer.errors }
        : { data: answer };
    return new Response(JSON.stringify(payload), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = makeClient({ url: 'http://localhost/graphql', fetch: fetchMock as typeof fetch });
  return { client, requests, requestsFor: (name: string) => requests.filter((r) => r.operationName === name) };
}
