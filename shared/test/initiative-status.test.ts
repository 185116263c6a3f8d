import { describe, expect, it } from 'vitest'
import { initiativeStatus } from '../src/domain/initiative-status.js'

describe('initiativeStatus', () => {
  const today = '2026-11-23'
  it('follows from the dates', () => {
    expect(initiativeStatus('2027-01-01', '2029-12-31', today)).toBe('planned')
    expect(initiativeStatus('2023-01-01', '2026-11-23', today)).toBe('ongoing')
    expect(initiativeStatus('2022-01-01', '2024-12-31', today)).toBe('completed')
  })
  it('treats missing dates as open-ended', () => {
    expect(initiativeStatus(null, null, today)).toBe('ongoing')
    expect(initiativeStatus(undefined, '2020-01-01', today)).toBe('completed')
  })
})
