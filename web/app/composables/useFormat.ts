import { timeZoneOrUtc } from '@sparks/shared'

/**
 * Intl formatters are costly to build and immutable once built, so each one is made once per
 * language and options and shared by every page render (a directory page formats a few hundred
 * names and dates).
 */
const formatters = new Map<string, Intl.DisplayNames | Intl.DateTimeFormat | Intl.NumberFormat>()
function formatter<Kind extends Intl.DisplayNames | Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => Kind): Kind {
  let made = formatters.get(key) as Kind | undefined
  if (!made) {
    made = make()
    formatters.set(key, made)
  }
  return made
}

/**
 * Country and language names by language and code. Intl.DisplayNames looks each one up afresh,
 * and a directory page names the same few dozen countries in its filter, its map and its cards.
 * The codes come from the CMS's closed lists, so this stays small; the bound is a safeguard.
 */
const names = new Map<string, string>()
function displayName(type: 'region' | 'language', locale: string, code: string): string {
  const key = `${type}:${locale}:${code}`
  let name = names.get(key)
  if (name === undefined) {
    name = formatter(`${type}:${locale}`, () => new Intl.DisplayNames([locale], { type })).of(code) ?? code
    if (names.size < 10_000) names.set(key, name)
  }
  return name
}

/** Names of countries and languages and dates, in the visitor's language, from the platform's own Intl data. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    country: (code: string) => displayName('region', locale.value, code),
    language: (code: string) => displayName('language', locale.value, code),
    date: (iso: string | null | undefined) => (iso ? formatter(`date:${locale.value}`, () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(iso)) : ''),
    dateTime: (iso: string, eventTimeZone: string, allDay = false) => {
      const timeZone = timeZoneOrUtc(eventTimeZone)
      return formatter(`dateTime:${locale.value}:${timeZone}:${allDay}`, () => new Intl.DateTimeFormat(
        locale.value,
        allDay
          ? { dateStyle: 'long', timeZone }
          : { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' },
      )).format(new Date(iso))
    },
    number: (value: number) => formatter(`number:${locale.value}`, () => new Intl.NumberFormat(locale.value)).format(value),
  }
}
