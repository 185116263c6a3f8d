import { describe, expect, it } from 'vitest'
import { requiredSecret } from '../../src/utils/required-secret'

describe('requiredSecret', () => {
  it('stops production on a missing, short or placeholder secret', () => {
    for (const value of [undefined, '', 'toBeModified1,toBeModified2', 'changeme', 'short']) {
      expect(() => requiredSecret('APP_KEYS', value, 'production')).toThrow(/APP_KEYS is missing or a placeholder/)
    }
  })

  it('accepts long random values in production', () => {
    expect(requiredSecret('APP_KEYS', 'k2Vq9yT1x3ZbR8mN0pLs4Dw6,aQ7uE5rT2yU8iO1pA3sD4fG6', 'production')).toContain(',')
  })

  it('lets development run on whatever the start script wrote', () => {
    expect(requiredSecret('JWT_SECRET', 'changeme', 'development')).toBe('changeme')
  })
})
