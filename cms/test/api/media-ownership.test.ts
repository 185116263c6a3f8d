import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { adminJwt, admin, asAccount, cmsUrl } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13: contributors may touch only their own files, on every route of the media library,
// and every deletion of media is in the audit trail.
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const AUDIT = 'api::audit-entry.audit-entry'
const unique = randomUUID().slice(0, 8)

let contributor: string

async function upload(jwt: string, name: string): Promise<number> {
  const form = new FormData()
  form.append('files', new Blob([new Uint8Array(PNG_1PX)], { type: 'image/png' }), name)
  const response = await fetch(`${cmsUrl()}/upload`, { method: 'POST', headers: { authorization: `Bearer ${jwt}` }, body: form })
  const body = (await response.json()) as Array<{ id: number }>
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body[0]!.id
}

const fileExists = async (id: number) => (await admin(`/upload/files/${id}`)).status === 200

beforeAll(async () => {
  contributor = await accountWithRole('Initiative contributor', `media-contributor-${unique}@example.org`)
})

describe('a contributor and the media library', () => {
  it("cannot attach another account's file to an entry by its id, a component's included", async () => {
    const email = `media-linked-${unique}@example.org`
    const linked = await accountWithRole('Initiative contributor', email)
    const users = await admin(`/admin/users?filters[email][$eq]=${encodeURIComponent(email)}`)
    const bridge = await admin('/content-manager/collection-types/api::initiative.initiative?filters[slug][$eq]=bridge&locale=en')
    const assigned = await admin('/content-manager/collection-types/api::initiative-contributor.initiative-contributor', { method: 'POST', json: { email, adminUserId: users.body.data.results[0].id, initiative: bridge.body.results[0].documentId } })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201)
    const theirs = await upload(await adminJwt(), `editors-cover-${unique}.png`)
    const own = await upload(linked, `own-cover-${unique}.png`)
    const article = (cover: number, seoImage?: number) => ({ title: `Cover ${cover} ${unique}`, slug: `cover-${cover}-${unique}`, excerpt: 'x', body: 'x', date: '2026-11-20', cover, ...(seoImage ? { seo: { metaTitle: 'x', metaDescription: 'x', shareImage: seoImage } } : {}) })
    const ARTICLE_CM = '/content-manager/collection-types/api::article.article?locale=en'
    expect((await asAccount(linked, ARTICLE_CM, { method: 'POST', json: article(theirs) })).status).toBe(403)
    expect((await asAccount(linked, ARTICLE_CM, { method: 'POST', json: article(own, theirs) })).status).toBe(403)
    const made = await asAccount(linked, ARTICLE_CM, { method: 'POST', json: article(own) })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    // Once an entry uses it, the file is changed through the entry (reviewed), not in place.
    const replacement = new FormData()
    replacement.append('files', new Blob([new Uint8Array(PNG_1PX)], { type: 'image/png' }), 'swapped.png')
    replacement.append('fileInfo', JSON.stringify({ alternativeText: 'unreviewed', caption: 'unreviewed', name: 'swapped.png' }))
    const swapped = await fetch(`${cmsUrl()}/upload?id=${own}`, { method: 'POST', headers: { authorization: `Bearer ${linked}` }, body: replacement })
    expect(swapped.status).toBe(403)
    const info = new FormData()
    info.append('fileInfo', JSON.stringify({ alternativeText: 'unreviewed', caption: 'unreviewed', name: 'swapped.png' }))
    expect((await fetch(`${cmsUrl()}/upload?id=${own}`, { method: 'POST', headers: { authorization: `Bearer ${linked}` }, body: info })).status).toBe(403)
    expect((await asAccount(linked, '/upload/actions/bulk-update', { method: 'POST', json: { updates: [{ id: own, fileInfo: { name: 'swapped.png', alternativeText: 'x', caption: 'x' } }] } })).status).toBe(403)
    expect((await admin(`/upload/files/${own}`)).body.alternativeText ?? null).not.toBe('unreviewed')
    const unused = await upload(linked, `unused-${unique}.png`)
    const renamed = new FormData()
    renamed.append('fileInfo', JSON.stringify({ alternativeText: 'mine', caption: 'mine', name: 'mine.png' }))
    expect((await fetch(`${cmsUrl()}/upload?id=${unused}`, { method: 'POST', headers: { authorization: `Bearer ${linked}` }, body: renamed })).status).toBe(200)
    await admin(`/content-manager/collection-types/api::article.article/${made.body.data.documentId}?locale=en`, { method: 'DELETE' })
    await admin(`/content-manager/collection-types/api::initiative-contributor.initiative-contributor/${assigned.body.data.documentId}`, { method: 'DELETE' })
  })

  it("cannot delete, move or rewrite another account's file through the bulk actions", async () => {
    const theirs = await upload(await adminJwt(), `editors-${unique}.png`)
    const attempts: Array<[string, object]> = [
      ['/upload/actions/bulk-delete', { fileIds: [theirs], folderIds: [] }],
      ['/upload/actions/bulk-move', { fileIds: [theirs], folderIds: [], destinationFolderId: null }],
      ['/upload/actions/bulk-update', { updates: [{ id: theirs, fileInfo: { name: 'renamed.png', alternativeText: 'x', caption: 'x' } }] }],
    ]
    for (const [path, json] of attempts) {
      const answer = await asAccount(contributor, path, { method: 'POST', json })
      expect(answer.status, `${path} ${JSON.stringify(answer.body)}`).toBe(403)
    }
    expect(await fileExists(theirs)).toBe(true)
    expect((await admin(`/upload/files/${theirs}`)).body.name).toBe(`editors-${unique}.png`)
  })

  it('cannot delete, rename or move folders, which take other accounts\' files with them', async () => {
    const folder = await admin('/upload/folders', { method: 'POST', json: { name: `Shared ${unique}`, parent: null } })
    expect(folder.status, JSON.stringify(folder.body)).toBe(201)
    const id = folder.body.data.id as number
    expect((await asAccount(contributor, '/upload/actions/bulk-delete', { method: 'POST', json: { fileIds: [], folderIds: [id] } })).status).toBe(403)
    expect((await asAccount(contributor, `/upload/folders/${id}`, { method: 'PUT', json: { name: 'taken', parent: null } })).status).toBe(403)
    expect((await admin(`/upload/folders/${id}`)).body.data.name).toBe(`Shared ${unique}`)
  })

  it('deletes its own files in bulk, and the audit trail records it', async () => {
    const own = await upload(contributor, `own-${unique}.png`)
    const deleted = await asAccount(contributor, '/upload/actions/bulk-delete', { method: 'POST', json: { fileIds: [own], folderIds: [] } })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(await fileExists(own)).toBe(false)
    const trail = await admin(`/content-manager/collection-types/${AUDIT}?filters[contentType][$eq]=plugin::upload.file&filters[entryDocumentId][$eq]=${own}`)
    expect(trail.body.results).toEqual([expect.objectContaining({ action: 'delete', entryTitle: `own-${unique}.png`, userEmail: `media-contributor-${unique}@example.org` })])
  })
})
