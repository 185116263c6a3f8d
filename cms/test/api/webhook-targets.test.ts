import { afterAll, describe, expect, it } from 'vitest'
import { admin } from '../support/clients.ts'

// Strapi accepts any webhook URL (outside production not even its loopback check runs) and then
// POSTs every content change there: a way into the network the CMS runs in (SSRF).

const webhook = (url: string) => ({ name: `probe ${url}`, url, headers: {}, events: ['entry.publish'] })
const created: string[] = []

afterAll(async () => {
  for (const id of created) await admin(`/admin/webhooks/${id}`, { method: 'DELETE' })
})

const internalTargets = [
  'http://127.0.0.1:1337/admin/users',
  'http://127.1/',
  'http://2130706433/',
  'http://0.0.0.0:5432/',
  'http://localhost:5432/',
  'http://sparks.localhost/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://10.0.0.7/',
  'http://172.16.0.1/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[fe80::1]/',
  'file:///etc/passwd',
  'gopher://127.0.0.1:6379/_INFO',
  // The purge URL's host and port, but another path: only the exact URL is allowed.
  'http://127.0.0.1:59999/admin/users',
]

describe('webhooks cannot be aimed into the CMS’s own network', () => {
  for (const url of internalTargets) {
    it(`refuses ${url}`, async () => {
      const answer = await admin('/admin/webhooks', { method: 'POST', json: webhook(url) })
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      const listed = await admin('/admin/webhooks')
      expect(listed.body.data.map((hook: { url: string }) => hook.url)).not.toContain(url)
    })
  }

  it('accepts a public address, and refuses to move it to an internal one', async () => {
    const answer = await admin('/admin/webhooks', { method: 'POST', json: webhook('https://93.184.215.14/hooks/sparks') })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    created.push(answer.body.data.id)
    const moved = await admin(`/admin/webhooks/${answer.body.data.id}`, { method: 'PUT', json: webhook('http://169.254.169.254/latest/meta-data/') })
    expect(moved.status, JSON.stringify(moved.body)).toBe(400)
    const kept = await admin(`/admin/webhooks/${answer.body.data.id}`)
    expect(kept.body.data.url).toBe('https://93.184.215.14/hooks/sparks')
  })

  it('accepts the site’s own purge URL exactly as the platform configured it (WEB_REVALIDATE_URL)', async () => {
    const answer = await admin('/admin/webhooks', { method: 'POST', json: webhook(process.env.WEB_REVALIDATE_URL ?? 'http://127.0.0.1:59999/api/revalidate') })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    created.push(answer.body.data.id)
  })
})
