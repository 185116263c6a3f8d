// The seeded CMS comes from the CMS package's own test setup (see vitest.config.ts).
import type {} from '../../../cms/test/support/global-setup.ts'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

const guide = readFileSync(path.resolve(import.meta.dirname, '../../../web/content/en/api.md'), 'utf8')
const examples = [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!)
/** Values for the variables the guide's examples declare. */
const variables = { slug: 'bridge' }

describe('every GraphQL example in the published API guide', () => {
  it('is there to try', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4)
  })

  for (const [index, query] of examples.entries()) {
    it(`example ${index + 1} runs anonymously against a seeded CMS and finds content`, async () => {
      const response = await fetch(`${inject('cmsUrl')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
      expect(body.errors).toBeUndefined()
      for (const [field, value] of Object.entries(body.data ?? {})) {
        expect(Array.isArray(value) ? value.length : value, `${field} in example ${index + 1}`).toBeTruthy()
      }
    })
  }
})
