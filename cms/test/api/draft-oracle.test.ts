import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, graphql, rest } from '../support/clients.ts'

// Draft text must not be guessable through filters or sorts: a relation filter joins the target's
// rows, and in Strapi 5 those include draft rows, draft edits and unpublished locales (through
// `localizations`, which joins every row of the document). Each probe below is sent with the
// right guess and a wrong one; the two answers must be identical.

const CM = '/content-manager/collection-types'
const INITIATIVE = `${CM}/api::initiative.initiative`
const ORG = `${CM}/api::organisation.organisation`
const PILLAR_KEY = 'prevention'

const marker = `zq${randomUUID().slice(0, 8)}`
/** Planted texts nobody outside the admin may learn. */
const SECRETS = {
  draftEdit: `${marker} draft edit of a published initiative`,
  unpublishedLocale: `${marker} unpublished French locale`,
  draftDocument: `${marker} never published initiative`,
  draftOrganisation: `${marker} never published organisation`,
  unpublishedOrganisation: `${marker} draft name of an organisation since unpublished`,
}
const PUBLISHED_SUMMARY = `${marker} published summary`
const slug = `oracle-${marker}`

const created: Array<{ base: string; documentId: string; locales: string[] }> = []
let partnerToken = ''

const ok = (answer: { status: number; body: any }, expected = 200) => {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 400)).toBe(expected)
  return answer.body.data as { documentId: string }
}

beforeAll(async () => {
  const pillars = await admin(`${CM}/api::pillar.pillar?filters[key][$eq]=${PILLAR_KEY}&locale=en`)
  const pillar = pillars.body.results[0].documentId as string

  const { documentId: draftOrg } = ok(await admin(ORG, { method: 'POST', json: { name: SECRETS.draftOrganisation, slug: `${slug}-org`, type: 'ngo' } }), 201)
  created.push({ base: ORG, documentId: draftOrg, locales: [''] })

  const { documentId: laterOrg } = ok(await admin(ORG, { method: 'POST', json: { name: `${slug} partner`, slug: `${slug}-partner`, type: 'ngo' } }), 201)
  created.push({ base: ORG, documentId: laterOrg, locales: [''] })
  ok(await admin(`${ORG}/${laterOrg}/actions/publish`, { method: 'POST', json: {} }))

  // Published in English, linked to both organisations; then a draft edit and a French draft.
  const { documentId: initiative } = ok(await admin(`${INITIATIVE}?locale=en`, {
    method: 'POST',
    json: { name: slug, slug, summary: PUBLISHED_SUMMARY, pillars: { connect: [{ documentId: pillar, locale: 'en' }] }, partners: { connect: [{ documentId: draftOrg }, { documentId: laterOrg }] } },
  }), 201)
  created.push({ base: INITIATIVE, documentId: initiative, locales: ['fr', 'en'] })
  ok(await admin(`${INITIATIVE}/${initiative}/actions/publish?locale=en`, { method: 'POST', json: {} }))
  // The partner is renamed in a draft and taken offline: only its draft row is left.
  ok(await admin(`${ORG}/${laterOrg}`, { method: 'PUT', json: { name: SECRETS.unpublishedOrganisation } }))
  ok(await admin(`${ORG}/${laterOrg}/actions/unpublish`, { method: 'POST', json: {} }))
  ok(await admin(`${INITIATIVE}/${initiative}?locale=en`, { method: 'PUT', json: { summary: SECRETS.draftEdit } }))
  ok(await admin(`${INITIATIVE}/${initiative}?locale=fr`, { method: 'PUT', json: { name: `${slug} fr`, slug, summary: SECRETS.unpublishedLocale } }))

  // Never published, in a published pillar.
  const { documentId: draft } = ok(await admin(`${INITIATIVE}?locale=en`, {
    method: 'POST',
    json: { name: `${slug}-draft`, slug: `${slug}-draft`, summary: SECRETS.draftDocument, pillars: { connect: [{ documentId: pillar, locale: 'en' }] } },
  }), 201)
  created.push({ base: INITIATIVE, documentId: draft, locales: ['en'] })

  const token = await admin('/admin/api-tokens', { method: 'POST', json: { name: `Partner ${marker}`, description: 'read-only partner', type: 'read-only', lifespan: null } })
  expect(token.status, JSON.stringify(token.body)).toBe(201)
  partnerToken = token.body.data.accessKey
})

afterAll(async () => {
  for (const { base, documentId, locales } of created.reverse()) {
    for (const locale of locales) await admin(`${base}/${documentId}${locale ? `?locale=${locale}` : ''}`, { method: 'DELETE' })
  }
})

const q = encodeURIComponent
/** REST probes: the guessed text goes where `G` is. */
const REST_PROBES = (guess: string) => [
  `/api/initiatives?filters[localizations][summary][$contains]=${q(guess)}&fields[0]=slug`,
  `/api/initiatives?filters[localizations][localizations][summary][$startsWith]=${q(guess)}&fields[0]=slug`,
  `/api/initiatives?filters[$not][localizations][summary][$contains]=${q(guess)}&fields[0]=slug&filters[slug][$eq]=${slug}`,
  `/api/initiatives?filters[$or][0][slug][$eq]=nothing&filters[$or][1][localizations][summary][$contains]=${q(guess)}&fields[0]=slug`,
  `/api/initiatives?filters[partners][name][$startsWith]=${q(guess)}&fields[0]=slug`,
  `/api/organisations?filters[partnerIn][summary][$contains]=${q(guess)}&fields[0]=slug`,
  `/api/organisations?filters[partnerIn][localizations][summary][$contains]=${q(guess)}&fields[0]=slug`,
  `/api/pillars?filters[initiatives][summary][$contains]=${q(guess)}&fields[0]=key`,
  `/api/pillars?filters[initiatives][localizations][summary][$contains]=${q(guess)}&fields[0]=key&locale=fr`,
  `/api/pillars?fields[0]=key&populate[initiatives][fields][0]=slug&populate[initiatives][filters][localizations][summary][$contains]=${q(guess)}`,
  `/api/initiatives?filters[slug][$eq]=${slug}&fields[0]=slug&populate[localizations][fields][0]=summary`,
]
const GRAPHQL_PROBES = [
  `query ($g: String) { initiatives(filters: { localizations: { summary: { contains: $g } } }) { slug } }`,
  `query ($g: String) { initiatives(filters: { not: { localizations: { summary: { contains: $g } } } }, pagination: { limit: 100 }) { slug } }`,
  `query ($g: String) { initiatives_connection(filters: { partners: { name: { startsWith: $g } } }) { pageInfo { total } } }`,
  `query ($g: String) { organisations(filters: { partnerIn: { localizations: { summary: { contains: $g } } } }) { slug } }`,
  `query ($g: String) { pillars { key initiatives(filters: { localizations: { summary: { contains: $g } } }) { slug } } }`,
  `query ($g: String) { pillars(locale: "fr") { key initiatives(filters: { summary: { contains: $g } }) { slug } } }`,
  `query ($g: String) { organisations(filters: { slug: { eq: "${slug}-org" } }) { partnerIn(filters: { localizations: { summary: { contains: $g } } }) { slug } } }`,
  `query ($g: String) { initiativeCountryCounts(filters: { localizations: { summary: { contains: $g } } }) { code count } }`,
]

// An anonymous request as the site's server forwards it (`/api/cms`: the site key lifts the rate
// limit, nothing else), a partner's read-only token, and a plain anonymous request (rate-limited,
// so it gets the first probes only).
type Client = 'anonymous through the site' | 'partner token' | 'anonymous'
const headersOf = (client: Client): Record<string, string> =>
  client === 'partner token' ? { authorization: `Bearer ${partnerToken}` } : client === 'anonymous' ? {} : { 'x-sparks-site-key': inject('siteKey') }
const probesFor = <T>(client: Client, probes: T[]) => (client === 'anonymous' ? probes.slice(0, 2) : probes)

describe('draft text cannot be told apart through filters and sorts', () => {
  it('the planted texts are there for an editor, and a filter on published text still matches', async () => {
    const drafts = await admin(`${INITIATIVE}?filters[summary][$startsWith]=${marker}&locale=en`)
    expect(drafts.body.results.map((row: { summary: string }) => row.summary).sort()).toEqual([SECRETS.draftDocument, SECRETS.draftEdit].sort())
    const matched = await rest(`/api/initiatives?filters[localizations][summary][$contains]=${q(PUBLISHED_SUMMARY)}&fields[0]=slug`)
    expect(matched.body.data.map((row: { slug: string }) => row.slug)).toEqual([slug])
    const nested = await graphql(`query ($g: String) { pillars { initiatives(filters: { localizations: { summary: { contains: $g } } }) { slug } } }`, { g: PUBLISHED_SUMMARY })
    expect(JSON.stringify(nested.data)).toContain(slug)
  })

  for (const client of ['anonymous through the site', 'partner token', 'anonymous'] as const) {
    for (const [name, secret] of Object.entries(SECRETS)) {
      it(`REST, ${client}: the ${name} answers as a wrong guess does`, async () => {
        const right = probesFor(client, REST_PROBES(secret))
        const wrong = REST_PROBES(`${marker} wrong guess`)
        for (const [index, path] of right.entries()) {
          const [a, b] = await Promise.all([rest(path, { headers: headersOf(client) }), rest(wrong[index]!, { headers: headersOf(client) })])
          expect([a.status, b.status], path).toEqual([200, 200])
          expect(a.body, path).toEqual(b.body)
          expect(JSON.stringify(a.body), path).not.toContain(secret)
        }
      })

      it(`GraphQL, ${client}: the ${name} answers as a wrong guess does`, async () => {
        for (const query of probesFor(client, GRAPHQL_PROBES)) {
          const [a, b] = await Promise.all([graphql(query, { g: secret }, headersOf(client)), graphql(query, { g: `${marker} wrong guess` }, headersOf(client))])
          expect([a.status, a.errors, b.status, b.errors], query).toEqual([200, undefined, 200, undefined])
          expect(a.data, query).toEqual(b.data)
        }
      })
    }
  }

  it('sorts through a relation are refused (a sort join cannot be limited to published rows)', async () => {
    for (const sort of ['localizations.summary:asc', 'partners.name:desc', 'pillars.initiatives.summary:asc']) {
      const answer = await rest(`/api/initiatives?sort=${q(sort)}&fields[0]=slug`, { headers: headersOf('partner token') })
      expect(answer.status, sort).toBe(400)
    }
    const nested = await rest(`/api/pillars?populate[initiatives][sort]=${q('localizations.summary:asc')}`, { headers: headersOf('partner token') })
    expect(nested.status).toBe(400)
    for (const query of [`{ initiatives(sort: "localizations.summary:asc") { slug } }`, `{ pillars { initiatives(sort: "partners.name:asc") { slug } } }`]) {
      const answer = await graphql(query, {}, headersOf('partner token'))
      expect(answer.errors?.[0]?.message, query).toMatch(/Sorting on the relation/)
      expect(JSON.stringify(answer.data ?? null), query).not.toContain(slug)
    }
    // Sorting on the entry's own fields and through components is unaffected.
    expect((await rest(`/api/initiatives?sort=name:asc&fields[0]=slug`, { headers: headersOf('partner token') })).status).toBe(200)
  })
})
