import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { TEST_ADMIN } from '../../../cms/test/support/boot-cms.ts'
import { useBrowser } from '../support/browser'

const browser = useBrowser()

/**
 * Hostile text an editor account (stolen, or careless with a paste) could store. Every payload
 * that ran would call `xssRan(id)`, open a dialog or request a /xss-probe/ URL; the test watches
 * all three. Raw HTML, event handlers, script URLs in links and images (plain, cased, entity- and
 * unicode-encoded), SVG and MathML, markup that would break out of attributes, the <title> or the
 * JSON-LD block, and Markdown's own link forms.
 */
const BODY_PAYLOADS = [
  `<script>xssRan('script-tag')</script>`,
  `<img src="/xss-probe/img-onerror" onerror="xssRan('img-onerror')">`,
  `<svg onload="xssRan('svg-onload')"><script>xssRan('svg-script')</script></svg>`,
  `<math><mi xlink:href="javascript:xssRan('mathml')">math</mi></math>`,
  `<iframe src="javascript:xssRan('iframe')"></iframe><object data="/xss-probe/object"></object>`,
  `<a href="javascript:xssRan('html-anchor')">html anchor</a>`,
  `<details open ontoggle="xssRan('details-ontoggle')">details</details>`,
  `<style>@import '/xss-probe/style-import';</style><link rel="stylesheet" href="/xss-probe/link">`,
  `<meta http-equiv="refresh" content="0;url=javascript:xssRan('meta-refresh')"><base href="/xss-probe/base/">`,
  `<form action="/xss-probe/form"><button formaction="javascript:xssRan('formaction')">send</button></form>`,
  `[plain js link](javascript:xssRan('md-js-link'))`,
  `[cased js link](JaVaScRiPt:xssRan('md-cased'))`,
  `[entity js link](&#106;avascript:xssRan('md-entity'))`,
  `[colon entity link](javascript&colon;xssRan('md-colon-entity'))`,
  `[tab js link](java&#9;script:xssRan('md-tab'))`,
  `[zero-width js link](java\u200Bscript:xssRan('md-zero-width'))`,
  `[fullwidth js link](\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:xssRan('md-fullwidth'))`,
  `[leading space js link]( javascript:xssRan('md-space'))`,
  `[vbscript link](vbscript:xssRan('md-vbscript'))`,
  `[data html link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `[data html link 2](data:text/html,<script>xssRan('md-data')</script>)`,
  `![js image](javascript:xssRan('md-js-image'))`,
  `![svg data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
  `[title breakout](https://example.org/ "\\" onmouseover=\\"xssRan('md-title')")`,
  `[reference link][evil]\n\n[evil]: javascript:xssRan('md-reference')`,
  `<javascript:xssRan('md-autolink')>`,
  `\`<script>xssRan('code-span')</script>\``,
  `\u202E<script>xssRan('rtl-override')</script>`,
  `&lt;script&gt;xssRan('pre-escaped')&lt;/script&gt;`,
  `[![nested image](/favicon.svg)](javascript:xssRan('md-nested'))`,
]

/** For plain-text fields: markup that would break out of text, attributes, <title> or JSON-LD. */
const TEXT_PAYLOAD = `Stored XSS probe "><img src=/xss-probe/text onerror=xssRan('text')></title></script><script>xssRan('text-script')</script><svg onload=alert(1)>`

const SLUG = 'stored-hostile-text'
const BODY = `Stored XSS probe article.\n\n${BODY_PAYLOADS.map((payload) => `${payload}\n\n`).join('')}The end of the probe.`

/** Tags Markdown without raw HTML may produce; anything else in the rendered text came from a payload. */
const PROSE_TAGS = new Set(['P', 'A', 'EM', 'STRONG', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'IMG', 'HR', 'BR', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'S'])

async function adminHeaders() {
  const cmsUrl = inject('cmsUrl')
  const login = await (await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })).json() as { data: { token: string } }
  return { 'authorization': `Bearer ${login.data.token}`, 'content-type': 'application/json' }
}

const ARTICLES = () => `${inject('cmsUrl')}/content-manager/collection-types/api::article.article`
let documentId = ''

/** What ran on a page: xssRan calls, dialogs and probe requests, from its first byte on. */
async function watch(page: Page) {
  const ran: string[] = []
  await page.exposeFunction('xssRan', (id: string) => { ran.push(`xssRan(${id})`) })
  page.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`)
    await dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url().includes('/xss-probe/') || request.url().startsWith('javascript:')) ran.push(`request: ${request.url()}`)
  })
  return ran
}

/** The rendered rich text and plain text hold only what Markdown makes, with safe link targets. */
async function assertInertMarkup(page: Page) {
  const found = await page.locator('main').evaluate((main, allowed) => {
    const problems: string[] = []
    for (const element of main.querySelectorAll('.prose *')) {
      if (!allowed.includes(element.tagName)) problems.push(`element <${element.tagName.toLowerCase()}>`)
    }
    for (const element of main.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute) || attribute === 'formaction' || attribute === 'xlink:href') problems.push(`attribute ${attribute} on <${element.tagName.toLowerCase()}>`)
      }
    }
    for (const link of main.querySelectorAll('a')) {
      if (!['http:', 'https:', 'mailto:', 'tel:'].includes(link.protocol)) problems.push(`link to ${link.getAttribute('href')}`)
    }
    for (const image of main.querySelectorAll('img')) {
      const source = image.getAttribute('src') ?? ''
      if (!/^(?:https?:|\/(?!\/))/.test(source) || source.includes('xss-probe')) problems.push(`image from ${source.slice(0, 60)}`)
    }
    return problems
  }, [...PROSE_TAGS])
  expect(found).toEqual([])
}

/** Clicks every link in the rich text that leads nowhere outside, as a curious visitor would. */
async function clickLocalLinks(page: Page) {
  const links = page.locator('main .prose a')
  for (let index = 0; index < await links.count(); index += 1) {
    const link = links.nth(index)
    const href = (await link.getAttribute('href')) ?? ''
    if (/^https?:/.test(href)) continue
    await link.click({ timeout: 2_000 }).catch(() => null)
    if (page.url().includes('/xss-probe/')) break
    if (!page.url().endsWith(`/en/news/${SLUG}`)) await page.goBack()
  }
}

describe('hostile text stored through the admin renders inert in Chromium', () => {
  beforeAll(async () => {
    const headers = await adminHeaders()
    const created = await fetch(`${ARTICLES()}?locale=en`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: TEXT_PAYLOAD, slug: SLUG, excerpt: TEXT_PAYLOAD, body: BODY, date: new Date().toISOString().slice(0, 10), seo: { metaTitle: TEXT_PAYLOAD.slice(0, 70), metaDescription: TEXT_PAYLOAD.slice(0, 170) } }),
    })
    const answer = await created.json() as { data?: { documentId: string } }
    expect(created.status, JSON.stringify(answer)).toBe(201)
    documentId = answer.data!.documentId
    const published = await fetch(`${ARTICLES()}/${documentId}/actions/publish?locale=en`, { method: 'POST', headers, body: '{}' })
    expect(published.status).toBe(200)
    // The publish webhook purges the site's cache; wait until the article page is there.
    for (let attempt = 0; attempt < 40; attempt += 1) {
      if ((await fetch(`${browser.siteUrl()}/en/news/${SLUG}`)).status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })

  afterAll(async () => {
    if (!documentId) return
    const headers = await adminHeaders()
    await fetch(`${ARTICLES()}/${documentId}?locale=en`, { method: 'DELETE', headers })
    await fetch(`${browser.siteUrl()}/api/revalidate`, { method: 'POST', headers: { 'x-sparks-revalidate': 'test-revalidation-secret-1234' } })
  })

  it('stores the payloads as the editor typed them (the CMS keeps text; the site must make it safe)', async () => {
    const answer = await fetch(`${ARTICLES()}/${documentId}?locale=en`, { headers: await adminHeaders() })
    const { data } = await answer.json() as { data: { title: string; body: string } }
    expect(data.title).toBe(TEXT_PAYLOAD)
    expect(data.body).toContain(`<script>xssRan('script-tag')</script>`)
  })

  it('runs nothing, even with the Content-Security-Policy switched off: the rendering alone is safe', async () => {
    // bypassCSP tests the server-side rendering on its own; the next test adds the policy.
    const { page } = await browser.visit('/en', { bypassCsp: true })
    const ran = await watch(page)
    const response = await page.goto(`${browser.siteUrl()}/en/news/${SLUG}`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    await expect(page.locator('main .prose').textContent()).resolves.toContain('The end of the probe.')
    // The payloads are shown as text, not lost (the typographer curls their quotes).
    await expect(page.locator('main .prose').textContent()).resolves.toContain('<script>xssRan(')
    await expect(page.locator('h1').textContent()).resolves.toBe(TEXT_PAYLOAD)
    await assertInertMarkup(page)
    await page.locator('main .prose').hover()
    await clickLocalLinks(page)
    await page.waitForTimeout(300)
    expect(ran).toEqual([])
  })

  for (const path of [`/en/news/${SLUG}`, '/en/news', `/en/search?q=${encodeURIComponent('Stored XSS probe')}`]) {
    it(`${path} runs nothing and trips no Content-Security-Policy violation`, async () => {
      // A violation would mean a payload reached the page as markup: useBrowser fails the test on it.
      const { page } = await browser.visit('/en')
      const ran = await watch(page)
      const response = await page.goto(`${browser.siteUrl()}${path}`, { waitUntil: 'networkidle' })
      expect(response?.status()).toBe(200)
      await expect(page.locator('main').textContent()).resolves.toContain('Stored XSS probe')
      await assertInertMarkup(page)
      if (path.startsWith('/en/news/')) expect(await page.title()).toContain('Stored XSS probe')
      await page.waitForTimeout(300)
      expect(ran).toEqual([])
    })
  }
})
