import { createHash } from 'node:crypto'
import type { Core } from '@strapi/strapi'
import { isGraphqlPath } from '../utils/route-path'

/** How long shared caches (a partner's CDN) may keep an anonymous GraphQL GET answer. */
const MAX_AGE_SECONDS = 60

/**
 * Anonymous GraphQL reads over GET become cacheable: `Cache-Control`, a strong `ETag` of the
 * answer, and `304 Not Modified` for a matching `If-None-Match`. The locale is part of the
 * query, hence of the URL, so each language is cached on its own; the English fallback
 * (`X-Locale-Fallback`) is a header, so the answer varies on it. Answers with errors, and
 * anything sent with a token, are not cached.
 */
const graphqlHttpCache: Core.MiddlewareFactory = () => async (ctx, next) => {
  await next()
  if (!isGraphqlPath(ctx.path) || ctx.method !== 'GET') return
  if (ctx.get('authorization')) {
    ctx.set('Cache-Control', 'private, no-store')
    return
  }
  if (ctx.status !== 200 || typeof ctx.body !== 'string' || ctx.body.includes('"errors"')) {
    ctx.set('Cache-Control', 'no-store')
    return
  }
  const etag = `"${createHash('sha256').update(ctx.body).digest('base64url').slice(0, 32)}"`
  ctx.set('ETag', etag)
  ctx.set('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}, stale-while-revalidate=${MAX_AGE_SECONDS * 5}`)
  ctx.vary('Accept-Encoding')
  ctx.vary('X-Locale-Fallback')
  const wanted = ctx.get('if-none-match').split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  if (wanted.includes(etag) || wanted.includes('*')) {
    ctx.status = 304
    ctx.body = null
  }
}

export default graphqlHttpCache
