import { afterAll, describe, expect, inject, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'

// Strapi's router matches case-insensitively and ignores a trailing slash: every spelling below
// reaches the same handler, so every protection must see each of them.

const REST = ['/api/pillars', '/API/pillars', '/Api/Pillars', '/api/pillars/', '/API/PILLARS/']
const GRAPHQL = ['/graphql', '/GraphQL', '/graphql/', '/GRAPHQL/']
const CYCLE = 'query A { ...F } fragment F on Query { ...G } fragment G on Query { ...F }'
const CHEAP = '{ __typename }'

const LIMIT = Number(process.env.API_RATE_LIMIT ?? 100)
const WINDOW_MS = Number(process.env.API_RATE_LIMIT_WINDOW_SECONDS ?? 4) * 1000
const nextWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() % WINDOW_MS) + 30))
/** The site's key: exempt from the rate limit, so the other protections are seen alone. */
const site = () => ({ 'x-sparks-site-key': inject('siteKey') })
const post = (path: string, contentType: string, body: string) =>
  fetch(`${cmsUrl()}${path}`, { method: 'POST', headers: { ...site(), 'content-type': contentType }, body })

afterAll(nextWindow)

describe('every spelling of a route meets the same protections', () => {
  it('reaches the same routes under every spelling', async () => {
    for (const path of REST) expect((await fetch(`${cmsUrl()}${path}`, { headers: site() })).status, path).toBe(200)
    for (const path of GRAPHQL) {
      expect((await fetch(`${cmsUrl()}${path}?query=${encodeURIComponent(CHEAP)}`, { headers: site() })).status, path).toBe(200)
      expect((await post(path, 'application/json; charset=utf-8', JSON.stringify({ query: CHEAP }))).status, path).toBe(200)
    }
  })

  it('refuses an unknown locale under every spelling (locale guard)', async () => {
    for (const path of REST) expect((await fetch(`${cmsUrl()}${path}?locale=xx`, { headers: site() })).status, path).toBe(400)
  })

  it('refuses the fragment cycle under every spelling, over GET and JSON (document guard)', async () => {
    for (const path of GRAPHQL) {
      expect((await fetch(`${cmsUrl()}${path}?query=${encodeURIComponent(CYCLE)}`, { headers: site() })).status, `GET ${path}`).toBe(400)
      expect((await post(path, 'application/json', JSON.stringify({ query: CYCLE }))).status, `POST ${path}`).toBe(400)
      expect((await post(`${path}?x=1`, 'application/json', JSON.stringify({ query: CYCLE }))).status, `POST ${path}?x=1`).toBe(400)
    }
  })

  it('refuses every body type but JSON with 415, the cycle and harmless queries alike', async () => {
    const boundary = 'sparks-boundary'
    const bodies = (query: string): Array<[string, string]> => [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(query)}`],
      [`multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: form-data; name="query"\r\n\r\n${query}\r\n--${boundary}--\r\n`],
      ['text/plain', JSON.stringify({ query })],
      ['application/graphql', query],
      ['application/vnd.api+json', JSON.stringify({ query })],
    ]
    const answers: string[] = []
    for (const path of GRAPHQL) {
      for (const query of [CYCLE, CHEAP]) {
        for (const [type, body] of bodies(query)) answers.push(`${path} ${type.split(';')[0]} ${(await post(path, type, body)).status}`)
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(' 415'))).toEqual([])
  })

  it('counts every spelling against one client limit (rate limit)', async () => {
    await nextWindow()
    const paths = [...REST, ...GRAPHQL.map((path) => `${path}?query=${encodeURIComponent(CHEAP)}`)]
    const requests = Array.from({ length: LIMIT + paths.length * 3 }, (_, index) => paths[index % paths.length]!)
    const answers = await Promise.all(requests.map(async (path) => ({ path, status: (await fetch(`${cmsUrl()}${path}`)).status })))
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(LIMIT)
    const limited = new Set(answers.filter((answer) => answer.status === 429).map((answer) => answer.path))
    expect(paths.filter((path) => !limited.has(path))).toEqual([])
  })
})
