import { randomBytes } from 'node:crypto'
import { contentSecurityPolicy } from '#shared/content-security-policy'

/**
 * Answers a request from the front cache (server/utils/page-cache.ts) before the framework sees
 * it: a map lookup, a fresh nonce joined into the HTML and its Content-Security-Policy header.
 * Everything else — a miss, an expired copy, any method but GET — goes on to Nitro and Nuxt as
 * before, and content-security-policy.ts keeps a copy of what they answer.
 */
export default defineNitroPlugin((nitroApp) => {
  const app = nitroApp.h3App
  const handle = app.handler
  app.handler = ((event) => {
    const { req, res } = event.node
    // A GET with a body goes on too, to be refused by server/middleware/body-limit.ts.
    const page = req.method === 'GET' && req.url && !announcesBody(req) ? cachedPage(req.url) : undefined
    if (!page) return handle(event)
    const nonce = randomBytes(18).toString('base64')
    const nonceBytes = Buffer.from(nonce)
    const chunks: Buffer[] = []
    page.parts.forEach((part, index) => {
      if (index > 0) chunks.push(nonceBytes)
      chunks.push(part)
    })
    const html = Buffer.concat(chunks, page.bytes + nonceBytes.length * (page.parts.length - 1))
    res.writeHead(page.status, { ...page.headers, 'content-security-policy': contentSecurityPolicy(nonce), 'content-length': html.length, 'x-page-cache': 'hit' })
    res.end(html)
    return Promise.resolve()
  }) as typeof handle
})
