import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

/**
 * A reverse proxy as nginx is set up in front of the site (`proxy_set_header X-Forwarded-For
 * $proxy_add_x_forwarded_for`): it appends the address the request came from to whatever
 * X-Forwarded-For the client sent. The site under test trusts one proxy (global-setup.ts).
 */
function startProxy(target: URL): Promise<Server> {
  const proxy = createServer((incoming: IncomingMessage, outgoing) => {
    const forwarded = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ')
    const upstream = request({
      host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, agent: false,
      headers: { ...incoming.headers, 'host': target.host, 'x-forwarded-for': forwarded },
    }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(outgoing)
    })
    upstream.on('error', () => outgoing.writeHead(502).end())
    incoming.pipe(upstream)
  })
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(proxy)))
}

/** A POST through the proxy from `from`, a loopback address of this visitor's own. */
function postThrough(proxy: Server, from: string, path: string, headers: Record<string, string>, body: string): Promise<number> {
  const { port } = proxy.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, localAddress: from, method: 'POST', path, headers, agent: false }, (answer) => {
      answer.resume()
      answer.on('end', () => resolve(answer.statusCode ?? 0))
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

describe('the site behind a trusted reverse proxy', () => {
  let proxy: Server
  beforeAll(async () => { proxy = await startProxy(new URL(inject('siteUrl'))) })
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())))

  it('counts a visitor by the address the proxy saw, however they forge X-Forwarded-For', async () => {
    // Not 127.0.0.1, which the browser tests' form submissions count under.
    const visitor = '127.0.0.77'
    const statuses: number[] = []
    // The tests' limit is 30 per window (global-setup.ts); a new forged address every time.
    for (let attempt = 0; attempt < 32; attempt += 1) {
      const forged = `203.0.113.${attempt}, 198.51.100.${attempt}`
      statuses.push(await postThrough(proxy, visitor, '/api/forms/contact?locale=en', { 'content-type': 'application/json', 'x-forwarded-for': forged }, '{}'))
    }
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  })
})
