import { describe, expect, inject, it } from 'vitest'
import { adminJwt, cmsUrl, rest } from '../support/clients.ts'

// The GHSA-pcw7-5633-82vv class: files a browser runs (SVG, HTML) served from the CMS's origin,
// uploads without an account, and bodies large enough to exhaust the server.

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>'
const HTML = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'

async function adminUpload(name: string, type: string, content: Buffer | string): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append('files', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }), name)
  const response = await fetch(`${cmsUrl()}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await adminJwt()}` }, body: form })
  const text = await response.text()
  let body: unknown = text
  try { body = JSON.parse(text) } catch { /* not JSON */ }
  return { status: response.status, body }
}

describe('uploads', () => {
  it('accept a real picture from a platform editor (so the refusals below are about the files)', async () => {
    const answer = await adminUpload('pixel.png', 'image/png', PNG_1PX)
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    expect(answer.body[0].mime).toBe('image/png')
  })

  const hostile: Array<[string, string, string]> = [
    ['drawing.svg', 'image/svg+xml', SVG],
    ['page.html', 'text/html', HTML],
    ['page.htm', 'application/octet-stream', HTML],
    ['drawing.svg', 'image/png', SVG],
    // Renamed: the name and the declared type say picture, the bytes say HTML or SVG.
    ['picture.png', 'image/png', HTML],
    ['picture.jpg', 'image/jpeg', SVG],
    ['report.pdf', 'application/pdf', HTML],
    ['script.js', 'text/javascript', 'alert(1)'],
  ]
  for (const [name, type, content] of hostile) {
    it(`refuse ${name} sent as ${type}, even from a platform editor (400)`, async () => {
      const answer = await adminUpload(name, type, content)
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      const files = await fetch(`${cmsUrl()}/upload/files?filters[name][$eq]=${encodeURIComponent(name)}`, { headers: { authorization: `Bearer ${await adminJwt()}` } })
      expect(((await files.json()) as { results: unknown[] }).results).toEqual([])
    })
  }

  it('refuse a file over the size limit (413)', async () => {
    // A document, so no image optimisation shrinks it before the size check.
    const oversize = Buffer.alloc(10 * 1024 * 1024 + 1024, 0x20)
    oversize.write('%PDF-1.7\n')
    const answer = await adminUpload('huge.pdf', 'application/pdf', oversize)
    expect(answer.status, JSON.stringify(answer.body)).toBe(413)
  })

  it('refuse anonymous uploads on every upload route', async () => {
    for (const path of ['/api/upload', '/upload', '/upload/files', '/api/upload/files']) {
      const form = new FormData()
      form.append('files', new Blob([new Uint8Array(PNG_1PX)], { type: 'image/png' }), 'pixel.png')
      const answer = await rest(path, { method: 'POST', body: form })
      expect([401, 403, 404, 405], path).toContain(answer.status)
    }
  })

  it('refuse JSON bodies over the body limit on the public API (413)', async () => {
    const big = JSON.stringify({ query: `{ pillars { key } }`, variables: { pad: 'x'.repeat(300 * 1024) } })
    const graphql = await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big })
    expect(graphql.status).toBe(413)
    const form = await fetch(`${cmsUrl()}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sparks-site-key': inject('siteKey') },
      body: JSON.stringify({ name: 'Big', email: 'big@example.org', subject: 'Big', message: 'x'.repeat(300 * 1024), consent: true }),
    })
    expect(form.status).toBe(413)
  })
})
