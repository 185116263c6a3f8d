/**
 * The route a request path reaches, spelled one way. Strapi's koa router matches paths
 * case-insensitively and ignores a trailing slash, so `/API/pillars/` and `/GraphQL` reach the
 * same handlers as `/api/pillars` and `/graphql`; a protection comparing `ctx.path` as written
 * missed them. This spelling goes further than the router (percent-decoding, repeated slashes),
 * so it can only make a protection cover more requests, never fewer.
 */
export function routePath(rawPath: string): string {
  let path = rawPath
  try { path = decodeURIComponent(rawPath) } catch { /* malformed escapes: keep it as sent */ }
  path = path.toLowerCase().replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  return path === '' ? '/' : path
}

/** The REST content API, `/api/…` (forms included). */
export const isContentApiPath = (rawPath: string): boolean => routePath(rawPath).startsWith('/api/')

/** The GraphQL endpoint itself (not `/graphql/schema.graphql`). */
export const isGraphqlPath = (rawPath: string): boolean => routePath(rawPath) === '/graphql'
