import { describe, expect, it } from 'vitest'
import { clientIp, trustedProxyHops } from '../../src/utils/client-ip'

const context = (ip: string, socket = '10.0.0.1') => ({ ip, req: { socket: { remoteAddress: socket } } })

describe('clientIp', () => {
  it("takes koa's address, IPv4 written as IPv6 as IPv4, and the socket's for anything else", () => {
    expect(clientIp(context('203.0.113.9'))).toBe('203.0.113.9')
    expect(clientIp(context('::ffff:203.0.113.9'))).toBe('203.0.113.9')
    expect(clientIp(context('2001:db8::1'))).toBe('2001:db8::1')
    expect(clientIp(context('unknown'))).toBe('10.0.0.1')
    expect(clientIp(context(''))).toBe('10.0.0.1')
  })
})

describe('trustedProxyHops', () => {
  it('reads CMS_TRUSTED_PROXY_HOPS, with CMS_BEHIND_PROXY=true meaning one and nothing meaning none', () => {
    expect(trustedProxyHops(undefined, undefined)).toBe(0)
    expect(trustedProxyHops(undefined, 'true')).toBe(1)
    expect(trustedProxyHops('2', 'true')).toBe(2)
    expect(trustedProxyHops('0', 'true')).toBe(0)
    expect(() => trustedProxyHops('-1', undefined)).toThrow(/CMS_TRUSTED_PROXY_HOPS/)
    expect(() => trustedProxyHops('yes', undefined)).toThrow(/CMS_TRUSTED_PROXY_HOPS/)
  })
})
