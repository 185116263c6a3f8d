import { describe, expect, it } from 'vitest'
import { FixedWindowLimiter } from '../../src/utils/fixed-window-limiter'

describe('FixedWindowLimiter', () => {
  it('allows up to the limit per client and window, then says when to come back', () => {
    let now = 10_000
    const limiter = new FixedWindowLimiter(60_000, () => now)
    expect([1, 2, 3].map(() => limiter.hit('a', 3).allowed)).toEqual([true, true, true])
    expect(limiter.hit('a', 3)).toEqual({ allowed: false, remaining: 0, retryAfter: 50 })
    expect(limiter.hit('b', 3).allowed).toBe(true)
    now = 60_000
    expect(limiter.hit('a', 3)).toEqual({ allowed: true, remaining: 2, retryAfter: 60 })
  })
})
