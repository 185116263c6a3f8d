import { describe, expect, it } from 'vitest'
import { clientAddress, trustedProxyHops } from '../../shared/client-address'

describe('clientAddress: the visitor behind N trusted proxies', () => {
  it('reads no X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('198.51.100.1')
  })

  it('takes the N-th entry from the right, whatever the client wrote to its left', () => {
    // The client forged "1.1.1.1, 2.2.2.2"; proxy 1 appended the client, proxy 2 appended proxy 1.
    const header = '1.1.1.1, 2.2.2.2, 203.0.113.9, 10.0.0.1'
    expect(clientAddress(header, '10.0.0.2', 1)).toBe('10.0.0.1')
    expect(clientAddress(header, '10.0.0.2', 2)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', '10.0.0.1', 1)).toBe('203.0.113.9')
  })

  it('falls back to the left-most entry when fewer proxies wrote than are trusted, and to the peer without a header', () => {
    expect(clientAddress('203.0.113.9', '10.0.0.1', 3)).toBe('203.0.113.9')
    expect(clientAddress(undefined, '10.0.0.1', 2)).toBe('10.0.0.1')
    expect(clientAddress(' , ', '10.0.0.1', 1)).toBe('10.0.0.1')
  })
})

describe('trustedProxyHops', () => {
  it('is 0 unless set; NUXT_TRUST_PROXY=true means one; a count wins', () => {
    expect(trustedProxyHops(0, false)).toBe(0)
    expect(trustedProxyHops(undefined, 'false')).toBe(0)
    expect(trustedProxyHops(0, true)).toBe(1)
    expect(trustedProxyHops('2', true)).toBe(2)
    expect(trustedProxyHops('x', false)).toBe(0)
    expect(trustedProxyHops(-1, false)).toBe(0)
  })
})
