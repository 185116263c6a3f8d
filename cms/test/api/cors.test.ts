import { describe, expect, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'

// GHSA-9329-mxxw-qwf8 class: a CORS policy that echoes whatever Origin it is sent AND allows
// credentials lets any web page act with a signed-in editor's cookies (the admin refresh cookie)
// and read the answer. Public reads may be open to every origin, but never with credentials.

const ORIGINS = ['https://evil.example', 'null', 'https://sparks.example.evil.example', 'http://127.0.0.1:1']
const ROUTES: Array<[method: string, path: string]> = [
  ['GET', '/api/pillars'],
  ['POST', '/graphql'],
  ['POST', '/admin/login'],
  ['POST', '/admin/access-token'],
  ['GET', '/admin/users/me'],
  ['GET', '/content-manager/collection-types/api::initiative.initiative'],
  ['POST', '/upload'],
  ['POST', '/api/forms/contact'],
]

function expectNoCredentialedAccess(headers: Headers, origin: string, label: string) {
  const allowOrigin = headers.get('access-control-allow-origin')
  const allowCredentials = headers.get('access-control-allow-credentials')
  // Credentials are never allowed, whatever the origin.
  expect(allowCredentials, `${label}: credentials`).toBeNull()
  // An origin may be let in only as '*' (browsers then send no cookies) or echoed without credentials.
  if (allowOrigin !== null) expect(['*', origin], label).toContain(allowOrigin)
}

describe('CORS never hands a foreign page an editor’s credentials', () => {
  for (const [method, path] of ROUTES) {
    it(`${method} ${path}: preflight and request from foreign origins carry no credentials`, async () => {
      for (const origin of ORIGINS) {
        const preflight = await fetch(`${cmsUrl()}${path}`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type, authorization' },
        })
        expect(preflight.status, `${path} preflight`).toBeLessThan(500)
        expectNoCredentialedAccess(preflight.headers, origin, `${path} preflight from ${origin}`)

        const request = await fetch(`${cmsUrl()}${path}`, {
          method,
          headers: { origin, 'cookie': 'strapi_admin_refresh=stolen', 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : JSON.stringify(path === '/graphql' ? { query: '{ pillars { key } }' } : {}),
        })
        expect(request.status, path).toBeLessThan(500)
        expectNoCredentialedAccess(request.headers, origin, `${path} from ${origin}`)
      }
    })
  }
})
