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
})
