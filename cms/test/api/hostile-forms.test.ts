import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'
import { changedTables, rowCounts } from '../support/db-probe.ts'
import { FORMS, hostileFormRequest, type HostileFormRequest } from '../support/hostile-forms.ts'

// Generated malformed and hostile submissions to every visitor form, sent as the site's server
// sends them (with its key, so they reach validation): wrong types, missing and extra fields,
// header injection in e-mails, overlong and control-character text, prototype keys, filled
// honeypots, non-JSON bodies. None may crash (5xx) and none may store a row anywhere.

const COUNT = Number(process.env.HOSTILE_FORM_COUNT ?? 1000)
const SEED = Number(process.env.HOSTILE_SEED ?? Date.now() % 1_000_000)
const CONCURRENCY = 6

async function send(form: string, request: HostileFormRequest): Promise<number> {
  const headers: Record<string, string> = { 'x-sparks-site-key': inject('siteKey') }
  if (request.contentType) headers['content-type'] = request.contentType
  const response = await fetch(`${cmsUrl()}/api/forms/${form}`, { method: 'POST', headers, body: request.body })
  await response.arrayBuffer()
  return response.status
}

describe(`${COUNT} generated hostile submissions per form (seed ${SEED}, HOSTILE_SEED=${SEED} repeats them)`, () => {
  for (const form of FORMS) {
    it(`/api/forms/${form.name}: no 5xx, no 2xx, no row stored`, { timeout: 240_000 }, async () => {
      const requests = fc.sample(hostileFormRequest(form), { numRuns: COUNT, seed: SEED })
      const before = await rowCounts(inject('dbProbeUrl'))
      const statuses = new Map<number, number>()
      const wrong: Array<{ status: number; request: HostileFormRequest }> = []
      let next = 0
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!
          const status = await send(form.name, request)
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          if (status >= 500 || status < 400) wrong.push({ status, request: { ...request, body: request.body.slice(0, 300) } })
        }
      }))
      const after = await rowCounts(inject('dbProbeUrl'))
      console.info(`hostile ${form.name} form: ${requests.length} requests, answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`)
      expect(requests.length).toBe(COUNT)
      expect(wrong.slice(0, 5)).toEqual([])
      expect(changedTables(before, after)).toEqual({})
    })
  }
})
