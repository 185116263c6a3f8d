import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'
import { fetchPublicSchema } from '../support/public-schema.ts'

describe('the published GraphQL contract', () => {
  it('is what shared/schema.graphql says (run `pnpm --filter @sparks/cms schema:print` after changing the content model)', async () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../../shared/schema.graphql'), 'utf8')
    expect(await fetchPublicSchema(cmsUrl())).toBe(committed)
  })

  it('is served at a stable URL for other projects', async () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../../shared/schema.graphql'), 'utf8')
    const response = await fetch(`${cmsUrl()}/graphql/schema.graphql`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/plain')
    expect(await response.text()).toBe(committed)
  })
})
