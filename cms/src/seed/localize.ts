import type { Localized } from './data/types'

export type SeedLocale = 'en' | 'cs'

/** The text for a locale; English for `en`, undefined when that locale has no translation. */
export function pick(value: Localized | undefined, locale: SeedLocale): string | undefined {
  if (!value) return undefined
  return locale === 'en' ? value.en : value.cs
}

/** The locales an entry is written in: English always, Czech when its main text has a translation. */
export function localesOf(main: Localized): SeedLocale[] {
  return main.cs ? ['en', 'cs'] : ['en']
}

/** Drops undefined values so Strapi keeps its defaults and validation sees only what is set. */
export function defined<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as Partial<T>
}
