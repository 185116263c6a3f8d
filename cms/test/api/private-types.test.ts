import { describe, expect, it } from 'vitest'
import { graphql, rest } from '../support/clients.ts'

describe('what visitors send us is never public', () => {
  it('has no REST routes', async () => {
    for (const path of ['/api/newsletter-subscriptions', '/api/contact-messages', '/api/membership-applications', '/api/api-token-usages']) {
      // No route: Strapi answers 404, or 405 where the /api prefix matches a router.
      const read = await rest(path)
      expect([404, 405], path).toContain(read.status)
      expect(JSON.stringify(read.body)).not.toContain('@')
      const write = await rest(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { email: 'a@b.eu' } }) })
      expect([404, 405], path).toContain(write.status)
    }
  })

  it('has no GraphQL types or fields', async () => {
    const answer = await graphql(`{ __schema { types { name } queryType { fields { name } } mutationType { name } } }`)
    const schema = answer.data!.__schema as any
    const names = [...schema.types.map((type: any) => type.name), ...schema.queryType.fields.map((field: any) => field.name)].join(' ')
    expect(names).not.toMatch(/newsletter|contactmessage|membership|tokenusage/i)
    expect(names).not.toMatch(/usersPermissions|reviewWorkflow/i)
    expect(schema.mutationType).toBeNull()
  })

  it('the public GraphQL API is read-only: no mutation exists to call', async () => {
    const answer = await graphql(`mutation { register(input: { username: "x", email: "x@y.eu", password: "secret123" }) { jwt } }`)
    expect(answer.errors?.[0]?.message).toBe('Schema is not configured to execute mutation operation.')
    expect(answer.data ?? null).toBeNull()
  })

  it('REST writes to public types are refused', async () => {
    const write = await rest('/api/initiatives', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { name: 'x' } }) })
    expect([403, 404, 405]).toContain(write.status)
  })

  it('visitors cannot register, log in or upload', async () => {
    const json = { 'content-type': 'application/json' }
    const register = await rest('/api/auth/local/register', { method: 'POST', headers: json, body: JSON.stringify({ username: 'intruder', email: 'intruder@example.org', password: 'Password123!' }) })
    // No content-API account route at all (405): there are no site accounts.
    expect([403, 404, 405]).toContain(register.status)
    // No content-API upload route at all (405): see media-library.test.ts.
    const upload = await rest('/api/upload', { method: 'POST', body: new FormData() })
    expect([403, 404, 405]).toContain(upload.status)
    const users = await rest('/api/users')
    expect([403, 404]).toContain(users.status)
  })
})
