import { Agent, request } from 'node:http'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { TEST_ADMIN } from '../../../cms/test/support/boot-cms.ts'
import { REVALIDATE_SECRET } from '../support/global-setup.ts'

const siteUrl = () => inject('siteUrl')
const purge = () => fetch(`${siteUrl()}/api/revalidate`, { method: 'POST', headers: { 'x-sparks-revalidate': REVALIDATE_SECRET } })

interface Answer { status: number; hit: boolean; nonce: string | undefined; html: string; cacheControl: string | null }

/**
 * Every page request on one kept-alive connection, so one worker process answers them all: each
 * of the site's workers (serve.ts) keeps its own copies. A purge reaches them all
 * (site-workers.test.ts).
 */
const oneConnection = new Agent({ keepAlive: true, maxSockets: 1 })
afterAll(() => oneConnection.destroy())

function get(path: string, method: 'GET' | 'HEAD' = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(`${siteUrl()}${path}`, { method, agent: oneConnection }, (response) => {
      let html = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => { html += chunk })
      response.on('end', () => {
        const nonce = /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy'] ?? ''))?.[1]
        resolve({ status: response.statusCode ?? 0, hit: response.headers['x-page-cache'] === 'hit', nonce, html, cacheControl: response.headers['cache-control'] ?? null })
      })
    })
    sent.on('error', reject)
    sent.end()
  })
}

const withoutNonce = (answer: Answer) => answer.html.replaceAll(answer.nonce!, 'NONCE')

/** The front page cache (server/plugins/page-cache.ts) and the kept CMS answers (server/utils/cms-answer-cache.ts). */
describe('the site’s front cache', () => {
  it('answers a reading page read again from memory, still with a fresh nonce each time', async () => {
    await purge()
    const path = `/en/about?visit=${Date.now()}`
    const first = await get(path)
    // A copy is kept from the second request on: a URL asked for once is not worth the memory.
    const second = await get(path)
    const third = await get(path)
    expect(first.status).toBe(200)
    expect([first.hit, second.hit]).toEqual([false, false])
    expect(third.hit).toBe(true)
    for (const answer of [first, second, third]) {
      expect(answer.nonce).toMatch(/^[A-Z0-9+/]{24}$/i)
      expect(answer.html).toContain(`nonce="${answer.nonce}"`)
      expect(answer.html).not.toContain('__sparks-csp-nonce__')
      expect(answer.cacheControl).toBe('private, no-cache')
    }
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3)
    expect(withoutNonce(second)).toBe(withoutNonce(first))
    expect(withoutNonce(third)).toBe(withoutNonce(first))
  })

  it('keeps no form page, no preview, no error page and nothing but GET', async () => {
    for (const path of ['/en/contact', '/en/about?preview=not-a-valid-token', '/en/news/no-such-article']) {
      await get(path)
      const again = await get(path)
      expect(again.hit, path).toBe(false)
    }
    await get('/en/help')
    expect((await get('/en/help', 'HEAD')).hit).toBe(false)
  })

  it('keeps nothing of a page asked for only once', async () => {
    const path = `/en/about?once=${Date.now()}`
    expect((await get(path)).hit).toBe(false)
    expect((await get(path)).hit).toBe(false)
  })

  it('drops kept pages and CMS answers when the CMS says something was published', async () => {
    await purge()
    const before = await get('/en/about')
    await get('/en/about')
    expect((await get('/en/about')).hit).toBe(true)
    expect((await purge()).status).toBe(200)
    const after = await get('/en/about')
    expect(after.hit).toBe(false)
    expect(withoutNonce(after)).toBe(withoutNonce(before))
  })

  describe('a new article published in the CMS', () => {
    const cmsUrl = () => inject('cmsUrl')
    const articles = () => `${cmsUrl()}/content-manager/collection-types/api::article.article`
    let documentId = ''
    const headers = async () => {
      const login = await (await fetch(`${cmsUrl()}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })).json() as { data: { token: string } }
      return { 'authorization': `Bearer ${login.data.token}`, 'content-type': 'application/json' }
    }

    afterAll(async () => {
      if (documentId) await fetch(`${articles()}/${documentId}?locale=en`, { method: 'DELETE', headers: await headers() })
      await purge()
    })

    it('is on the news page for the next visitor, although the list was kept in both caches', async () => {
      const title = `Cache probe ${Date.now()}`
      await get('/en/news')
      await get('/en/news')
      const kept = await get('/en/news?from=a-link')
      expect((await get('/en/news')).hit).toBe(true)
      expect(kept.html).not.toContain(title)
      const created = await fetch(`${articles()}?locale=en`, {
        method: 'POST',
        headers: await headers(),
        body: JSON.stringify({ title, slug: `cache-probe-${Date.now()}`, excerpt: 'Checks that publishing reaches visitors at once.', body: 'A short test article.', date: '2099-01-01' }),
      })
      expect(created.status).toBe(201)
      documentId = ((await created.json()) as { data: { documentId: string } }).data.documentId
      expect((await fetch(`${articles()}/${documentId}/actions/publish?locale=en`, { method: 'POST', headers: await headers(), body: '{}' })).status).toBe(200)
      // The CMS's webhook arrives within moments; both caches would otherwise keep the old list
      // for 10 and 60 seconds.
      let seen = false
      for (let attempt = 0; attempt < 20 && !seen; attempt += 1) {
        seen = (await get('/en/news?from=another-link')).html.includes(title) && (await get('/en/news')).html.includes(title)
        if (!seen) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(seen).toBe(true)
    })
  })
})
