import { inject } from 'vitest'
import { TEST_ADMIN } from './boot-cms.ts'

export const cmsUrl = () => inject('cmsUrl')

export interface GraphqlAnswer<Data = Record<string, unknown>> {
  status: number
  data?: Data | null
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>
}

/** An anonymous GraphQL request, as a partner project would send it. */
export async function graphql<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphqlAnswer<Data>> {
  const send = () => fetch(`${cmsUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const response = await withinRateLimit(send)
  const body = (await response.json()) as Omit<GraphqlAnswer<Data>, 'status'>
  return { status: response.status, ...body }
}

/** Sends again, after its Retry-After, a request the shared anonymous limit refused (see rest). */
async function withinRateLimit(send: () => Promise<Response>): Promise<Response> {
  let response = await send()
  for (let retry = 0; response.status === 429 && retry < 3; retry += 1) {
    await response.arrayBuffer()
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(10, Number(response.headers.get('retry-after') ?? 1) || 1) + 100))
    response = await send()
  }
  return response
}

/**
 * An anonymous REST request. Every file shares one CMS and one client address, so a file can
 * meet the anonymous rate limit another file's requests used up: a 429 is waited out (its
 * Retry-After, a few seconds in tests) and the request sent again. Tests of the limit itself
 * use fetch directly.
 */
export async function rest(pathAndQuery: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await withinRateLimit(() => fetch(`${cmsUrl()}${pathAndQuery}`, init))
  const text = await response.text()
  let body: unknown = text
  try { body = JSON.parse(text) } catch { /* not JSON: keep the text */ }
  return { status: response.status, body }
}

let adminToken: Promise<string> | undefined

/** Logs in to the admin API as the seeded platform editor, once per test file. */
export function adminJwt(): Promise<string> {
  adminToken ??= fetch(`${cmsUrl()}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  }).then(async (response) => {
    const body = (await response.json()) as { data?: { token?: string } }
    if (!response.ok || !body.data?.token) throw new Error(`Admin login failed: ${response.status} ${JSON.stringify(body)}`)
    return body.data.token
  })
  return adminToken
}

/** A request to the admin API with a given account's token. */
export async function asAccount(jwt: string, pathAndQuery: string, init: RequestInit & { json?: unknown } = {}): Promise<{ status: number; body: any }> {
  const { json, ...rest } = init
  const response = await fetch(`${cmsUrl()}${pathAndQuery}`, {
    ...rest,
    headers: { authorization: `Bearer ${jwt}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...rest.headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  })
  const text = await response.text()
  let body: unknown = text
  try { body = JSON.parse(text) } catch { /* not JSON */ }
  return { status: response.status, body }
}

/** A request to the admin API (Content Manager and friends) as the seeded super admin. */
export async function admin(pathAndQuery: string, init: RequestInit & { json?: unknown } = {}): Promise<{ status: number; body: any }> {
  return asAccount(await adminJwt(), pathAndQuery, init)
}
