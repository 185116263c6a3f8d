import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'
import { changedTables, rowCounts } from '../support/db-probe.ts'
import { hostileGraphqlRequest, type HostileRequest } from '../support/hostile-graphql.ts'

// Generated malformed and hostile GraphQL requests against the real CMS: broken syntax, mutated
// shared documents, deep/wide/aliased/cyclic queries, injection strings and prototype keys in
// variables, batches, wrong content types. None may crash a request (5xx) or write a row.

const COUNT = Number(process.env.HOSTILE_GRAPHQL_COUNT ?? 1000)
const SEED = Number(process.env.HOSTILE_SEED ?? Date.now() % 1_000_000)
const CONCURRENCY = 6

async function send(request: HostileRequest): Promise<number> {
  // The site's key exempts these requests from the per-client rate limit (a 429 would hide the
  // answer); it grants no other right, so the CMS treats them as anonymous otherwise.
  const headers: Record<string, string> = { 'x-sparks-site-key': inject('siteKey') }
  if (request.contentType) headers['content-type'] = request.contentType
  const response = request.method === 'GET'
    ? await fetch(`${cmsUrl()}/graphql?${request.payload}`, { headers })
    : await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers, body: request.payload })
  await response.arrayBuffer()
  return response.status
}

describe(`${COUNT} generated hostile GraphQL requests (seed ${SEED}, HOSTILE_SEED=${SEED} repeats them)`, () => {
  it('get no 5xx answer and write no row', { timeout: 240_000 }, async () => {
    const requests = fc.sample(hostileGraphqlRequest, { numRuns: COUNT, seed: SEED })
    const before = await rowCounts(inject('dbProbeUrl'))

    const statuses = new Map<number, number>()
    const crashes: Array<{ status: number; request: HostileRequest }> = []
    let next = 0
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!
        const status = await send(request)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        if (status >= 500) crashes.push({ status, request: { ...request, payload: request.payload.slice(0, 500) } })
      }
    }))

    // The CMS still answers normally afterwards.
    const healthy = await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ pillars { key } }' }) })
    expect(healthy.status).toBe(200)

    const after = await rowCounts(inject('dbProbeUrl'))
    console.info(`hostile GraphQL: ${requests.length} requests, answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, ${Object.keys(before).length} tables counted`)
    expect(requests.length).toBe(COUNT)
    expect(crashes).toEqual([])
    expect(changedTables(before, after)).toEqual({})
  })

  it('refuses the fragment cycle that crashed the depth limiter, however it is sent', async () => {
    const cycle = 'query A { ...F } fragment F on Query { ...G } fragment G on Query { ...F }'
    const sends = [
      fetch(`${cmsUrl()}/graphql?query=${encodeURIComponent(cycle)}`),
      fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: cycle }) }),
      fetch(`${cmsUrl()}/graphql?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: cycle }) }),
      fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(JSON.stringify({ query: cycle })) }),
      fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ...Missing }' }) }),
    ]
    const statuses = await Promise.all(sends.map(async (sent) => (await sent).status))
    expect(statuses).toEqual([400, 400, 400, 415, 400])
  })
})
