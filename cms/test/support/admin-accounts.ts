import { expect } from 'vitest'
import { admin, cmsUrl } from './clients.ts'

/** Completes an invitation (the link in the mail) and returns the new account's token. */
export async function register(registrationToken: string, firstname: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl()}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken, userInfo: { firstname, lastname: 'Test', password } }),
  })
  const body = (await response.json()) as { data?: { token?: string } }
  expect(response.status, JSON.stringify(body)).toBe(200)
  return body.data!.token!
}

/** Invites an account with the named role (as the super admin) and registers it. */
export async function accountWithRole(roleName: string, email: string, password = 'Account-password-for-tests-1'): Promise<string> {
  const roles = await admin('/admin/roles')
  const role = (roles.body.data as Array<{ id: number; name: string }>).find((candidate) => candidate.name === roleName)
  expect(role, `role ${roleName}`).toBeDefined()
  const created = await admin('/admin/users', { method: 'POST', json: { email, firstname: roleName.split(' ')[0], lastname: 'Test', roles: [role!.id] } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return register(created.body.data.registrationToken, roleName.split(' ')[0]!, password)
}
