// The seeded CMS comes from the CMS package's own test setup (see vitest.config.ts).
import type {} from '../../../cms/test/support/global-setup.ts'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, inject, it } from 'vitest'
import { createSparksClient, SparksApiError } from '@sparks/shared/client'
import { queries } from '@sparks/shared/graphql'

const run = promisify(execFile)
const cms = { get url() { return inject('cmsUrl') } }

describe('a partner project, using only the published client and documents', () => {
  it('renders the initiatives of one pillar in German, in English where no translation exists', async () => {
    const { stdout } = await run(process.execPath, [path.resolve(import.meta.dirname, '../render-initiatives.ts'), '--pillar', 'detection', '--locale', 'de'], {
      env: { ...process.env, SPARKS_API: `${cms.url}/graphql` },
    })
    expect(stdout).toContain('data-pillar="detection"')
    expect(stdout).toContain('<h2>ARICA</h2>')
    expect(stdout).toContain('<h2>ECPAT Project Beacon</h2>')
    expect(stdout.match(/<li lang="en">/g)).toHaveLength(2)
  })

  it('shows the Czech text where there is one', async () => {
    const { stdout } = await run(process.execPath, [path.resolve(import.meta.dirname, '../render-initiatives.ts'), '--pillar', 'prevention', '--locale', 'cs'], {
      env: { ...process.env, SPARKS_API: `${cms.url}/graphql` },
    })
    expect(stdout).toMatch(/<li lang="cs"><h2>BRIDGE<\/h2>/)
    expect(stdout).toMatch(/<li lang="en"><h2>/)
  })

  it('types results from the shared documents and reports failures by kind', async () => {
    const client = createSparksClient({ url: `${cms.url}/graphql` })
    const { pillars } = await client.query(queries.PillarsQuery, { locale: 'cs' })
    expect(pillars.map((pillar) => pillar?.key)).toEqual(['prevention', 'detection', 'investigation', 'victim_support'])

    const refused = await client.query(queries.InitiativeDirectoryQuery, { locale: 'en', page: 1, pageSize: 5, filters: { notAField: { eq: 1 } } as never }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(SparksApiError)
    expect((refused as SparksApiError).kind).toBe('graphql')

    const unreachable = await createSparksClient({ url: 'http://127.0.0.1:9/graphql' }).query(queries.PillarsQuery, {}).catch((error: unknown) => error)
    expect((unreachable as SparksApiError).kind).toBe('network')

    const notGraphql = await createSparksClient({ url: `${cms.url}/no-such-endpoint` }).query(queries.PillarsQuery, {}).catch((error: unknown) => error)
    expect((notGraphql as SparksApiError).kind).toBe('http')
    expect((notGraphql as SparksApiError).status).toBeGreaterThanOrEqual(400)
  })
})
