import { request } from 'node:http'
import { describe, expect, inject, it } from 'vitest'

// The site's /api/cms route reads the CMS with the site's key, which the CMS's own rate limit
// lets through, so it has a per-visitor limit of its own: 120 calls a minute (nuxt.config.ts).
const LIMIT = 120
const WINDOW_MS = 60_000

interface Answer { status: number; retryAfter: string | undefined }

/**
 * One GET on a connection of its own, so consecutive calls meet both of the site's workers
 * (serve.ts). The test site trusts one proxy hop: X-Forwarded-For names the visitor.
 */
function send(method: 'GET' | 'POST', path: string, client: string, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { 'x-forwarded-for': client, ...(body ? { 'content-type': 'application/json' } : {}) }
    const sent = request(`${inject('siteUrl')}${path}`, { method, headers, agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] }))
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

const get = (path: string, client: string) => send('GET', path, client)

const pillars = `/api/cms/PillarsQuery?variables=${encodeURIComponent(JSON.stringify({ locale: 'en' }))}`

/** The limit counts in fixed minutes: start a burst early in one, so it is counted in one. */
async function startOfAWindow(): Promise<void> {
  const intoWindow = Date.now() % WINDOW_MS
  if (intoWindow > 20_000) await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - intoWindow + 100))
}

describe('the site’s CMS route limits each visitor', () => {
  it('answers one visitor 429 with Retry-After past the limit, whichever worker counts, while another still gets answers', async () => {
    await startOfAWindow()
    const flooding = '192.0.2.10'
    const statuses: number[] = []
    for (let call = 0; call < LIMIT; call += 1) statuses.push((await get(pillars, flooding)).status)
    expect(statuses.filter((status) => status !== 200)).toEqual([])

    const over = [await get(pillars, flooding), await get(pillars, flooding)]
    expect(over.map((answer) => answer.status)).toEqual([429, 429])
    for (const answer of over) expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1)
    for (const answer of over) expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60)

    expect((await get(pillars, '192.0.2.11')).status).toBe(200)
    // Counted apart from the forms' limit: the same visitor's form is still checked (400), not 429.
    expect((await send('POST', '/api/forms/contact?locale=en', flooding, '{}')).status).toBe(400)
    // The limited visitor's pages still render: their render's own CMS calls are not theirs.
    expect((await get(`/en/recommendations?limited=${Date.now()}`, flooding)).status).toBe(200)
  }, 120_000)

  it('does not count a page’s server render against anyone: more renders than the limit all succeed', async () => {
    await startOfAWindow()
    // Each render of the recommendations page makes at least two CMS calls in-process (pillars,
    // recommendations); a new query string each time, so none comes from the page caches.
    const renders = Math.ceil(LIMIT / 2) + 5
    const run = Date.now()
    const statuses: number[] = []
    for (let batch = 0; batch < renders; batch += 5) {
      const paths = Array.from({ length: 5 }, (_, index) => `/en/recommendations?render=${run}-${batch + index}`)
      statuses.push(...(await Promise.all(paths.map((path, index) => get(path, `192.0.2.${20 + ((batch + index) % 200)}`)))).map((answer) => answer.status))
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([])
  }, 120_000)
})
