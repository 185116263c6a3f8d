import { describe, expect, it } from 'vitest'
import { admin, cmsUrl } from '../support/clients.ts'

// GHSA-4r8w-3jww-m2rp class: an account that is switched off must lose every way in at once:
// its access tokens, its refresh cookie, and a fresh login; switching it back on must not revive
// the old sessions (a stolen cookie stays dead).

const PASSWORD = 'Leaving-editor-password-1'

async function signIn(email: string): Promise<{ status: number; token?: string; refreshCookie: string }> {
  const response = await fetch(`${cmsUrl()}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
  const body = (await response.json()) as { data?: { token?: string } }
  const refreshCookie = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ')
  return { status: response.status, token: body.data?.token, refreshCookie }
}

const asUser = (token: string, path: string) => fetch(`${cmsUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } })
const refresh = (cookie: string) => fetch(`${cmsUrl()}/admin/access-token`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' })

/** A platform editor invites a colleague, who registers and signs in. */
async function newEditor(email: string): Promise<{ id: number; token: string; refreshCookie: string }> {
  const roles = await admin('/admin/roles')
  const editorRole = roles.body.data.find((role: { code: string }) => role.code === 'strapi-editor')
  const invited = await admin('/admin/users', { method: 'POST', json: { firstname: 'Leaving', lastname: 'Editor', email, roles: [editorRole.id] } })
  expect(invited.status, JSON.stringify(invited.body)).toBe(201)
  const registered = await fetch(`${cmsUrl()}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Leaving', lastname: 'Editor', password: PASSWORD } }),
  })
  expect(registered.status).toBe(200)
  const session = await signIn(email)
  expect(session.status).toBe(200)
  return { id: invited.body.data.id, token: session.token!, refreshCookie: session.refreshCookie }
}

const PROTECTED = ['/admin/users/me', '/content-manager/collection-types/api::initiative.initiative?locale=en', '/upload/files', '/admin/webhooks']

describe('a deactivated admin account loses every way in', () => {
  it('refuses its access tokens, its refresh cookie and its password, and a reactivation revives nothing', async () => {
    const editor = await newEditor('leaving.editor@sparks.test')
    for (const path of ['/admin/users/me', '/content-manager/collection-types/api::initiative.initiative?locale=en']) {
      expect((await asUser(editor.token, path)).status, path).toBe(200)
    }

    const deactivated = await admin(`/admin/users/${editor.id}`, { method: 'PUT', json: { isActive: false } })
    expect(deactivated.status, JSON.stringify(deactivated.body)).toBe(200)

    for (const path of PROTECTED) expect((await asUser(editor.token, path)).status, path).toBe(401)
    expect((await refresh(editor.refreshCookie)).status).toBe(401)
    expect((await signIn('leaving.editor@sparks.test')).status).toBe(400)

    const reactivated = await admin(`/admin/users/${editor.id}`, { method: 'PUT', json: { isActive: true } })
    expect(reactivated.status).toBe(200)
    for (const path of PROTECTED) expect((await asUser(editor.token, path)).status, `${path} after reactivation`).toBe(401)
    expect((await refresh(editor.refreshCookie)).status).toBe(401)

    // The account itself works again, through a new sign-in only.
    const fresh = await signIn('leaving.editor@sparks.test')
    expect(fresh.status).toBe(200)
    expect((await asUser(fresh.token!, '/admin/users/me')).status).toBe(200)
  })

  it('refuses the tokens of a deleted account', async () => {
    const editor = await newEditor('deleted.editor@sparks.test')
    expect((await admin(`/admin/users/${editor.id}`, { method: 'DELETE' })).status).toBe(200)
    for (const path of PROTECTED) expect((await asUser(editor.token, path)).status, path).toBe(401)
    expect((await refresh(editor.refreshCookie)).status).toBe(401)
  })
})
