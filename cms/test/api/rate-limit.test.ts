import { afterAll, describe, expect, it } from 'vitest'
import { admin, cmsUrl } from '../support/clients.ts'

const LIMIT = Number(process.env.API_RATE_LIMIT ?? 100)
const burst = (count: number, headers: Record<string, string> = {}) =>
  Promise.all(Array.from({ length: count }, () => fetch(`${cmsUrl()}/api/pillars`, { headers })))
const WINDOW_MS = Number(process.env.API_RATE_LIMIT_WINDOW_SECONDS ?? 4) * 1000
/** Waits for the start of the next limit window (the CMS counts in windows of the same clock). */
const nextWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() % WINDOW_MS) + 30))

// Other test files share this CMS: leave them a fresh window.
afterAll(nextWindow)

describe('per-client rate limits', () => {
  it('answers an anonymous client over its limit with 429 and Retry-After, then lets it back', async () => {
    await nextWindow()
    const answers = await burst(LIMIT + 20)
    const refused = answers.filter((answer) => answer.status === 429)
    expect(refused.length).toBeGreaterThanOrEqual(20)
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(await refused[0]!.json()).toMatchObject({ error: { status: 429, name: 'TooManyRequestsError' } })
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(LIMIT)

    const graphql = await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ pillars { key } }"}' })
    expect(graphql.status).toBe(429)

    await nextWindow()
    expect((await fetch(`${cmsUrl()}/api/pillars`)).status).toBe(200)
  })

  it('does not raise the limit for a token nobody issued', async () => {
    await nextWindow()
    const answers = await burst(LIMIT + 20, { authorization: 'Bearer invented-token-0123456789' })
    expect(answers.some((answer) => answer.status === 429)).toBe(true)
  })

  it('gives a partner token made by a platform editor its higher limit', async () => {
    const created = await admin('/admin/api-tokens', { method: 'POST', json: { name: 'Partner portal', description: 'read-only partner', type: 'read-only', lifespan: null } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const token = created.body.data.accessKey as string
    await nextWindow()
    const answers = await burst(LIMIT + 20, { authorization: `Bearer ${token}` })
    expect(answers.map((answer) => answer.status).filter((status) => status !== 200)).toEqual([])
    expect(answers[0]!.headers.get('ratelimit-limit')).toBe(process.env.API_RATE_LIMIT_TOKEN ?? '1000')

    // Platform editors see the token's requests counted in the admin.
    let usage: Array<{ tokenName: string; requests: number; day: string }> = []
    for (let attempt = 0; attempt < 20 && !usage.some((row) => row.requests >= LIMIT + 20); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      usage = (await admin('/content-manager/collection-types/api::api-token-usage.api-token-usage?filters[tokenName][$eq]=Partner%20portal')).body.results
    }
    expect(usage).toEqual([expect.objectContaining({ tokenName: 'Partner portal', requests: LIMIT + 20, day: new Date().toISOString().slice(0, 10) })])
  })
})
