import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { admin } from '../support/clients.ts'

// Issue 13, a second look: one event with a mistyped time zone made every page listing it 500.
const unique = randomUUID().slice(0, 8)
const EVENTS = '/content-manager/collection-types/api::event.event'
const event = (timeZone: unknown) => ({ title: `Zoned ${unique}`, slug: `zoned-${unique}-${String(timeZone).length}`, summary: 'x', startsAt: '2027-03-01T09:00:00.000Z', timeZone, format: 'online', attendance: 'open' })

describe("an event's time zone", () => {
  it('is refused with 400 when the platform cannot format in it, on create and update', async () => {
    for (const timeZone of ['Europe/Brusels', 'Mars/Olympus', 'UTC+25', 'x'.repeat(65)]) {
      const created = await admin(`${EVENTS}?locale=en`, { method: 'POST', json: event(timeZone) })
      expect(created.status, timeZone).toBe(400)
      expect(JSON.stringify(created.body), timeZone).toContain('timeZone')
    }
    const good = await admin(`${EVENTS}?locale=en`, { method: 'POST', json: event('Europe/Lisbon') })
    expect(good.status, JSON.stringify(good.body)).toBe(201)
    const id = good.body.data.documentId
    try {
      expect((await admin(`${EVENTS}/${id}?locale=en`, { method: 'PUT', json: { timeZone: 'Europe/Brusels' } })).status).toBe(400)
      expect((await admin(`${EVENTS}/${id}?locale=en`, { method: 'PUT', json: { timeZone: 'UTC' } })).status).toBe(200)
    } finally {
      await admin(`${EVENTS}/${id}?locale=en`, { method: 'DELETE' })
    }
  })
})
