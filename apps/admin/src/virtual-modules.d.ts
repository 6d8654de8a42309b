declare module 'virtual:graphql-schema' {
  import type { CacheExchangeOpts } from '@urql/exchange-graphcache';
  /** apps/api/schema.graphql as a minified introspection result (built by vite.config.ts). */
  const schema: NonNullable<CacheExchangeOpts['schema']>;
  export default schema;
}
