import { randomBytes } from 'node:crypto'
import { contentSecurityPolicy, NONCE_PLACEHOLDER } from '#shared/content-security-policy'

const PLACEHOLDER_PATTERN = new RegExp(NONCE_PLACEHOLDER, 'g')

/**
 * A Content-Security-Policy on every answer, with a fresh nonce for every HTML page.
 *
 * `beforeResponse` runs for every response, after the swr cache answered: a cached page's HTML
 * still holds the placeholder its rendering put there (app/plugins/csp-nonce.server.ts), and
 * each visitor gets it replaced by a nonce of their own, matching the header sent with it.
 * `render:html`/`render:response` would not do: they run only when a page is rendered, and the
 * cache then hands the same HTML to everyone.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    if (typeof response.body === 'string' && response.body.includes(NONCE_PLACEHOLDER)) {
      const template = response.body
      const nonce = randomBytes(18).toString('base64')
      response.body = template.replace(PLACEHOLDER_PATTERN, nonce)
      const frameAncestor = typeof event.context.previewFrameAncestor === 'string' ? event.context.previewFrameAncestor : undefined
      setResponseHeader(event, 'Content-Security-Policy', contentSecurityPolicy(nonce, { frameAncestor }))
      // The older header would still deny the admin's preview frame.
      if (frameAncestor) removeResponseHeader(event, 'X-Frame-Options')
      // This HTML is for one visitor only: no shared cache (a CDN) may hand its nonce to others,
      // and no validator may let a browser pair an old body with a new header (a 304 carries
      // the new header). The server's own swr cache is unaffected: it stores the placeholder.
      // An editor's preview (no-store) stays no-store.
      const noStore = String(getResponseHeader(event, 'Cache-Control') ?? '').includes('no-store')
      setResponseHeader(event, 'Cache-Control', noStore ? 'private, no-store' : 'private, no-cache')
      removeResponseHeader(event, 'ETag')
      removeResponseHeader(event, 'Last-Modified')
      // A page every visitor gets alike is kept, with its placeholder, for server/plugins/page-cache.ts.
      rememberPage(event, template, NONCE_PLACEHOLDER)
      return
    }
    if (!event.node.res.headersSent) setResponseHeader(event, 'Content-Security-Policy', contentSecurityPolicy())
  })
})
