import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '../support/cms-process.ts'

// A CMS behind one reverse proxy (CMS_TRUSTED_PROXY_HOPS=1), as in production: the proxy adds
// the address it sees to X-Forwarded-For, as nginx's $proxy_add_x_forwarded_for does. Clients
// on different loopback addresses (127.0.0.2, 127.0.0.3) play different visitors.

const API_LIMIT = 5
const SIGN_IN_LIMIT = 3
let cms: CmsProcess | undefined
let proxy: Server | undefined
let proxyPort = 0
const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-proxy-'))

/** A minimal reverse proxy: forwards everything to the CMS, appending the client's address. */
function startProxy(target: URL): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const forwarded = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ')
    const upstream = request({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, 'x-forwarded-for': forwarded } }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(outgoing)
    })
    upstream.on('error', () => { outgoing.writeHead(502).end() })
    incoming.pipe(upstream)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** A request through the proxy from a given loopback address. */
function send(from: string, method: string, pathAndQuery: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: proxyPort, localAddress: from, method, path: pathAndQuery, headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (answer) => {
      answer.resume()
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers }))
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

const forged = (index: number) => ({ 'x-forwarded-for': `198.51.100.${index}, 203.0.113.${index}` })

beforeAll(async () => {
  cms = await startCmsProcess({
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(scratch, 'cms.db'),
    CMS_TRUSTED_PROXY_HOPS: '1',
    CMS_BEHIND_PROXY: '',
    API_RATE_LIMIT: String(API_LIMIT),
    API_RATE_LIMIT_WINDOW_SECONDS: '120',
    ADMIN_LOGIN_FAILURE_LIMIT: String(SIGN_IN_LIMIT),
    ADMIN_LOGIN_FAILURE_WINDOW_SECONDS: '120',
    ADMIN_LOGIN_RATE_LIMIT_WINDOW_SECONDS: '120',
  })
  proxy = await startProxy(new URL(cms.url))
  proxyPort = (proxy.address() as AddressInfo).port
}, 300_000)

afterAll(async () => {
  await new Promise((resolve) => proxy ? proxy.close(resolve) : resolve(undefined))
  await cms?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

describe('behind a trusted reverse proxy', () => {
  it('limits each visitor by the address the proxy saw, whatever X-Forwarded-For they forge', async () => {
    const statuses: number[] = []
    for (let index = 0; index < API_LIMIT + 3; index += 1) statuses.push((await send('127.0.0.2', 'GET', '/api/pillars', forged(index))).status)
    expect(statuses).toEqual([...Array.from({ length: API_LIMIT }).fill(200), 429, 429, 429])
    // Another visitor behind the same proxy has a count of its own.
    expect((await send('127.0.0.3', 'GET', '/api/pillars', forged(99))).status).toBe(200)
  })

  it('counts failed sign-ins by the address the proxy saw, whatever X-Forwarded-For they forge', async () => {
    const statuses: number[] = []
    for (let index = 0; index < SIGN_IN_LIMIT + 2; index += 1) {
      const body = JSON.stringify({ email: `guess${index}@sparks.test`, password: `Wrong-password-${index}` })
      statuses.push((await send('127.0.0.4', 'POST', '/admin/login', forged(index), body)).status)
    }
    expect(statuses).toEqual([...Array.from({ length: SIGN_IN_LIMIT }).fill(400), 429, 429])
    const other = JSON.stringify({ email: 'someone@sparks.test', password: 'Wrong-password' })
    expect((await send('127.0.0.5', 'POST', '/admin/login', forged(7), other)).status).toBe(400)
  })
})
