/**
 * Whether a string names a time zone this runtime knows (an IANA name such as `Europe/Brussels`,
 * or `UTC`). Dates are formatted in an event's own zone, and `Intl` throws a RangeError for a
 * name it does not know: the CMS refuses such a name, and the site formats in UTC instead.
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone.length > 0
  } catch {
    return false
  }
}

/** The event's time zone when it is one, else UTC: one bad entry must not take a page down. */
export const timeZoneOrUtc = (value: unknown): string => (isTimeZone(value) ? value : 'UTC')
