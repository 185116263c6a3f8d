import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { TEST_ADMIN } from '../../../cms/test/support/boot-cms.ts'
import { useBrowser } from '../support/browser'

const browser = useBrowser()
const NEUTRAL_SITE = 'https://www.wikipedia.org/'

describe('what visitors do', () => {
  it('filters the directory: results and URL change together, and the link can be shared', async () => {
    const { page } = await browser.visit('/en/initiatives')
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(/12 initiatives found/)
    await page.getByLabel('Pillar').selectOption('detection')
    await page.getByRole('button', { name: 'Show initiatives' }).click()
    await page.waitForURL(/pillar=detection/)
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(/2 initiatives found/)
    const names = await page.getByTestId('initiative-results').locator('h3').allTextContents()
    expect(names.sort()).toEqual(['ARICA', 'ECPAT Project Beacon'])

    const shared = await browser.visit(new URL(page.url()).pathname + new URL(page.url()).search)
    await expect(shared.page.getByTestId('result-count').textContent()).resolves.toMatch(/2 initiatives found/)

    await page.getByLabel('Search initiatives').fill('beacon')
    await page.getByRole('button', { name: 'Show initiatives' }).click()
    await page.waitForURL(/q=beacon/)
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(/One initiative found/)
  })

  it('finds help for a country', async () => {
    const { page } = await browser.visit('/en/help')
    await page.getByLabel('Country').selectOption('SK')
    await page.getByLabel('Who needs help?').selectOption('children_young_people')
    await page.getByRole('button', { name: 'Find services' }).click()
    await page.waitForURL(/country=SK/)
    const services = await page.getByTestId('support-service').allTextContents()
    expect(services.join(' ')).toContain('116 111')
    expect(services.join(' ')).not.toContain('Parafilik')
  })

  it('switches language and keeps the page', async () => {
    const { page } = await browser.visit('/en/initiatives/bridge')
    await page.locator('.language-switcher summary').click()
    await page.getByRole('link', { name: 'Čeština' }).click()
    await page.waitForURL(/\/cs\/initiatives\/bridge$/)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cs')
    await expect(page.locator('main').textContent()).resolves.toContain('Prevence')
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
    // Alternates name the languages the entry is written in, not the 22 English copies.
    expect(alternates.sort()).toEqual(['cs', 'en', 'x-default'])
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/cs\/initiatives\/bridge$/)
  })

  it('points a page shown in English fallback at the English page, and lists only real translations', async () => {
    const { page } = await browser.visit('/cs/initiatives/protech')
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/en\/initiatives\/protech$/)
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]))
    expect(alternates.map(([code]) => code).sort()).toEqual(['en', 'x-default'])
    expect(alternates.every(([, href]) => href?.endsWith('/en/initiatives/protech'))).toBe(true)
    // A list page is written in every language.
    const list = await browser.visit('/de/initiatives')
    expect(await list.page.locator('link[rel="alternate"][hreflang]').count()).toBe(25)
    await expect(list.page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/de\/initiatives$/)
  })

  it('falls back to English, visibly, where a page has no translation', async () => {
    const { page } = await browser.visit('/cs/initiatives/protech')
    await expect(page.getByTestId('fallback-notice').isVisible()).resolves.toBe(true)
    await expect(page.locator('main > article').getAttribute('lang')).resolves.toBe('en')
  })

  it('labels machine-translated entries', async () => {
    const { page } = await browser.visit('/cs/initiatives/arica')
    await expect(page.getByTestId('machine-translated').isVisible()).resolves.toBe(true)
  })

  it('quick exit leaves at once for a neutral site, by button and by pressing Escape twice', async () => {
    for (const how of ['button', 'keyboard'] as const) {
      const { page, context } = await browser.visit('/en')
      // The neutral site is answered inside the browser, so the test sends nothing outside.
      await context.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title>' }))
      await page.getByRole('link', { name: /^Initiatives$/ }).first().click()
      await page.waitForURL(/\/en\/initiatives$/)
      if (how === 'button') await page.getByTestId('quick-exit').click()
      else {
        await page.keyboard.press('Escape')
        await page.keyboard.press('Escape')
      }
      await page.waitForURL(NEUTRAL_SITE)
      // The page the visitor left from is not one step back.
      await page.goBack().catch(() => null)
      expect(page.url()).not.toMatch(/\/en\/initiatives$/)
    }
  })

  it('serves the whole site to a keyboard: the skip link comes first and moves focus to the content', async () => {
    const { page } = await browser.visit('/en/resources')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id || document.location.hash)).resolves.toMatch(/main/)
  })

  it('publishes feeds, a sitemap and robots rules', async () => {
    const siteUrl = browser.siteUrl()
    const rss = await (await fetch(`${siteUrl}/feeds/en/news.xml`)).text()
    expect(rss).toMatch(/^<\?xml[\s\S]*<rss version="2.0"[\s\S]*<item>[\s\S]*Sparks in the Dark launches/)
    const ics = await (await fetch(`${siteUrl}/feeds/en/events.ics`)).text()
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('DTSTART;VALUE=DATE:20240318')
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`<loc>${siteUrl}/cs/initiatives/bridge</loc>`)
    // Entries only in the languages they are written in; the site's own pages in all 24.
    expect(sitemap).toContain(`<loc>${siteUrl}/en/initiatives/protech</loc>`)
    expect(sitemap).not.toContain(`<loc>${siteUrl}/cs/initiatives/protech</loc>`)
    expect(sitemap).not.toContain(`<loc>${siteUrl}/de/initiatives/bridge</loc>`)
    expect(sitemap).toContain(`<loc>${siteUrl}/ga/initiatives</loc>`)
    expect(await (await fetch(`${siteUrl}/robots.txt`)).text()).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
  })

  it('purges cached pages only for the CMS webhook with the right secret', async () => {
    const siteUrl = browser.siteUrl()
    expect((await fetch(`${siteUrl}/api/revalidate`, { method: 'POST' })).status).toBe(401)
    expect((await fetch(`${siteUrl}/api/revalidate`, { method: 'POST', headers: { 'x-sparks-revalidate': 'wrong-secret-of-same-size-1' } })).status).toBe(401)
    const purged = await fetch(`${siteUrl}/api/revalidate`, { method: 'POST', headers: { 'x-sparks-revalidate': 'test-revalidation-secret-1234' } })
    expect(purged.status).toBe(200)
    expect(await purged.json()).toHaveProperty('purged')
  })

  it('says the content service is down (503) or failing (502), with an error page and a request id, instead of pretending a page does not exist', async () => {
    // A CMS that answers every request with a server error.
    const failing = createServer((_request, response) => response.writeHead(500, { 'content-type': 'text/plain' }).end('internal error'))
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve))
    const failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`
    const answerWith = async (cmsUrl: string) => {
      const port = 20_000 + Math.floor(Math.random() * 20_000)
      const site = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../.output/server/index.mjs')], {
        env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), NUXT_CMS_URL: cmsUrl },
        stdio: 'ignore',
      })
      try {
        let response: Response | undefined
        for (let attempt = 0; attempt < 60 && !response; attempt += 1) {
          response = await fetch(`http://127.0.0.1:${port}/en/initiatives/bridge`, { headers: { accept: 'text/html' } }).catch(() => undefined)
          if (!response) await new Promise((resolve) => setTimeout(resolve, 250))
        }
        return { status: response?.status, requestId: response?.headers.get('x-request-id'), text: await response?.text() }
      } finally {
        site.kill('SIGTERM')
      }
    }
    try {
      const down = await answerWith('http://127.0.0.1:9')
      expect(down.status).toBe(503)
      expect(down.text).toContain('Something went wrong')
      expect(down.requestId).toMatch(/^[\w-]{36}$/)
      const failingAnswer = await answerWith(failingUrl)
      expect(failingAnswer.status).toBe(502)
      expect(failingAnswer.text).toContain('Something went wrong')
    } finally {
      failing.close()
    }
  })

  it('shows an editor’s published change at once: the CMS webhook drops the cached page', async () => {
    const siteUrl = browser.siteUrl()
    const cmsUrl = inject('cmsUrl')
    const pageText = async () => (await (await fetch(`${siteUrl}/en/initiatives/voice`)).text())
    expect(await pageText()).not.toContain('Summary updated by an editor')
    // Served from the cache now; without the webhook the old text would stay for minutes.
    const login = await (await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })).json() as { data: { token: string } }
    const headers = { 'authorization': `Bearer ${login.data.token}`, 'content-type': 'application/json' }
    const base = `${cmsUrl}/content-manager/collection-types/api::initiative.initiative`
    const found = await (await fetch(`${base}?filters[slug][$eq]=voice&locale=en`, { headers })).json() as { results: Array<{ documentId: string }> }
    const id = found.results[0]!.documentId
    expect((await fetch(`${base}/${id}?locale=en`, { method: 'PUT', headers, body: JSON.stringify({ summary: 'Summary updated by an editor.' }) })).status).toBe(200)
    expect((await fetch(`${base}/${id}/actions/publish?locale=en`, { method: 'POST', headers, body: '{}' })).status).toBe(200)
    let text = ''
    for (let attempt = 0; attempt < 40 && !text.includes('Summary updated by an editor'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      text = await pageText()
    }
    expect(text).toContain('Summary updated by an editor.')
  })

  it('sends security headers with every answer', async () => {
    for (const path of ['/en', '/en/initiatives/bridge', '/feeds/en/news.xml', '/api/cms/PillarsQuery?variables=%7B%7D']) {
      const response = await fetch(`${browser.siteUrl()}${path}`)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()')
    }
  })
})
