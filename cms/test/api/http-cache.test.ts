import { describe, expect, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'

const get = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/graphql?query=${encodeURIComponent(query)}`, { headers })

describe('GraphQL over GET is cacheable by a partner’s CDN', () => {
  it('answers with Cache-Control and an ETag, and 304 when nothing changed', async () => {
    const first = await get('{ pillars(locale: "en") { key name } }')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=60/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{32}"$/)
    expect((await first.json()).data.pillars).toHaveLength(4)

    const again = await get('{ pillars(locale: "en") { key name } }', { 'if-none-match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('gives each language its own answer and tag', async () => {
    const english = await get('{ pillars(locale: "en") { name } }')
    const czech = await get('{ pillars(locale: "cs") { name } }')
    expect(english.headers.get('etag')).not.toBe(czech.headers.get('etag'))
    const stale = await get('{ pillars(locale: "cs") { name } }', { 'if-none-match': english.headers.get('etag')! })
    expect(stale.status).toBe(200)
  })

  it('never caches an answer with errors', async () => {
    const broken = await get('{ pillars { noSuchField } }')
    expect(broken.status).toBe(400)
    expect(broken.headers.get('cache-control')).toBe('no-store')
    expect(broken.headers.get('etag')).toBeNull()
  })

  it('lets any origin read, without credentials', async () => {
    const read = await get('{ pillars { key } }', { origin: 'https://partner.example' })
    // '*' or the caller's origin echoed: both let any site read, and neither sends credentials.
    expect(['*', 'https://partner.example']).toContain(read.headers.get('access-control-allow-origin'))
    expect(read.headers.get('access-control-allow-credentials')).toBeNull()
    const preflight = await fetch(`${cmsUrl()}/graphql`, {
      method: 'OPTIONS',
      headers: { 'origin': 'https://partner.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBeLessThan(300)
    expect(['*', 'https://partner.example']).toContain(preflight.headers.get('access-control-allow-origin'))
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
  })
})
