import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admin, adminJwt, cmsUrl, graphql, rest } from '../support/clients.ts'

// The media library is not public content: Strapi's content-API upload routes and GraphQL
// queries listed every file, those only a draft uses included, and with `related` the entries
// using them, drafts included. A file is public once a published entry shows it, and only there.

const INITIATIVE = '/content-manager/collection-types/api::initiative.initiative'
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const marker = `media${randomUUID().slice(0, 8)}`
const draftName = `${marker} initiative nobody has published`
const created: string[] = []
let draftFile: { id: number; documentId: string; name: string }
let publishedFile: { id: number; name: string }
let partnerToken = ''

async function upload(name: string): Promise<{ id: number; documentId: string; name: string }> {
  const form = new FormData()
  form.append('files', new Blob([new Uint8Array(PNG_1PX)], { type: 'image/png' }), name)
  const response = await fetch(`${cmsUrl()}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await adminJwt()}` }, body: form })
  expect(response.status).toBe(201)
  return ((await response.json()) as Array<{ id: number; documentId: string; name: string }>)[0]!
}

async function initiative(slug: string, name: string, logo: number, publish: boolean): Promise<void> {
  const answer = await admin(`${INITIATIVE}?locale=en`, { method: 'POST', json: { name, slug, summary: `About ${slug}.`, logo } })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  created.push(answer.body.data.documentId)
  if (publish) expect((await admin(`${INITIATIVE}/${answer.body.data.documentId}/actions/publish?locale=en`, { method: 'POST', json: {} })).status).toBe(200)
}

beforeAll(async () => {
  draftFile = await upload(`${marker}-draft-logo.png`)
  publishedFile = await upload(`${marker}-published-logo.png`)
  await initiative(`${marker}-draft`, draftName, draftFile.id, false)
  await initiative(`${marker}-published`, `${marker} published initiative`, publishedFile.id, true)
  const token = await admin('/admin/api-tokens', { method: 'POST', json: { name: `Partner ${marker}`, description: 'read-only partner', type: 'read-only', lifespan: null } })
  expect(token.status, JSON.stringify(token.body)).toBe(201)
  partnerToken = token.body.data.accessKey
})

afterAll(async () => {
  for (const documentId of created) await admin(`${INITIATIVE}/${documentId}?locale=en`, { method: 'DELETE' })
})

const clients = { 'anonymous': () => ({}), 'partner token': () => ({ authorization: `Bearer ${partnerToken}` }) }

describe('the media library stays private', () => {
  for (const [client, headers] of Object.entries(clients)) {
    it(`${client}: no REST route lists or opens files`, async () => {
      for (const path of ['/api/upload/files', '/api/upload/files?populate=related', '/api/upload/files/page', `/api/upload/files/${draftFile.id}`, `/api/upload/files/${draftFile.id}?populate=*`]) {
        const answer = await rest(path, { headers: headers() })
        expect([403, 404, 405], path).toContain(answer.status)
        expect(JSON.stringify(answer.body), path).not.toContain(marker)
      }
    })

    it(`${client}: GraphQL has no file queries and no file uses`, async () => {
      for (const query of [
        `{ uploadFiles { name } }`,
        `{ uploadFiles_connection { nodes { name } } }`,
        `{ uploadFile(documentId: "${draftFile.documentId}") { name } }`,
        `{ initiatives { logo { url related { __typename } } } }`,
      ]) {
        const answer = await graphql(query, {}, headers())
        expect(answer.status, query).toBe(400)
        expect(answer.errors?.[0]?.message, query).toMatch(/Cannot query field/)
      }
    })

    it(`${client}: a file reaches the public through the published entry that shows it, never its uses`, async () => {
      const listed = await graphql<{ initiatives: Array<{ logo: { name: string } | null }> }>(`{ initiatives(filters: { slug: { startsWith: "${marker}" } }) { slug logo { name url } } }`, {}, headers())
      expect(listed.errors).toBeUndefined()
      expect(listed.data!.initiatives.map((entry) => entry.logo?.name)).toEqual([publishedFile.name])

      const populated = await rest(`/api/initiatives?filters[slug][$startsWith]=${marker}&populate[logo][populate]=related`, { headers: headers() })
      const deep = await rest(`/api/initiatives?filters[slug][$startsWith]=${marker}&populate[logo][populate][related]=*`, { headers: headers() })
      for (const answer of [populated, deep]) {
        const text = JSON.stringify(answer.body)
        expect(text).not.toContain(draftName)
        expect(text).not.toContain(draftFile.name)
        expect(text).not.toContain('"related"')
      }
      const plain = await rest(`/api/initiatives?filters[slug][$startsWith]=${marker}&populate=logo`, { headers: headers() })
      expect(plain.body.data.map((entry: { logo: { name: string } | null }) => entry.logo?.name)).toEqual([publishedFile.name])
    })
  }
})
