import { describe, expect, it } from 'vitest'
import { useBrowser } from '../support/browser'

const browser = useBrowser()

/** The nonce of a response's Content-Security-Policy header, for scripts. */
function headerNonce(response: Response): string {
  const policy = response.headers.get('content-security-policy') ?? ''
  const match = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)
  if (!match) throw new Error(`No script nonce in the policy: "${policy}"`)
  return match[1]!
}

/** Opening tags of every <script> and <style>, but Nuxt's JSON data block (data, never run). */
function executableTags(html: string): string[] {
  return [...html.matchAll(/<(script|style)\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !tag.includes('id="__NUXT_DATA__"'))
}

describe('Content-Security-Policy with a nonce per response', () => {
  it('gives two visitors of the same cached page different nonces, each matching its own HTML', async () => {
    const url = `${browser.siteUrl()}/en/initiatives/bridge`
    // The first answer fills the swr cache (or comes from it); the next two are cache hits.
    await (await fetch(url)).text()
    const answers = await Promise.all([fetch(url), fetch(url)])
    const nonces: string[] = []
    const bodies: string[] = []
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      const nonce = headerNonce(answer)
      const html = await answer.text()
      const tags = executableTags(html)
      // JSON-LD at least; with scripts, also Nuxt's import map, runtime config and entry module.
      expect(tags.length).toBeGreaterThanOrEqual(1)
      for (const tag of tags) expect(tag, 'every script and style carries the nonce of the header').toContain(`nonce="${nonce}"`)
      expect(html).not.toContain('__sparks-csp-nonce__')
      // The page is for this visitor only: nothing downstream may reuse the nonce.
      expect(answer.headers.get('cache-control')).toBe('private, no-cache')
      expect(answer.headers.get('etag')).toBeNull()
      nonces.push(nonce)
      bodies.push(html.replaceAll(nonce, 'NONCE'))
    }
    expect(nonces[0]).not.toBe(nonces[1])
    expect(nonces[0]).toMatch(/^[A-Z0-9+/]{24}$/i)
    // The same cached page apart from the nonce.
    expect(bodies[0]).toBe(bodies[1])
  })

  it('states the policy: scripts and styles from the site or with the nonce, no framing, no plugins, no base changes', async () => {
    for (const path of ['/en', '/en/pages/api', '/en/initiatives/no-such-initiative', '/feeds/en/news.xml', '/api/cms/PillarsQuery?variables=%7B%7D']) {
      const response = await fetch(`${browser.siteUrl()}${path}`, { headers: { accept: 'text/html' } })
      const policy = response.headers.get('content-security-policy') ?? ''
      const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
      expect(directives.get('default-src'), path).toEqual(["'self'"])
      expect(directives.get('script-src')?.slice(0, 1), path).toEqual(["'self'"])
      expect(directives.get('script-src')?.join(' '), path).not.toMatch(/unsafe/)
      expect(directives.get('style-src')?.join(' '), path).not.toMatch(/unsafe/)
      expect(directives.get('object-src'), path).toEqual(["'none'"])
      expect(directives.get('base-uri'), path).toEqual(["'none'"])
      expect(directives.get('frame-ancestors'), path).toEqual(["'none'"])
      expect(directives.get('form-action'), path).toEqual(["'self'"])
      expect(directives.get('connect-src'), path).toEqual(["'self'"])
      expect(directives.get('img-src'), path).toEqual(["'self'", 'data:'])
    }
  })

  it('in Chromium, runs a script with the response’s nonce and blocks injected ones without it', async () => {
    const { page, context, cspViolations } = await browser.visit('/en', { expectCspViolations: true })
    // The page as the server sends it (headers and all), with markup slipped into the HTML on the
    // way, as a stored-XSS hole would: a script and an event handler without the nonce, and one
    // script with the nonce of this very response (which only the server could have written).
    await context.route('**/en/news', async (route) => {
      const real = await route.fetch()
      const nonce = /'nonce-([^']+)'/.exec(real.headers()['content-security-policy'] ?? '')?.[1] ?? 'no-nonce-in-header'
      const injected = `<script nonce="${nonce}">window.__withNonce = true</script><script>window.__injected = true</script><img src="/favicon.svg" onload="window.__injected = true"></main>`
      await route.fulfill({ response: real, body: (await real.text()).replace('</main>', injected) })
    })
    cspViolations.length = 0
    await page.goto(`${browser.siteUrl()}/en/news`, { waitUntil: 'networkidle' })
    const flags = await page.evaluate(() => ({ withNonce: (window as unknown as { __withNonce?: boolean }).__withNonce ?? false, injected: (window as unknown as { __injected?: boolean }).__injected ?? false }))
    expect(flags).toEqual({ withNonce: true, injected: false })
    // Exactly the two injected items were refused: none of the page's own scripts or styles was.
    const reported = cspViolations.filter((message) => message.startsWith('CSP violation:'))
    expect(reported.map((message) => message.split(' ')[2]).sort()).toEqual(['script-src-attr', 'script-src-elem'])
    expect(reported.every((message) => message.includes('blocked inline'))).toBe(true)
  })

  it('styles the API guide’s code without inline styles that lack the nonce (no violation on the page)', async () => {
    const { page } = await browser.visit('/en/pages/api')
    await expect(page.locator('pre code').first().isVisible()).resolves.toBe(true)
  })
})
