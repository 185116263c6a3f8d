import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../../src/content-types'
import { admin, graphql, rest } from '../support/clients.ts'

// Issue 13 follow-up: a read-only partner token reads everything an anonymous visitor reads.
// Strapi lets read-only tokens through only to `find`/`findOne` actions, so `GET /api/i18n/locales`
// (listLocales, which the public role holds) answered partners 403 and visitors 200.
const unique = randomUUID().slice(0, 8)
let partner: Record<string, string>

const schemaOf = (uid: string) => {
  const name = uid.split('.').pop()!
  const file = path.resolve(import.meta.dirname, `../../src/api/${name}/content-types/${name}/schema.json`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { info: { singularName: string; pluralName: string } }).info
}

const GRAPHQL_READS: Record<string, string> = {
  i18NLocales: '{ i18NLocales { code } }',
  initiativeCountryCounts: '{ initiativeCountryCounts { code count } }',
  pillars: '{ pillars { documentId } }',
  homePage: '{ homePage { documentId } }',
}

let restReads: string[] = []

beforeAll(async () => {
  const made = await admin('/admin/api-tokens', { method: 'POST', json: { name: `Partner reads ${unique}`, description: 'read-only partner', type: 'read-only', lifespan: null } })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  partner = { authorization: `Bearer ${made.body.data.accessKey}` }
  const lists = PUBLIC_COLLECTION_TYPES.map((uid) => `/api/${schemaOf(uid).pluralName}`)
  const singles = PUBLIC_SINGLE_TYPES.map((uid) => `/api/${schemaOf(uid).singularName}`)
  const ones: string[] = []
  for (const list of lists) {
    const first = (await rest(`${list}?pagination[pageSize]=1`)).body?.data?.[0]?.documentId as string | undefined
    if (first) ones.push(`${list}/${first}`)
  }
  restReads = ['/api/i18n/locales', '/api/i18n/locales?locale=cs', ...lists, ...ones, ...singles, '/graphql/schema.graphql']
})

describe('a read-only partner token', () => {
  it('reads every REST route an anonymous visitor reads', async () => {
    const anonymous: Record<string, number> = {}
    const withToken: Record<string, number> = {}
    for (const read of restReads) {
      anonymous[read] = (await rest(read)).status
      withToken[read] = (await rest(read, { headers: partner })).status
    }
    expect(anonymous['/api/i18n/locales']).toBe(200)
    expect(withToken).toEqual(anonymous)
  })

  it('reads the same locales a visitor does', async () => {
    const visitor = await rest('/api/i18n/locales')
    const token = await rest('/api/i18n/locales', { headers: partner })
    expect(token.status).toBe(200)
    expect(token.body).toEqual(visitor.body)
  })

  it('answers every GraphQL query a visitor may ask', async () => {
    for (const [name, query] of Object.entries(GRAPHQL_READS)) {
      const visitor = await graphql(query)
      if (visitor.errors?.length) continue
      const token = await graphql(query, {}, partner)
      expect(token.errors, name).toBeUndefined()
      expect(token.data, name).toEqual(visitor.data)
    }
  })

  it('still writes nothing, and an unknown token is still refused', async () => {
    expect((await rest('/api/pillars', { method: 'POST', headers: { ...partner, 'content-type': 'application/json' }, body: JSON.stringify({ data: { name: 'x' } }) })).status).toBeGreaterThanOrEqual(400)
    expect((await rest('/api/i18n/locales', { headers: { authorization: 'Bearer not-a-token-at-all' } })).status).toBe(401)
  })
})
