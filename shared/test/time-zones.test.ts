import { describe, expect, it } from 'vitest'
import { isTimeZone, timeZoneOrUtc } from '../src/domain/time-zones.js'

describe('time zones', () => {
  it('knows IANA names and UTC, and nothing else', () => {
    for (const zone of ['Europe/Brussels', 'Europe/Lisbon', 'UTC', 'America/New_York']) expect(isTimeZone(zone), zone).toBe(true)
    for (const zone of ['Europe/Brusels', '', 'Mars/Olympus', 42, null, undefined, 'x'.repeat(65)]) expect(isTimeZone(zone), String(zone)).toBe(false)
  })

  it('formats in UTC when an entry names no time zone the platform knows', () => {
    expect(timeZoneOrUtc('Europe/Brussels')).toBe('Europe/Brussels')
    expect(timeZoneOrUtc('Europe/Brusels')).toBe('UTC')
  })
})
