import { entryPath, timeZoneOrUtc } from '@sparks/shared'
import { queries } from '@sparks/shared/graphql'

// eslint-disable-next-line no-control-regex -- the control characters it removes
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g
/**
 * Lines of an iCalendar file are folded at 75 octets and text is escaped (RFC 5545). Every line
 * break (CRLF, CR or LF) is an escaped newline and other control characters are dropped: a bare
 * CR in a title would start a property of its own in lenient readers.
 */
const escapeText = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|[\r\n]/g, '\\n').replace(CONTROL, '')
const fold = (line: string) => {
  const parts: string[] = []
  let rest = line
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75
    while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut -= 1
    parts.push(rest.slice(0, cut))
    rest = ` ${rest.slice(cut)}`
  }
  parts.push(rest)
  return parts.join('\r\n')
}
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')
const day = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: timeZoneOrUtc(timeZone), year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)).replace(/-/g, '')

/** iCalendar feed of the community's events in one language, to subscribe to in any calendar. */
export default defineEventHandler(async (event) => {
  const locale = localeParam(getRouterParam(event, 'locale'))
  const data = await cmsQuery(queries.EventsQuery, { locale, sort: ['startsAt:desc'], page: 1, pageSize: 100 })
  const base = siteUrl()
  const now = stamp(new Date().toISOString())
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sparks//Events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText('Sparks — Events')}`]
  for (const item of data.events_connection?.nodes ?? []) {
    if (!item) continue
    lines.push('BEGIN:VEVENT', `UID:${item.documentId}@sparks`, `DTSTAMP:${now}`)
    if (item.allDay) {
      const end = new Date(item.endsAt ?? item.startsAt)
      end.setUTCDate(end.getUTCDate() + 1)
      lines.push(`DTSTART;VALUE=DATE:${day(item.startsAt, item.timeZone)}`, `DTEND;VALUE=DATE:${day(end.toISOString(), item.timeZone)}`)
    } else {
      lines.push(`DTSTART:${stamp(item.startsAt)}`)
      if (item.endsAt) lines.push(`DTEND:${stamp(item.endsAt)}`)
    }
    lines.push(`SUMMARY:${escapeText(item.title)}`, `DESCRIPTION:${escapeText(item.summary)}`, `URL:${base}/${locale}${entryPath('event', item.slug)}`)
    const place = [item.venue, item.city, item.country].filter(Boolean).join(', ')
    if (place) lines.push(`LOCATION:${escapeText(place)}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  setHeader(event, 'content-type', 'text/calendar; charset=utf-8')
  return `${lines.map(fold).join('\r\n')}\r\n`
})
