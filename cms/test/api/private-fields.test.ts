import { describe, expect, it } from 'vitest'
import { graphql, rest } from '../support/clients.ts'

// The GHSA-rjg2-95x7-8qmx class: reading admin users' e-mails or password hashes one character
// at a time through filters, sorts or populate on createdBy/updatedBy.
const probes = [
  'filters[createdBy][email][$startsWith]=e',
  'filters[updatedBy][password][$startsWith]=$',
  'filters[createdBy][id][$notNull]=true',
  'filters[$or][0][createdBy][email][$contains]=@',
  'sort=createdBy.email:asc',
  'populate=createdBy',
  'populate[createdBy][fields][0]=email',
  'fields[0]=createdBy',
  'filters[localizations][createdBy][email][$startsWith]=e',
  'populate[pillars][filters][createdBy][email][$startsWith]=e',
]

describe('admin and private fields cannot be reached anonymously', () => {
  for (const probe of probes) {
    it(`REST refuses ${probe}`, async () => {
      const answer = await rest(`/api/initiatives?${probe}`)
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(400)
      expect(JSON.stringify(answer.body)).not.toMatch(/editor@sparks\.test|\$2[aby]\$/)
    })
  }

  it('GraphQL has no createdBy or updatedBy to filter, sort or select on', async () => {
    const filter = await graphql(`{ initiatives(filters: { createdBy: { email: { startsWith: "e" } } }) { name } }`)
    expect(filter.status).toBe(400)
    const select = await graphql(`{ initiatives { name createdBy { email } } }`)
    expect(select.status).toBe(400)
    const sort = await graphql(`{ initiatives(sort: "createdBy.email:asc") { name } }`)
    expect(sort.errors?.length ?? 0).toBeGreaterThan(0)
    expect(JSON.stringify(sort)).not.toContain('editor@sparks.test')
  })
})
