import { request } from 'node:http'
import { describe, expect, inject, it } from 'vitest'
import { REVALIDATE_SECRET } from '../support/global-setup.ts'

interface Answer { status: number; hit: boolean }

/**
 * One request on a connection of its own. The site under test runs as two workers (serve.ts),
 * and the primary hands each new connection to the next worker in turn, so consecutive calls
 * meet both of them.
 */
function once(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(`${inject('siteUrl')}${path}`, { method, headers, agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, hit: response.headers['x-page-cache'] === 'hit' }))
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

const purge = () => once('POST', '/api/revalidate', { 'x-sparks-revalidate': REVALIDATE_SECRET })

describe('the site as several worker processes', () => {
  it('empties every worker’s caches when the CMS’s webhook reaches one of them', async () => {
    const page = `/en/about?workers=${Date.now()}`
    expect((await purge()).status).toBe(200)
    const warming: Answer[] = []
    for (let index = 0; index < 4; index += 1) warming.push(await once('GET', page))
    // Each worker renders the page and keeps a copy from its second request on.
    expect(warming.every((answer) => answer.status === 200 && !answer.hit)).toBe(true)
    const kept: Answer[] = []
    for (let index = 0; index < 4; index += 1) kept.push(await once('GET', page))
    expect(kept.map((answer) => answer.hit)).toEqual([true, true, true, true])

    expect((await purge()).status).toBe(200)
    const after: Answer[] = []
    for (let index = 0; index < 4; index += 1) after.push(await once('GET', page))
    // Both render afresh, the worker that got the webhook and the one that heard of it, and keep
    // the page again at once (it was asked for before).
    expect(after.filter((answer) => !answer.hit)).toHaveLength(2)
  })

  it('counts a visitor’s form submissions together, whichever worker takes them', async () => {
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.150' }
    const statuses: number[] = []
    // The tests' limit is 30 per window (global-setup.ts): split over two workers, each would
    // see 16 and let all 32 through.
    for (let attempt = 0; attempt < 32; attempt += 1) statuses.push((await once('POST', '/api/forms/contact', headers, '{}')).status)
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  })
})
