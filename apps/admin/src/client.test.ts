// The cache kept on the device (production: graphcache in IndexedDB, here fake-indexeddb): a signed-in
// person who reloads offline gets the app from it; a signed-out person never finds anyone's data in it.
// Each "page load" is a new client over the same IndexedDB database, as a reload is.
import 'fake-indexeddb/auto';
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeClient, makeOfflineStorage } from './client';
import { graphql } from './graphql';

const MeQuery = graphql(`
  query ClientTestMe {
    me {
      id
      fullName
    }
  }
`);
const LoginMutation = graphql(`
  mutation ClientTestLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        user {
          id
          fullName
        }
      }
    }
  }
`);
const LogoutMutation = graphql(`
  mutation ClientTestLogout {
    logout
  }
`);

const INSPECTOR = { __typename: 'User', id: 'u-kiemtra', fullName: 'Trần Văn Minh' };

/** The server: `me` is whoever logged in last (null before), until a logout. */
function server() {
  let signedIn: typeof INSPECTOR | null = null;
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    let data: unknown;
    if (query.includes('mutation ClientTestLogin')) {
      signedIn = INSPECTOR;
      data = { login: { __typename: 'LoginSuccess', user: INSPECTOR } };
    } else if (query.includes('mutation ClientTestLogout')) {
      signedIn = null;
      data = { logout: true };
    } else {
      data = { me: signedIn };
    }
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, expire: () => (signedIn = null) };
}

/** No network: every request fails at once, as it does offline. */
const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof globalThis.fetch;

/** A page load on this device: the app waits for the stored cache before its first query (main.tsx). */
async function load(idbName: string, fetch: typeof globalThis.fetch) {
  const storage = makeOfflineStorage({ idbName });
  const client = makeClient({ url: 'http://localhost/graphql', fetch, storage });
  await storage.hydrated;
  return client;
}

/** What the device holds now (read as a new page would). */
async function stored(idbName: string): Promise<Record<string, string | undefined>> {
  return (await makeDefaultStorage({ idbName }).readData()) as Record<string, string | undefined>;
}
const keptUser = (data: Record<string, string | undefined>) =>
  Object.entries(data).some(([key, value]) => key.startsWith('User:') && value !== undefined);

let nodeEnv: string | undefined;
beforeAll(() => {
  // graphcache writes to its storage only outside NODE_ENV=test (its own tests' switch)
  nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
});
afterAll(() => {
  process.env.NODE_ENV = nodeEnv;
});

let n = 0;
const device = () => `cchc-graphcache-test-${++n}`;

/** Signs in on a fresh device (the signed-out `me` first, as the login page sees it) and waits until kept. */
async function signIn(idbName: string, fetch: typeof globalThis.fetch) {
  const client = await load(idbName, fetch);
  expect((await client.query(MeQuery, {}).toPromise()).data?.me).toBeNull();
  const login = await client.mutation(LoginMutation, { input: { email: 'kiemtra@cchc.demo', password: 'x' } });
  expect(login.data?.login.__typename).toBe('LoginSuccess');
  expect((await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise()).data?.me?.id).toBe(
    INSPECTOR.id,
  );
  await vi.waitFor(async () => expect((await stored(idbName))['Query.me']).toBe(`:"User:${INSPECTOR.id}"`));
  return client;
}

describe('the cache kept on the device', () => {
  it('a signed-in person who reloads offline is still signed in (the signed-out answer before the login was not kept)', async () => {
    const idbName = device();
    await signIn(idbName, server().fetch);
    const reloaded = await load(idbName, offline);
    const result = await reloaded.query(MeQuery, {}).toPromise();
    expect(result.data?.me).toMatchObject({ id: INSPECTOR.id, fullName: INSPECTOR.fullName });
  });

  it('keeps nothing when the server answers that nobody is signed in (an expired session)', async () => {
    const idbName = device();
    const api = server();
    await signIn(idbName, api.fetch);
    expect(keptUser(await stored(idbName))).toBe(true);
    api.expire();
    const reloaded = await load(idbName, api.fetch);
    await reloaded.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    await vi.waitFor(async () => expect(keptUser(await stored(idbName))).toBe(false));
    expect((await stored(idbName))['Query.me']).toBeUndefined();
    const offlineAgain = await load(idbName, offline);
    expect((await offlineAgain.query(MeQuery, {}).toPromise()).data?.me ?? null).toBeNull();
  });

  it('logging out empties the device, even when the request cannot reach the server', async () => {
    const idbName = device();
    await signIn(idbName, server().fetch);
    const page = await load(idbName, offline);
    expect((await page.query(MeQuery, {}).toPromise()).data?.me?.id).toBe(INSPECTOR.id);
    const logout = await page.mutation(LogoutMutation, {});
    expect(logout.error?.networkError).toBeDefined();
    await vi.waitFor(async () => expect(keptUser(await stored(idbName))).toBe(false));
    const reloaded = await load(idbName, offline);
    expect((await reloaded.query(MeQuery, {}).toPromise()).data?.me ?? null).toBeNull();
  });
});
