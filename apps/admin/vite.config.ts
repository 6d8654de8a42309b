/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** recharts and the packages only it uses (d3, redux toolkit, …): see build.rolldownOptions below. */
const RECHARTS_MODULES =
  /[\\/]node_modules[\\/](recharts|d3-[^\\/]+|victory-vendor|internmap|decimal\.js-light|es-toolkit|eventemitter3|immer|redux|redux-thunk|@reduxjs[\\/]toolkit|reselect|react-redux|tiny-invariant)[\\/]/;

const SCHEMA_PATH = fileURLToPath(new URL('../api/schema.graphql', import.meta.url));
const VIRTUAL_ID = 'virtual:graphql-schema';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves the API contract (apps/api/schema.graphql) as a minified introspection result, so
 * graphcache knows the schema (unions such as LoginResult, interfaces such as Error) and
 * never falls back to heuristic fragment matching. Rebuilt whenever the schema file changes.
 */
function graphqlSchemaPlugin(): Plugin {
  return {
    name: 'cchc-graphql-schema',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(SCHEMA_PATH);
      const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
      const result = graphqlSync({ schema, source: getIntrospectionQuery({ descriptions: false }) });
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
      const typeRef = (t: any): any => (t ? { kind: t.kind, name: t.name, ofType: typeRef(t.ofType) } : null);
      const s = (result.data as any).__schema;
      const minified = {
        __schema: {
          queryType: s.queryType && { name: s.queryType.name },
          mutationType: s.mutationType && { name: s.mutationType.name },
          subscriptionType: s.subscriptionType && { name: s.subscriptionType.name },
          types: s.types
            .filter((t: any) => !t.name.startsWith('__') && ['OBJECT', 'INTERFACE', 'UNION'].includes(t.kind))
            .map((t: any) => ({
              kind: t.kind,
              name: t.name,
              ...(t.fields
                ? {
                    fields: t.fields.map((f: any) => ({
                      name: f.name,
                      type: typeRef(f.type),
                      args: f.args.map((a: any) => ({ name: a.name, type: typeRef(a.type) })),
                    })),
                  }
                : {}),
              ...(t.interfaces ? { interfaces: t.interfaces.map((i: any) => ({ kind: i.kind, name: i.name })) } : {}),
              ...(t.possibleTypes
                ? { possibleTypes: t.possibleTypes.map((p: any) => ({ kind: p.kind, name: p.name })) }
                : {}),
            })),
        },
      };
      return `export default ${JSON.stringify(minified)};`;
    },
  };
}

/**
 * What the dev server and `vite preview` send to the API (port 4000): GraphQL and the HTTP routes of
 * apps/api/src/http (downloads, uploads, the calendar feed). Only the files under /reports/ go (the
 * page /reports is the app's); /registrations/ (plural) and /visits/ are not pages of the app.
 */
const API = { target: 'http://127.0.0.1:4000', changeOrigin: false };
const API_PROXY = {
  '/graphql': API,
  '^/(visits|registrations|calendar|templates)/': API,
  '^/reports/.+\\.(xlsx|docx|pdf)$': API,
  '^/files(/|$)': API,
};

export default defineConfig({
  plugins: [react(), graphqlSchemaPlugin()],
  server: { proxy: API_PROXY },
  preview: { proxy: API_PROXY },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/bundle-size.mjs reads it: the first screen's chunks and what they import statically
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React itself first: recharts depends on it, and a group takes its modules' dependencies along
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
              priority: 30,
            },
            // The chart library and its dependencies in one chunk, fetched only where a chart is drawn
            // (each chart component imports it from a lazily loaded module).
            { name: 'recharts', test: RECHARTS_MODULES, priority: 20 },
            // zod (form and input schemas): its own chunk, so a screen without a form does not fetch it
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Above the 5 s that testing-library waits for an element (src/test/setup.ts), so a slow render on a
    // busy CI machine reports what it waited for instead of a bare time-out.
    testTimeout: 20_000,
  },
});
