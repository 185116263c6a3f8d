import type { H3Event } from 'h3'
import type { OutgoingHttpHeaders } from 'node:http'

/**
 * The site's front cache: finished public pages kept in memory and handed out before Nuxt and
 * Nitro's own swr cache are involved at all (server/plugins/page-cache.ts).
 *
 * Nitro's swr cache still decides what a page is: this cache keeps a copy of what it answered,
 * for a few seconds, so a page read by many visitors at once costs a map lookup instead of a
 * trip through the framework. The copy is the HTML with the CSP nonce placeholder still in it,
 * so every visitor still gets a nonce of their own. A publish in the CMS empties it together with
 * Nitro's cache (server/api/revalidate.post.ts); an entry also lapses after FRESH_MS, so it never
 * keeps a page longer than Nitro's own cache would by more than that.
 */
export interface CachedPage {
  status: number
  headers: OutgoingHttpHeaders
  /** The HTML's bytes split at every nonce placeholder: joined with a nonce's bytes they are the page. */
  parts: Buffer[]
  bytes: number
}

const FRESH_MS = 10_000
/** Bounded, so many distinct URLs (every query string is its own page) cannot exhaust memory. */
const MAX_BYTES = 64 * 2 ** 20
const pages = new BoundedCache<CachedPage>({ maxEntries: 1_000, maxBytes: MAX_BYTES })
/**
 * Pages asked for once lately. A copy is kept from a page's second request on: a URL asked for
 * once (a unique query string, a crawler's sweep) would only take memory and push out pages that
 * are read again. Remembering the URL alone is a few dozen bytes.
 */
const SEEN_MS = 60_000
const seen = new BoundedCache<true>({ maxEntries: 20_000, maxBytes: 2 * 2 ** 20 })

/** The fresh copy of the page at `url` (path and query), if there is one. */
export function cachedPage(url: string): CachedPage | undefined {
  return pages.get(url)
}

/**
 * Keeps a copy of a page Nitro is about to send, when it is one every visitor gets alike: a GET
 * for a route Nitro caches (swr), answered 200, with no cookie and nothing private about it
 * (an editor's preview is `no-store`).
 */
export function rememberPage(event: H3Event, html: string, placeholder: string): void {
  const request = event.node.req
  const response = event.node.res
  // The URL as it arrived (h3 rewrites req.url while routing); the lookup uses the same.
  const url = (request as { originalUrl?: string }).originalUrl ?? request.url
  if (request.method !== 'GET' || !url || response.statusCode !== 200) return
  const rules = getRouteRules(event)
  if (!rules.cache || !rules.cache.swr) return
  const headers = response.getHeaders()
  const cacheControl = String(headers['cache-control'] ?? '')
  if (headers['set-cookie'] || cacheControl.includes('no-store') || event.context.previewFrameAncestor) return
  const now = Date.now()
  if (!seen.get(url, now)) {
    seen.set(url, true, url.length, now + SEEN_MS)
    return
  }
  const { 'content-security-policy': _csp, 'content-length': _length, 'x-request-id': _id, ...kept } = headers
  const parts = html.split(placeholder).map((part) => Buffer.from(part))
  const bytes = parts.reduce((sum, part) => sum + part.length, 0)
  if (bytes > MAX_BYTES / 16) return
  pages.set(url, { status: response.statusCode, headers: kept, parts, bytes }, bytes, now + FRESH_MS)
}

/** Drops every copy (after a publish in the CMS). */
export function purgePageCache(): number {
  return pages.clear()
}
