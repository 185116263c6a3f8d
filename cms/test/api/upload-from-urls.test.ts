import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admin, adminJwt, asAccount, cmsUrl } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13: `upload-from-urls` makes the CMS fetch URLs. An editor or contributor must not be
// able to aim it at the machine itself (0.0.0.0 slips past Strapi's own address check), and what
// it fetches must pass the same byte signature check as any upload.
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const unique = randomUUID().slice(0, 8)
const ROUTE = '/upload/actions/upload-from-urls'

let internal: Server
let internalPort: number
const requestsSeen: string[] = []

beforeAll(async () => {
  // Stands for a service on the CMS's own network: only this machine can reach it.
  internal = createServer((request, response) => {
    requestsSeen.push(request.url ?? '')
    if (request.url?.startsWith('/real')) return response.writeHead(200, { 'content-type': 'image/png' }).end(PNG_1PX)
    response.writeHead(200, { 'content-type': 'image/png' }).end('<html><script>alert(document.cookie)</script></html>')
  })
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve))
  internalPort = (internal.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => internal.close(resolve))
})

const target = (file: string) => `http://0.0.0.0:${internalPort}/${file}`

async function fromUrls(jwt: string, urls: string[]): Promise<{ status: number; body: string }> {
  const response = await fetch(`${cmsUrl()}${ROUTE}`, { method: 'POST', headers: { 'authorization': `Bearer ${jwt}`, 'content-type': 'application/json' }, body: JSON.stringify({ urls }) })
  return { status: response.status, body: await response.text() }
}

const filesNamed = async (name: string) => ((await admin(`/upload/files?filters[name][$eq]=${encodeURIComponent(name)}`)).body.results ?? []) as unknown[]

describe('upload-from-urls', () => {
  it('is refused to platform editors and contributors, and the server fetches nothing for them', async () => {
    const editor = await accountWithRole('Platform editor', `urls-editor-${unique}@example.org`)
    const contributor = await accountWithRole('Initiative contributor', `urls-contributor-${unique}@example.org`)
    for (const jwt of [editor, contributor]) {
      const answer = await fromUrls(jwt, [target(`secret-${unique}.png`)])
      expect(answer.status, answer.body).toBe(403)
    }
    expect(requestsSeen.filter((url) => url.includes(`secret-${unique}`))).toEqual([])
    expect(await filesNamed(`secret-${unique}.png`)).toEqual([])
    expect((await asAccount(editor, ROUTE, { method: 'POST', json: { urls: 'not-a-list' } })).status).toBe(403)
  })

  it('checks the bytes it fetches: HTML named .png is refused even for the super admin', async () => {
    const answer = await fromUrls(await adminJwt(), [target(`fake-${unique}.png`), target(`real-${unique}.png`)])
    expect(answer.status).toBe(200)
    expect(answer.body).toMatch(/event: file:error[\s\S]*is not a JPEG, PNG/)
    expect(await filesNamed(`fake-${unique}.png`)).toEqual([])
    expect(await filesNamed(`real-${unique}.png`)).toHaveLength(1)
  })
})
