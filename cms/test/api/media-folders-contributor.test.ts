import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, adminJwt, asAccount, cmsUrl } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13: folders belong to the platform editors. A contributor keeps files in the root and
// cannot put one into an editor's folder on any route that sets a folder.
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const unique = randomUUID().slice(0, 8)

let contributor: string
let folder: number

const png = () => new Blob([new Uint8Array(PNG_1PX)], { type: 'image/png' })

async function multipart(path: string, name: string, fileInfo: object | undefined, withFile = true): Promise<{ status: number; body: any }> {
  const form = new FormData()
  if (withFile) form.append('files', png(), name)
  if (fileInfo) form.append('fileInfo', JSON.stringify(fileInfo))
  const response = await fetch(`${cmsUrl()}${path}`, { method: 'POST', headers: { authorization: `Bearer ${contributor}` }, body: form })
  const text = await response.text()
  let body: unknown = text
  try { body = JSON.parse(text) } catch { /* not JSON */ }
  return { status: response.status, body }
}

const filesInFolder = async () => ((await admin(`/upload/files?filters[folder][id][$eq]=${folder}`)).body.results ?? []) as unknown[]

beforeAll(async () => {
  contributor = await accountWithRole('Initiative contributor', `folders-contributor-${unique}@example.org`)
  const created = await admin('/upload/folders', { method: 'POST', json: { name: `Editors ${unique}`, parent: null } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  folder = created.body.data.id
})

describe("a contributor and the editors' folders", () => {
  it('cannot upload into a folder, on either upload route, with the folder as a number or a string', async () => {
    for (const value of [folder, String(folder)]) {
      const many = await multipart('/upload', `into-${unique}.png`, { name: `into-${unique}.png`, folder: value })
      expect(many.status, JSON.stringify(many.body)).toBe(403)
      const one = await multipart('/upload/files', `into-one-${unique}.png`, { name: `into-one-${unique}.png`, folder: value })
      expect(one.status, JSON.stringify(one.body)).toBe(403)
    }
    expect(await filesInFolder()).toEqual([])
  })

  it('cannot move or replace an own file into a folder: file update, replace, bulk update and bulk move', async () => {
    const made = await multipart('/upload', `own-${unique}.png`, undefined)
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const own = made.body[0].id as number
    const info = { name: `own-${unique}.png`, alternativeText: null, caption: null, folder }
    const attempts = [
      await asAccount(contributor, `/upload/files/${own}`, { method: 'PUT', json: { fileInfo: info } }),
      await multipart(`/upload?id=${own}`, 'x.png', info, false),
      await multipart(`/upload?id=${own}`, `own-${unique}.png`, info),
      await multipart(`/upload/files/${own}/replace`, `own-${unique}.png`, info),
      await asAccount(contributor, '/upload/actions/bulk-update', { method: 'POST', json: { updates: [{ id: own, fileInfo: info }] } }),
      await asAccount(contributor, '/upload/actions/bulk-move', { method: 'POST', json: { fileIds: [own], folderIds: [], destinationFolderId: folder } }),
    ]
    expect(attempts.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403])
    expect(await filesInFolder()).toEqual([])
    // The root stays theirs.
    expect((await asAccount(contributor, '/upload/actions/bulk-move', { method: 'POST', json: { fileIds: [own], folderIds: [], destinationFolderId: null } })).status).toBe(200)
    expect((await asAccount(contributor, `/upload/files/${own}`, { method: 'PUT', json: { fileInfo: { ...info, folder: null, caption: 'mine' } } })).status).toBe(200)
  })
})

describe("what a contributor reads of the editors' folders", () => {
  it('counts in a folder only the files the contributor may read, on the list and the single folder', async () => {
    const form = new FormData()
    form.append('files', png(), `editors-${unique}.png`)
    form.append('fileInfo', JSON.stringify({ name: `editors-${unique}.png`, folder }))
    const uploaded = await fetch(`${cmsUrl()}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await adminJwt()}` }, body: form })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)

    const countIn = (data: Array<{ id: number; files?: { count: number } }>) => data.find((item) => item.id === folder)?.files?.count
    expect(countIn((await admin('/upload/folders')).body.data)).toBe(1)
    const list = await asAccount(contributor, '/upload/folders')
    expect(list.status).toBe(200)
    expect(countIn(list.body.data)).toBe(0)
    const one = await asAccount(contributor, `/upload/folders/${folder}`)
    expect(one.status).toBe(200)
    expect(one.body.data.files.count).toBe(0)
  })

  it('cannot count, follow or start AI-metadata jobs over the whole library', async () => {
    const attempts = [
      await asAccount(contributor, '/upload/ai-metadata-jobs/pending-count'),
      await asAccount(contributor, '/upload/ai-metadata-jobs/latest'),
      await asAccount(contributor, '/upload/ai-metadata-jobs', { method: 'POST', json: {} }),
    ]
    expect(attempts.map((answer) => answer.status)).toEqual([403, 403, 403])
  })
})
